"""A receiver that holds nothing takes the sender's whole state at once, and ends as a replay would leave it."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from oend.db import Database, open_database
from oend.db.change_capture import LOCAL_SETTINGS, travelling_tables
from oend.demo.spec import DemoSpec
from oend.model import Change, Device, FieldClock, Participant, SyncConflict
from oend.model.tallies import TALLIES
from oend.security import authority
from oend.services import participants
from oend.services.demo import generate_demo
from oend.services.sync import server
from tests.support.postgres import new_database
from tests.support.world import build_world
from tests.sync.replicas import Replica, content_hash, program, replica, sync

pytestmark = pytest.mark.postgres


@dataclass
class Program:
    laptop: Replica  # made the program: a demo, then edits
    other: Replica  # a second laptop, which has the demo but not the edits after it
    whole: Database  # a new server the laptop pushes to at once
    replayed: Database  # a new server the laptop's log is replayed into
    folder: Path


@pytest.fixture
def made(tmp_path: Path, pg_base_url: str) -> Iterator[Program]:
    laptop, other = program(tmp_path, ("laptop", "other"), authority.new_seed())
    generate_demo(laptop.db, laptop.actor, DemoSpec(participants=15, years=1, seed=4, end=dt.date(2025, 6, 30)))
    sync(laptop, other)
    first, second = _people(laptop)[:2]
    laptop.run(participants.update_participant, first, county="Aldmoor")
    laptop.run(participants.update_participant, second, county="Brackwater")
    whole = open_database(new_database(pg_base_url), home=tmp_path / "whole-home")
    replayed = open_database(new_database(pg_base_url), home=tmp_path / "replayed-home")
    yield Program(laptop, other, whole, replayed, tmp_path)
    for db in (laptop.db, other.db, whole, replayed):
        db.close()


def _people(device: Replica) -> list[Any]:
    with device.db.session() as session:
        return list(session.scalars(select(Participant.id).order_by(Participant.id)))


def _state(db: Database) -> dict[str, Any]:
    """What a replay and a copy must leave alike: content, the log, the field clocks, the marks, conflicts,
    and the tallies the triggers keep (filled at once after a copy)."""
    with db.session() as session:
        log = session.execute(
            select(Change.device_id, Change.seq, Change.hlc, Change.table_name, Change.row_id, Change.operation)
        )
        clocks = session.execute(select(FieldClock.table_name, FieldClock.row_id, FieldClock.field, FieldClock.hlc))
        marks = session.execute(select(Device.device_id, Device.last_seq).where(Device.last_seq > 0))
        conflicts = session.execute(
            select(SyncConflict.row_id, SyncConflict.field, SyncConflict.kept_value, SyncConflict.lost_value)
        )
        return {
            "content": content_hash(db),
            "log": sorted(log.all()),
            "clocks": sorted(clocks.all()),
            "marks": sorted(marks.all()),
            "conflicts": sorted(conflicts.all()),
            "tallies": {t.name: sorted(map(tuple, session.execute(select(t)))) for t in TALLIES.tables.values()},
        }


def _stored(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every travelling row as SQLite holds it, byte for byte (not as SQLAlchemy reads it back); a database's
    own settings (its id) left out."""
    with db.session() as session:
        conn = session.connection()
        rows = {name: list(map(tuple, conn.exec_driver_sql(f'SELECT * FROM "{name}"'))) for name in travelling_tables()}
    rows["settings"] = [row for row in rows["settings"] if row[0] not in LOCAL_SETTINGS]
    return {name: sorted(found, key=repr) for name, found in rows.items()}


def _indexes(db: Database) -> list[tuple[str, str]]:
    with db.session() as session:
        found = session.connection().exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index'")
        return sorted((name, sql or "") for name, sql in found)


def _pushed_at_once(laptop: Replica, target: Database) -> server.SyncOutcome:
    calls: list[tuple[int, int]] = []
    outcome = server.push(laptop.db, target, laptop.actor, lambda done, total: calls.append((done, total)))
    assert calls == [(outcome.changes, outcome.changes)], "one copy, not batch after batch"
    return outcome


def test_a_new_server_copied_at_once_holds_what_a_replay_gives(made: Program, monkeypatch: pytest.MonkeyPatch) -> None:
    p = made
    monkeypatch.setattr(server, "BATCH", 100)
    copied = _pushed_at_once(p.laptop, p.whole)
    replayed = server.replay(p.laptop.db, p.replayed, p.laptop.actor, p.laptop.actor.device_id)
    assert copied.changes == replayed.changes == replayed.result.applied > 300
    assert _state(p.whole) == _state(p.replayed)
    assert _state(p.whole)["content"] == content_hash(p.laptop.db)

    first = _people(p.laptop)[0]
    p.other.run(participants.update_participant, first, county="Cindervale")  # has not seen the laptop's "Aldmoor"
    p.laptop.run(participants.update_participant, _people(p.laptop)[1], county="Duskfield")  # after "Brackwater"
    for target in (p.whole, p.replayed):
        for device in (p.other, p.laptop):
            outcome = server.push(device.db, target, device.actor)
            assert not outcome.result.rejected and outcome.result.pending == 0
    after = _state(p.whole)
    assert after == _state(p.replayed)
    assert len(after["conflicts"]) == 1


def test_a_new_laptop_pulled_at_once_holds_what_a_replay_gives(made: Program) -> None:
    p = made
    server.push(p.laptop.db, p.whole, p.laptop.actor)
    server.replay(p.laptop.db, p.replayed, p.laptop.actor, p.laptop.actor.device_id)
    new = replica(p.folder, "new", authority.new_seed())
    again = replica(p.folder, "again", authority.new_seed())
    try:
        pulled = server.pull(new.db, p.whole, new.actor)
        assert pulled.done == pulled.changes == _count(p.whole)
        server.replay(p.replayed, again.db, again.actor, p.replayed.identity.database_id)
        assert _state(new.db) == _state(again.db)
        assert _state(new.db)["content"] == content_hash(p.laptop.db)
        assert _indexes(new.db) == _indexes(again.db), "the indexes put off during the copy are built again"
        assert _stored(new.db) == _stored(again.db), "every value stored as the same text a replay stores"

        p.laptop.run(participants.update_participant, _people(p.laptop)[0], county="Duskfield")
        for laptop, target in ((new, p.whole), (again, p.replayed)):
            server.push(p.laptop.db, target, p.laptop.actor)
            assert server.pull(laptop.db, target, laptop.actor).result.applied > 0
            laptop.run(participants.update_participant, _people(p.laptop)[1], county="Elmreach")
            assert server.push(laptop.db, target, laptop.actor).result.applied > 0
        assert content_hash(new.db) == content_hash(p.whole)
        assert content_hash(again.db) == content_hash(p.replayed)
    finally:
        new.db.close()
        again.db.close()


def _count(db: Database) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(Change)) or 0)


def test_a_server_holding_a_change_takes_a_replay(made: Program, monkeypatch: pytest.MonkeyPatch) -> None:
    p = made
    third = replica(p.folder, "third", authority.new_seed())
    build_world(third.db, third.actor)
    _pushed_at_once(third, p.whole)
    monkeypatch.setattr(server, "BATCH", 100)
    batches: list[int] = []
    outcome = server.push(p.laptop.db, p.whole, p.laptop.actor, lambda done, _: batches.append(done))
    assert len(batches) > 1 and outcome.result.applied == outcome.changes
    assert _count(p.whole) == _count(p.laptop.db) + _count(third.db)
    third.db.close()


def test_a_copy_cut_off_leaves_the_server_empty_and_the_next_push_copies(made: Program) -> None:
    p = made
    with sqlite3.connect(p.folder / "laptop.db") as conn:  # a row the server refuses, late in the copy
        conn.execute("INSERT INTO field_clocks (table_name, row_id, field, hlc) VALUES ('x', 'y', 'z', ?)", ["9" * 99])
    with pytest.raises(DBAPIError, match="too long"):
        server.push(p.laptop.db, p.whole, p.laptop.actor)
    assert _count(p.whole) == 0 and content_hash(p.whole) == content_hash(p.replayed)
    with sqlite3.connect(p.folder / "laptop.db") as conn:
        conn.execute("DELETE FROM field_clocks WHERE table_name = 'x'")
    _pushed_at_once(p.laptop, p.whole)
    assert content_hash(p.whole) == content_hash(p.laptop.db)
