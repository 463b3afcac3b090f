"""A unique value saved twice is refused naming the service's field, on SQLite and PostgreSQL alike; on a
server, a write that races another one's (both checked the value free) ends the same way, or, for a new lot,
uses the lot the other just recorded."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import exc, func, select, text

from oend.core.actor import Actor
from oend.db import Database, open_database
from oend.db.failures import DUPLICATE_TEXT, DuplicateValue
from oend.errors import ValidationError
from oend.model import Attendance, Lot, Participant, Site, StockMovement, TrainingSession
from oend.model.codes import ParticipantCategory, TrainingFormat
from oend.services import participants, stock
from tests.support.world import TODAY, World, build_world


def _saving_twice(w: World) -> list[tuple[list[object], str]]:
    """Rows that repeat a unique value of the world's, written straight to the model, and the field named."""
    training = TrainingSession(session_date=TODAY, site_id=w.van.id, format=TrainingFormat.GROUP)
    return [
        ([Participant(code=w.alice.code, category=ParticipantCategory.AT_RISK)], "code"),
        ([Lot(product_id=w.nasal.id, lot_number=w.lot.lot_number, expiry_date=TODAY)], "lot_number"),
        (
            [
                training,
                Attendance(session=training, participant_id=w.alice.id),
                Attendance(session=training, participant_id=w.alice.id),
            ],
            "attendees",
        ),
    ]


def test_a_unique_value_saved_twice_names_the_services_field(world: World) -> None:
    for rows, field in _saving_twice(world):
        with pytest.raises(DuplicateValue) as refused, world.db.transaction() as session:
            session.add_all(rows)
        assert refused.value.fields == {field}
        assert [e.template for e in refused.value.errors] == [DUPLICATE_TEXT]


def test_a_repeated_primary_key_stays_a_bug(world: World) -> None:
    """Only the unique values a user chooses become field errors; a repeated id is the program's fault."""
    with pytest.raises(exc.IntegrityError), world.db.transaction() as session:
        session.add(Site(id=world.van.id, code="OTHER", name="Other", kind="outreach"))


@pytest.fixture
def server_world(pg_url: str, actor: Actor) -> Iterator[World]:
    db = open_database(pg_url)
    yield build_world(db, actor)
    db.close()


def _race(world: World, first: Callable[[Any], object], second: Callable[[], object]) -> BaseException | None:
    """``first`` writes in an open transaction; ``second`` runs meanwhile and is held by the server on the same
    unique value until ``first`` commits. Returns what ``second`` raised."""
    raised: list[BaseException] = []

    def run_second() -> None:
        try:
            second()
        except BaseException as error:
            raised.append(error)

    with world.db.transaction() as session:
        first(session)
        other = threading.Thread(target=run_second)
        other.start()
        _wait_until_held(world.db)
    other.join(10)
    assert not other.is_alive()
    return raised[0] if raised else None


def _wait_until_held(db: Database) -> None:
    """Until a session of this database waits for a lock (the second writer, on the first one's new row)."""
    deadline = time.monotonic() + 10
    query = text(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
    )
    with db.engine.connect() as conn:
        while not conn.execute(query).scalar():
            assert time.monotonic() < deadline, "the second writer never reached the first one's row"
            time.sleep(0.02)
            conn.rollback()


@pytest.mark.postgres
def test_enrolling_a_code_another_user_is_enrolling_is_refused_naming_the_code(server_world: World) -> None:
    w = server_world
    values: dict[str, Any] = {"code": "BOSM1990F", "category": "at_risk", "home_site_id": w.van.id}
    refused = _race(
        w,
        lambda session: participants.enrol_participant(session, w.actor, **values),
        lambda: w.run(participants.enrol_participant, **values),
    )
    assert isinstance(refused, ValidationError), refused
    assert refused.fields == {"code"} and [e.template for e in refused.errors] == [DUPLICATE_TEXT]
    with w.db.session() as session:
        assert session.scalar(select(func.count()).where(Participant.code == "BOSM1990F")) == 1


@pytest.mark.postgres
def test_receiving_a_new_lot_another_user_is_receiving_adds_to_the_same_lot(server_world: World) -> None:
    w = server_world

    def receive(session: Any, quantity: int) -> Any:
        return stock.receive_stock(
            session,
            w.actor,
            site_id=w.van.id,
            product_id=w.nasal.id,
            lot_number="N500",
            expiry_date=TODAY.replace(year=TODAY.year + 2),
            quantity=quantity,
            received_on=TODAY,
        )

    assert _race(w, lambda session: receive(session, 3), lambda: w.run(lambda s, _actor: receive(s, 4))) is None
    with w.db.session() as session:
        lots = session.scalars(select(Lot).where(Lot.lot_number == "N500")).all()
        assert len(lots) == 1
        received = session.scalars(select(StockMovement.quantity).where(StockMovement.lot_id == lots[0].id)).all()
        assert sorted(received) == [3, 4]
