"""A laptop syncing with the program's PostgreSQL server, while the coordinator's app works on the server."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from oend.core.actor import Actor
from oend.db import Database, open_database
from oend.db.database import NewerDatabase
from oend.demo.spec import DemoSpec
from oend.model import Change, Participant, SyncConflict, SyncPending
from oend.queries.sync_status import last_synced, sync_status
from oend.security import authority
from oend.services import participants
from oend.services.demo import generate_demo
from oend.services.sync import keys, merges, server
from oend.services.sync.server_address import open_server
from tests.support.world import World, build_world
from tests.sync.replicas import Replica, content_hash, replica

pytestmark = pytest.mark.postgres


@dataclass
class Program:
    laptop: Replica
    coordinator: Replica  # the coordinator's app, running directly on the server
    server: Database  # the server as the laptop reaches it
    world: World


@pytest.fixture
def program(tmp_path: Path, pg_url: str) -> Iterator[Program]:
    seed = authority.new_seed()
    laptop = replica(tmp_path, "laptop", seed)
    world = build_world(laptop.db, laptop.actor)
    coordinator_db = open_database(pg_url, home=tmp_path / "coordinator-home")
    coordinator = Replica("coordinator", coordinator_db, _actor(coordinator_db, seed))
    reached = open_database(pg_url, home=tmp_path / "laptop-home")
    yield Program(laptop, coordinator, reached, world)
    for db in (laptop.db, coordinator_db, reached):
        db.close()


def _actor(db: Database, seed: bytes) -> Actor:
    return dataclasses.replace(Actor.system(db.device_id, "coordinator"), authority=seed)


def _changes_of(db: Database, device: Replica) -> int:
    """The changes ``db`` holds that ``device`` made."""
    with db.session() as session:
        count = select(func.count()).select_from(Change).where(Change.device_id == device.actor.device_id)
        return int(session.scalar(count) or 0)


def _enrol(device: Replica, world: World, code: str) -> Participant:
    return device.run(participants.enrol_participant, code=code, category="at_risk", home_site_id=world.van.id)


def test_a_new_server_first_opened_from_a_laptop_receives_every_change_of_that_laptop(
    tmp_path: Path, pg_url: str
) -> None:
    """The server takes the laptop's device when it gets its identity: its seeds must not pass for its changes."""
    laptop = replica(tmp_path, "laptop", authority.new_seed())
    build_world(laptop.db, laptop.actor)
    reached = open_database(pg_url, home=tmp_path / "laptop-home")
    try:
        assert reached.device_id == laptop.actor.device_id
        assert _changes_of(reached, laptop) == 0, "the server's seeded rows are no change of the laptop"
        pushed = server.push(laptop.db, reached, laptop.actor)
        assert pushed.changes == _changes_of(laptop.db, laptop) == _changes_of(reached, laptop)
        assert content_hash(reached) == content_hash(laptop.db)
    finally:
        reached.close()
        laptop.db.close()


def test_push_then_the_coordinator_works_on_the_server_and_the_laptop_pulls(program: Program) -> None:
    p = program
    pushed = server.push(p.laptop.db, p.server, p.laptop.actor)
    assert pushed.changes > 0 and pushed.result.applied == pushed.changes and not pushed.result.rejected
    assert content_hash(p.server) == content_hash(p.laptop.db)
    _enrol(p.coordinator, p.world, "SERV1990F")  # the app's services, straight on the server
    pulled = server.pull(p.laptop.db, p.server, p.laptop.actor)
    assert pulled.result.applied == pulled.changes > 0 and not pulled.result.rejected
    assert content_hash(p.laptop.db) == content_hash(p.server)
    assert server.push(p.laptop.db, p.server, p.laptop.actor).changes == 0, "nothing goes back that came from there"


def test_a_pull_never_overwrites_a_change_not_yet_pushed(program: Program) -> None:
    p = program
    server.push(p.laptop.db, p.server, p.laptop.actor)
    person = p.world.alice.id
    p.coordinator.run(participants.update_participant, person, county="Kent")
    p.laptop.run(participants.update_participant, person, county="Essex")  # later, not pushed yet
    server.pull(p.laptop.db, p.server, p.laptop.actor)
    with p.laptop.db.session() as session:
        assert session.get(Participant, person).county == "Essex"  # type: ignore[union-attr]
        (conflict,) = session.scalars(select(SyncConflict)).all()
        assert (conflict.kept_value, conflict.lost_value) == ("Essex", "Kent")
    server.push(p.laptop.db, p.server, p.laptop.actor)
    assert content_hash(p.server) == content_hash(p.laptop.db)


def test_an_interrupted_push_resumes_where_it_stopped(program: Program, monkeypatch: pytest.MonkeyPatch) -> None:
    p = program
    server.push(p.laptop.db, p.server, p.laptop.actor)  # the server holds something: what follows is replayed
    held = _changes_of(p.server, p.laptop)
    monkeypatch.setattr(server, "BATCH", 10)
    for n in range(30):
        _enrol(p.laptop, p.world, f"R{chr(65 + n // 26)}{chr(65 + n % 26)}Q1990F")
    done: list[int] = []
    first = server.push(p.laptop.db, p.server, p.laptop.actor, lambda n, _: done.append(n), lambda: len(done) >= 2)
    assert first.cancelled and done == [10, 20] and first.done == 20 < first.changes
    assert _changes_of(p.server, p.laptop) == held + 20
    second = server.push(p.laptop.db, p.server, p.laptop.actor)
    assert not second.cancelled and second.changes == first.changes - 20 and not second.result.rejected
    assert second.result.already_held == 0, "nothing is sent twice"
    assert _changes_of(p.server, p.laptop) == _changes_of(p.laptop.db, p.laptop)
    assert content_hash(p.server) == content_hash(p.laptop.db)


def test_a_large_push_refreshes_the_servers_planner_statistics(
    program: Program, monkeypatch: pytest.MonkeyPatch
) -> None:
    p = program
    monkeypatch.setattr(server, "ANALYZE_AFTER", 1)
    server.push(p.laptop.db, p.server, p.laptop.actor)
    with p.server.session() as session:
        analysed = session.scalar(text("SELECT last_analyze FROM pg_stat_user_tables WHERE relname = 'participants'"))
    assert analysed is not None


def test_one_code_enrolled_on_the_laptop_and_on_the_server_is_kept_twice_and_offered(program: Program) -> None:
    p = program
    server.push(p.laptop.db, p.server, p.laptop.actor)
    _enrol(p.coordinator, p.world, "SAME1990F")
    _enrol(p.laptop, p.world, "SAME1990F")
    pushed = server.push(p.laptop.db, p.server, p.laptop.actor)  # a refused row must not abort the server's work
    assert not pushed.result.rejected and pushed.result.pending == 0
    server.pull(p.laptop.db, p.server, p.laptop.actor)
    assert content_hash(p.server) == content_hash(p.laptop.db)
    with p.server.session() as session:
        assert len(merges.merge_offers(session, p.coordinator.actor)) == 1


def _everything(db: Database) -> tuple[int, str]:
    """How many changes ``db`` holds, and a hash of its content: both stay put when nothing is written."""
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(Change)) or 0), content_hash(db)


def test_a_server_of_another_program_is_refused_and_nothing_moves(program: Program) -> None:
    p = program
    server.push(p.laptop.db, p.server, p.laptop.actor)
    for db in (p.laptop.db, p.coordinator.db):
        with db.transaction() as session:
            keys.ensure_sync_key(session)  # each set up as a program of its own
    _enrol(p.coordinator, p.world, "SERV1990F")
    before = _everything(p.laptop.db), _everything(p.server)
    for exchange in (server.push, server.pull):
        with pytest.raises(server.ServerRefused, match="holds the records of another program: nothing was sent"):
            exchange(p.laptop.db, p.server, p.laptop.actor)
    assert (_everything(p.laptop.db), _everything(p.server)) == before


def test_a_server_of_a_newer_release_is_refused_on_opening(program: Program, tmp_path: Path) -> None:
    p = program
    server.push(p.laptop.db, p.server, p.laptop.actor)
    address = p.server.engine.url.render_as_string(hide_password=False)
    with p.server.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0999'"))
    before = _everything(p.laptop.db)
    with pytest.raises(NewerDatabase, match=r"newer version of OEND \(schema 0999\)"):
        open_server(address, tmp_path / "another-home")
    assert _everything(p.laptop.db) == before
    with p.server.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == "0999"


def test_each_side_knows_when_it_last_met_the_other_even_with_nothing_new(program: Program) -> None:
    p = program
    server.push(p.laptop.db, p.server, p.laptop.actor)
    server.pull(p.laptop.db, p.server, p.laptop.actor)  # nothing new to bring: still a sync
    server_id = p.server.identity.database_id
    with p.laptop.db.session() as session:
        mine = sync_status(session, p.laptop.actor.device_id)
        assert last_synced(session) is not None  # Today's warning counts from it
    assert [(peer.device_id, peer.waiting) for peer in mine.peers if peer.last_synced] == [(server_id, 0)]
    with p.coordinator.db.session() as session:
        theirs = sync_status(session, p.coordinator.actor.device_id)
    assert p.laptop.actor.device_id in {peer.device_id for peer in theirs.peers if peer.last_synced}


def test_a_program_pulled_in_batches_never_holds_changes_back(
    tmp_path: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each device's changes come in its own order, batch after batch, whatever its clock readings."""
    demo = replica(tmp_path, "demo", authority.new_seed())
    generate_demo(demo.db, demo.actor, DemoSpec(participants=12, years=1, seed=3, end=dt.date(2025, 6, 30)))
    reached = open_database(pg_url, home=tmp_path / "demo-home")
    monkeypatch.setattr(server, "BATCH", 50)
    server.push(demo.db, reached, demo.actor)
    new = replica(tmp_path, "new-laptop", authority.new_seed())
    held_back: list[int] = []

    def pending(_done: int, _total: int) -> None:
        with new.db.session() as session:
            held_back.append(int(session.scalar(select(func.count()).select_from(SyncPending)) or 0))

    pulled = server.replay(reached, new.db, new.actor, reached.identity.database_id, pending)  # not at once
    assert len(held_back) > 2 and set(held_back) == {0}
    assert not pulled.result.rejected and pulled.result.applied == pulled.changes
    for db in (demo.db, reached, new.db):
        db.close()
