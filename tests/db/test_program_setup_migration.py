"""Upgrading a first-release database to the program set-up schema keeps every row, links the partners the
sites named in words, and gives sessions' topic codes a table of their own."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import func, select, text

from oend.db import migrate, open_database
from oend.model import Base, Partner, Product, Site, Topic
from oend.model.codes import CurriculumTopic
from tests.db.test_migrations import META, NOW, fill_first_release

SYNC_TABLES = (
    "changes",
    "devices",
    "field_clocks",
    "sync_peers",
    "sync_pending",
    "sync_rejections",
    "sync_refusal_sets",
    "sync_conflicts",
    "sync_merge_offers",
)


def add_sites_naming_partners(path: Path) -> None:
    db = open_database(str(path), upgrade=False)
    with db.engine.begin() as conn:
        for code, partner in (("SSP1", "Harbor Health"), ("SSP2", "Harbor Health"), ("JAIL", "County Sheriff")):
            conn.execute(
                text(
                    f"INSERT INTO sites (id, code, name, kind, partner, active, {META}) "
                    f"VALUES ('{uuid.uuid4().hex}', '{code}', '{code}', 'fixed_site', '{partner}', 1, {NOW})"
                )
            )
        conn.execute(
            text(
                "INSERT INTO training_sessions (id, session_date, site_id, format, topics, created_at, updated_at, "
                f"deleted) SELECT '{uuid.uuid4().hex}', '2023-05-01', id, 'group', '[\"law\", \"storage\"]', "
                "created_at, updated_at, 0 FROM sites WHERE code = 'JAIL'"
            )
        )
    db.close()


def counts(path: Path) -> dict[str, int]:
    db = open_database(str(path), upgrade=False)
    try:
        with db.engine.connect() as conn:
            later = ("partners", "curriculum_topics", "audit_checkpoints", "authority_slots", *SYNC_TABLES)
            later += ("providers", "referrals", "follow_ups", "distinct_people")
            names = [n for n in Base.metadata.tables if n not in later]
            return {n: conn.execute(text(f"SELECT count(*) FROM {n}")).scalar_one() for n in names}
    finally:
        db.close()


def test_the_upgrade_keeps_every_row_and_links_partners_and_topics(tmp_path: Path) -> None:
    path = tmp_path / "last-year.db"
    fill_first_release(path)
    add_sites_naming_partners(path)
    before = counts(path)
    db = open_database(str(path))
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        with db.session() as s:
            assert counts(path) == before
            partners = {p.name: p for p in s.scalars(select(Partner))}
            assert sorted(partners) == ["County Sheriff", "Harbor Health"]
            linked = {site.code: site.partner_id for site in s.scalars(select(Site))}
            assert linked == {
                "VAN1": None,
                "SSP1": partners["Harbor Health"].id,
                "SSP2": partners["Harbor Health"].id,
                "JAIL": partners["County Sheriff"].id,
            }
            topics = s.scalars(select(Topic).order_by(Topic.position)).all()
            assert [t.code for t in topics] == [c.value for c in CurriculumTopic]
            assert all(t.active and t.label for t in topics)
            assert s.scalar(select(func.count()).where(Product.strength.is_(None))) == 1
            assert s.scalar(text("SELECT topics FROM training_sessions")) == '["law", "storage"]'
    finally:
        db.close()
