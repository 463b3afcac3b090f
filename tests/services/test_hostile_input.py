"""Random and hostile values thrown at every write service: saved whole or refused naming a field.

Never an unhandled exception, never a partial write.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from oend.core.actor import Actor
from oend.db import open_database
from oend.errors import PermissionDenied, ValidationError
from oend.services import dispensing, participants, reversals, sites, stock, trainings
from tests.support.world import World, build_world, row_counts

HOSTILE_TEXT = st.one_of(
    st.text(max_size=300),
    st.sampled_from(["", " ", "=cmd|' /C calc'!A0", "'; DROP TABLE participants; --", "\x00\x07", "ñ" * 5000]),
)
ANY_VALUE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True),
    HOSTILE_TEXT,
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
    st.datetimes(),
    st.uuids(),
    st.lists(st.one_of(st.text(max_size=20), st.integers()), max_size=4),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    db = open_database(str(Path(tmp_path_factory.mktemp("hostile")) / "oend.db"))
    return build_world(db, Actor.system("hostile-device", "fuzzer"))


def valid_or(*valid: Any) -> st.SearchStrategy[Any]:
    """Mostly good values with hostile ones mixed in, so the save path is reached as well as the refusals."""
    return st.one_of(st.sampled_from(valid), ANY_VALUE)


def check_whole_or_refused(world: World, action: Callable[..., Any], kwargs: dict[str, Any]) -> None:
    before = row_counts(world.db)
    try:
        world.run(action, **kwargs)
    except ValidationError as refused:
        assert refused.errors and all(e.field and e.message for e in refused.errors)
        assert row_counts(world.db) == before, "a refused action wrote something"
    except PermissionDenied:
        assert row_counts(world.db) == before
    else:
        assert row_counts(world.db)["audit_events"] > before["audit_events"], "a saved action left no audit event"


FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(data=st.data())
def test_enrol_participant(world: World, data: st.DataObject) -> None:
    kwargs = {
        "code": data.draw(valid_or(None, "ABCD1999F")),
        "category": data.draw(valid_or("at_risk", "family_friend")),
        "first_name": data.draw(valid_or("Ana", None)),
        "date_of_birth": data.draw(valid_or(dt.date(1980, 2, 3), None)),
        "birth_year": data.draw(valid_or(1980, None)),
        "gender": data.draw(valid_or("woman", None)),
        "zip_code": data.draw(valid_or("02118", None)),
        "substances": data.draw(valid_or(["fentanyl"], [])),
        "home_site_id": data.draw(valid_or(world.van.id)),
    }
    check_whole_or_refused(world, participants.enrol_participant, kwargs)


@FUZZ
@given(data=st.data())
def test_dispense(world: World, data: st.DataObject) -> None:
    kwargs = {
        "site_id": data.draw(valid_or(world.van.id, world.prison.id)),
        "dispensed_on": data.draw(valid_or(dt.date.today())),
        "supply_type": data.draw(valid_or("new", "refill")),
        "quantity": data.draw(valid_or(1, 2)),
        "product_id": data.draw(valid_or(world.nasal.id, None)),
        "participant_id": data.draw(valid_or(world.alice.id, None)),
        "recipient_category": data.draw(valid_or("at_risk", None)),
        "refill_reason": data.draw(valid_or(None, "lost")),
        "reason_note": data.draw(valid_or(None, "x")),
    }
    check_whole_or_refused(world, dispensing.dispense, kwargs)


@FUZZ
@given(data=st.data())
def test_receive_and_write_off(world: World, data: st.DataObject) -> None:
    receive = {
        "site_id": data.draw(valid_or(world.van.id)),
        "product_id": data.draw(valid_or(world.im_kit.id)),
        "lot_number": data.draw(valid_or("L1", "L2")),
        "expiry_date": data.draw(valid_or(dt.date(2030, 1, 1))),
        "quantity": data.draw(valid_or(5)),
        "received_on": data.draw(valid_or(dt.date.today())),
        "reference": data.draw(valid_or(None, "INV-1")),
    }
    check_whole_or_refused(world, stock.receive_stock, receive)
    write_off = {
        "site_id": data.draw(valid_or(world.van.id)),
        "lot_id": data.draw(valid_or(world.lot.id)),
        "quantity": data.draw(valid_or(1)),
        "reason": data.draw(valid_or("damaged", "expired")),
        "written_off_on": data.draw(valid_or(dt.date.today())),
    }
    check_whole_or_refused(world, stock.write_off_stock, write_off)


@FUZZ
@given(data=st.data())
def test_record_training(world: World, data: st.DataObject) -> None:
    kwargs = {
        "session_date": data.draw(valid_or(dt.date.today())),
        "site_id": data.draw(valid_or(world.van.id)),
        "format": data.draw(valid_or("group", "individual")),
        "topics": data.draw(valid_or(["responding", "law"])),
        "trainer_name": data.draw(valid_or(None, "Kim")),
        "attendees": data.draw(
            valid_or([], [trainings.Attendee(world.alice.id)], [trainings.Attendee(uuid.uuid4(), pre_score=-1)])
        ),
    }
    check_whole_or_refused(world, trainings.record_training, kwargs)


@FUZZ
@given(data=st.data())
def test_record_reversal(world: World, data: st.DataObject) -> None:
    kwargs = {
        "overdose_date": data.draw(valid_or(dt.date.today())),
        "site_id": data.draw(valid_or(world.van.id)),
        "reporter_id": data.draw(valid_or(None, world.alice.id)),
        "overdose_time": data.draw(valid_or(None, dt.time(3, 0))),
        "doses": data.draw(valid_or(None, 2)),
        "outcome": data.draw(valid_or(None, "survived")),
        "substances": data.draw(valid_or(None, ["fentanyl"])),
        "called_911": data.draw(valid_or(None, True)),
        "setting": data.draw(valid_or(None, "public_place")),
    }
    check_whole_or_refused(world, reversals.record_reversal, kwargs)


@FUZZ
@given(data=st.data())
def test_add_site(world: World, data: st.DataObject) -> None:
    kwargs = {
        "code": data.draw(valid_or("NEW1")),
        "name": data.draw(valid_or("New site")),
        "kind": data.draw(valid_or("pharmacy")),
        "zip_code": data.draw(valid_or(None, "01234")),
    }
    check_whole_or_refused(world, sites.add_site, kwargs)
