"""Many computers on one PostgreSQL server: writes at the same moment each end in a save or a plain refusal,
a schema upgrade runs once however many open the database at once, and a slow or stopped server is said
plainly within seconds. The computers are spawned processes (tests/support/crowd.py)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from multiprocessing.pool import Pool
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from oend.core.actor import Actor
from oend.db import Database, migrate, open_database
from oend.db import database as database_module
from oend.db.failures import DUPLICATE_TEXT, SERVER_BUSY_TEXT, SLOW_TEXT, DatabaseBusy, ServerUnavailable
from oend.db.migrate import UPGRADE_LOCK, UpgradeInProgress
from oend.db.revision import SCHEMA_REVISION
from oend.model import Dispensing, Lot, Participant, StockMovement, Topic
from oend.model.codes import MovementKind
from oend.queries.stock import lot_on_hand
from oend.services import dispensing
from tests.support import crowd
from tests.support.crowd import DISPENSED, RECEIVED, SAVED, WORKERS, at_once
from tests.support.postgres import start, stop_immediately, throwaway_server
from tests.support.world import TODAY, World, build_world

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def computers() -> Iterator[Pool]:
    with crowd.crowd() as pool:
        yield pool


@pytest.fixture
def server_world(pg_url: str, actor: Actor) -> Iterator[World]:
    db = open_database(pg_url)
    yield build_world(db, actor)
    db.close()


def test_five_enrolling_one_code_at_once_enrol_it_once(computers: Pool, server_world: World, pg_url: str) -> None:
    w = server_world
    outcomes = at_once(computers, crowd.enrol_together, [(pg_url, "BOSM1990F", w.van.id)] * WORKERS)
    assert outcomes.count(SAVED) == 1, outcomes
    refusals = [o for o in outcomes if o != SAVED]
    assert all(kind == "refused" and fields == ["code"] for kind, fields, _ in refusals), outcomes
    assert {t for *_, templates in refusals for t in templates} <= {DUPLICATE_TEXT, "{code} is already in use"}
    with w.db.session() as session:
        assert session.scalar(select(func.count()).where(Participant.code == "BOSM1990F")) == 1


def test_five_receiving_one_new_lot_at_once_record_one_lot_holding_every_receipt(
    computers: Pool, server_world: World, pg_url: str
) -> None:
    w = server_world
    quantities = [1, 2, 3, 4, 5]
    new_lot = Lot(product_id=w.nasal.id, lot_number="N500", expiry_date=w.lot.expiry_date)
    calls = [(pg_url, w.van.id, new_lot, q) for q in quantities]
    assert at_once(computers, crowd.receive_together, calls) == [SAVED] * WORKERS
    with w.db.session() as session:
        lot = session.scalars(select(Lot).where(Lot.lot_number == "N500")).one()
        assert lot_on_hand(session, w.van.id, lot.id) == sum(quantities)
        receipts = session.scalars(select(StockMovement.quantity).where(StockMovement.lot_id == lot.id)).all()
        assert sorted(receipts) == quantities


def _schema_rows(db: Database) -> tuple[list[str], int]:
    with db.session() as session:
        versions = list(session.scalars(text("SELECT version_num FROM alembic_version")))
        return versions, int(session.scalar(select(func.count()).select_from(Topic)) or 0)


def test_five_opening_a_new_database_at_once_upgrade_it_once(computers: Pool, pg_url: str, tmp_path: Path) -> None:
    assert at_once(computers, crowd.open_together, [(pg_url,)] * WORKERS) == [SAVED] * WORKERS
    db = open_database(pg_url, upgrade=False)
    alone = open_database(str(tmp_path / "alone.db"))
    try:
        versions, topics = _schema_rows(db)
        assert versions == [SCHEMA_REVISION]
        assert topics > 0 and topics == _schema_rows(alone)[1], "the shipped topics were seeded once"
    finally:
        db.close()
        alone.close()


def test_opening_while_another_computer_upgrades_waits_then_says_so(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(migrate, "UPGRADE_WAIT_MS", 300)
    other = create_engine(pg_url)
    with other.connect() as upgrading:
        upgrading.execute(text(f"SELECT pg_advisory_lock({UPGRADE_LOCK})"))  # another computer is upgrading
        started = time.monotonic()
        with pytest.raises(UpgradeInProgress, match=r"being upgraded .* by another computer: try again"):
            open_database(pg_url)
        assert 0.25 < time.monotonic() - started < 5, "it waited its turn, within the bound"
        upgrading.execute(text(f"SELECT pg_advisory_unlock({UPGRADE_LOCK})"))
    other.dispose()
    db = open_database(pg_url)  # the upgrade done, the next attempt opens it
    assert _schema_rows(db)[0] == [SCHEMA_REVISION]
    db.close()


def test_a_work_shift_of_five_computers_loses_no_save(computers: Pool, server_world: World, pg_url: str) -> None:
    w = server_world
    actions = 16
    shifts = at_once(computers, crowd.work_shift, [(pg_url, w.van.id, w.lot, actions)] * WORKERS)
    done = [kind for shift in shifts for kind, outcome in shift if outcome == SAVED]
    assert len(done) == WORKERS * actions, [o for shift in shifts for _, o in shift if o != SAVED]
    received, dispensed = done.count("received"), done.count("dispensed")
    with w.db.session() as session:
        start_stock = 40
        assert lot_on_hand(session, w.van.id, w.lot.id) == start_stock + RECEIVED * received - DISPENSED * dispensed
        kinds = session.scalars(select(StockMovement.kind).where(StockMovement.lot_id == w.lot.id)).all()
        assert kinds.count(MovementKind.RECEIVE) == 1 + received
        assert session.scalar(select(func.count()).select_from(Dispensing)) == dispensed


def test_a_statement_beyond_the_time_out_is_said_plainly(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database_module, "SERVER_STATEMENT_TIMEOUT_MS", 300)
    db = open_database(pg_url)
    started = time.monotonic()
    with pytest.raises(ServerUnavailable) as slow, db.session() as session:
        session.execute(text("SELECT pg_sleep(30)"))
    assert str(slow.value) == SLOW_TEXT
    assert time.monotonic() - started < 3
    with db.session() as session:
        assert session.execute(text("SELECT 1")).scalar() == 1, "the next action goes through"
    db.close()


def test_kits_another_user_is_dispensing_too_long_are_said_to_be_busy(
    pg_url: str, actor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 300)
    w = build_world(open_database(pg_url), actor)
    handout = {"site_id": w.van.id, "dispensed_on": TODAY, "supply_type": "new"}
    handout |= {"product_id": w.nasal.id, "recipient_category": "community_member"}
    with w.db.transaction() as session:
        dispensing.dispense(session, actor, **handout)  # holds the lot's row until this action ends
        started = time.monotonic()
        with pytest.raises(DatabaseBusy) as busy:
            w.run(dispensing.dispense, **handout)
        assert str(busy.value) == SERVER_BUSY_TEXT and time.monotonic() - started < 3
    w.run(dispensing.dispense, **handout)  # its turn come, the same action goes through
    with w.db.session() as session:
        assert lot_on_hand(session, w.van.id, w.lot.id) == 38
    w.db.close()


def test_a_server_that_stops_is_said_plainly_within_seconds_and_used_again_once_back() -> None:
    with throwaway_server() as base:
        db = open_database(f"{base}/postgres")
        with db.session() as session:
            data = Path(str(session.execute(text("SHOW data_directory")).scalar()))
        with pytest.raises(ServerUnavailable), db.transaction() as session:
            session.execute(text("SELECT 1"))
            stop_immediately(data)  # mid-action: the server crashes, or its computer is switched off
            started = time.monotonic()
            session.execute(text("SELECT 1"))
        assert time.monotonic() - started < 3
        started = time.monotonic()
        with pytest.raises(ServerUnavailable):
            open_database(f"{base}/postgres")
        assert time.monotonic() - started < 3
        start(data, int(make_url(base).port or 0))
        with db.session() as session:  # the pool replaces the connections the server dropped
            assert session.execute(text("SELECT 1")).scalar() == 1
        db.close()
