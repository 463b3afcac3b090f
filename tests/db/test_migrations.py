"""A database made by the first release opens in this one with every row intact."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from oend.db import migrate, open_database
from oend.db.revision import SCHEMA_REVISION

SITE, PERSON, PRODUCT, LOT = (uuid.uuid4().hex for _ in range(4))
META = "created_at, updated_at, deleted"
NOW = "'2023-05-01 10:00:00', '2023-05-01 10:00:00', 0"


def fill_first_release(path: Path) -> None:
    """Create the schema of migration 0001 and write rows the way that release did."""
    db = open_database(str(path), upgrade=False)
    migrate.upgrade(db.engine, path, "0001")
    with db.engine.begin() as conn:
        conn.execute(
            text(
                f"INSERT INTO sites (id, code, name, kind, active, {META}) "
                f"VALUES ('{SITE}', 'VAN1', 'Van', 'outreach', 1, {NOW})"
            )
        )
        conn.execute(
            text(
                f"INSERT INTO participants (id, code, category, substances, home_site_id, {META}) "
                f"VALUES ('{PERSON}', 'MALO1985F', 'at_risk', '[]', '{SITE}', {NOW})"
            )
        )
        conn.execute(
            text(
                f"INSERT INTO products (id, code, name, formulation, route, doses_per_kit, active, {META}) "
                f"VALUES ('{PRODUCT}', 'NAS4', 'Nasal 4 mg', 'nasal_4mg', 'nasal', 2, 1, {NOW})"
            )
        )
        conn.execute(
            text(
                f"INSERT INTO lots (id, product_id, lot_number, expiry_date, recalled, {META}) "
                f"VALUES ('{LOT}', '{PRODUCT}', 'A1', '2025-01-31', 0, {NOW})"
            )
        )
        conn.execute(
            text(
                "INSERT INTO audit_events (id, at, action, entity) "
                f"VALUES ('{uuid.uuid4().hex}', '2023-05-01 10:00:00', 'create', 'site')"
            )
        )
    db.close()


def test_first_release_database_upgrades_to_head_with_nothing_lost(tmp_path: Path) -> None:
    path = tmp_path / "last-year.db"
    fill_first_release(path)
    db = open_database(str(path))
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT code FROM participants")).scalars().all() == ["MALO1985F"]
            assert conn.execute(text("SELECT lot_number FROM lots")).scalars().all() == ["A1"]
            assert conn.execute(text("SELECT count(*) FROM audit_events")).scalar() == 1
        with db.engine.begin() as conn, pytest.raises(DBAPIError, match="append-only"):
            conn.execute(text("DELETE FROM audit_events"))
    finally:
        db.close()
    assert (tmp_path / "last-year.db.before-0001").exists(), "a copy is kept before upgrading"


def test_the_release_knows_its_newest_migration() -> None:
    assert migrate.head_revision() == SCHEMA_REVISION
