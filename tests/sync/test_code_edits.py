"""A participant code edited into one another device enrolled: both kept, one state everywhere, a merge offered."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from oend.model import Participant, SyncRejection
from oend.security import authority
from oend.services import participants
from oend.services.sync import merges
from oend.services.sync.same_code import stand_in
from tests.support.world import World, build_world
from tests.sync.replicas import Replica, content_hash, program, sync

CODE = "SAME1990F"
Devices = tuple[Replica, Replica, Replica, World]


@pytest.fixture
def devices(tmp_path: Path) -> Iterator[Devices]:
    a, b, c = program(tmp_path, ("a", "b", "c"), authority.new_seed())
    world = build_world(a.db, a.actor)
    sync(a, b)
    sync(a, c)
    yield a, b, c, world
    for device in (a, b, c):
        device.db.close()


def _codes(device: Replica, *people: uuid.UUID) -> list[str]:
    with device.db.session() as session:
        return [session.get_one(Participant, person).code for person in people]


def _offers(device: Replica) -> list[tuple[uuid.UUID, uuid.UUID, str]]:
    with device.db.session() as session:
        return [(o.kept_id, o.duplicate_id, o.code) for o in merges.merge_offers(session, device.actor)]


def _collide(a: Replica, b: Replica, world: World) -> tuple[uuid.UUID, uuid.UUID]:
    """``a`` enrols a code while ``b`` edits an existing person's code into it; neither has seen the other."""
    new = a.run(participants.enrol_participant, code=CODE, category="at_risk", home_site_id=world.van.id).id
    b.run(participants.update_participant, world.alice.id, code=CODE)
    return world.alice.id, new


def _nothing_refused(*devices: Replica) -> bool:
    for device in devices:
        with device.db.session() as session:
            if session.scalars(select(SyncRejection)).first() is not None:
                return False
    return True


@pytest.mark.parametrize("first", ["edit", "enrolment"])
def test_a_code_edited_into_a_new_enrolment_converges_in_either_order(devices: Devices, first: str) -> None:
    a, b, _, world = devices
    earlier, later = _collide(a, b, world)  # the edited record was enrolled first: it keeps the code
    order = [(b, a), (a, b)] if first == "edit" else [(a, b), (b, a)]
    for sender, receiver in order:
        result = sync(sender, receiver)
        assert not result.rejected and result.pending == 0
    assert content_hash(a.db) == content_hash(b.db)
    assert _nothing_refused(a, b)
    for device in (a, b):
        assert _codes(device, earlier, later) == [CODE, stand_in(CODE, later)]
        assert _offers(device) == [(earlier, later, CODE)]


def test_the_code_passes_on_when_its_holder_is_edited_away_on_every_device(devices: Devices) -> None:
    a, b, c, world = devices
    earlier, later = _collide(a, b, world)
    sync(a, b)
    sync(b, a)
    b.run(participants.update_participant, earlier, code="OTHR1990F")  # a coordinator fixes the wrong code
    assert _codes(b, earlier, later) == ["OTHR1990F", CODE]
    sync(b, a)
    sync(b, c)  # c never saw the two share a code
    assert content_hash(a.db) == content_hash(b.db) == content_hash(c.db)
    assert _nothing_refused(a, b, c)
    for device in (a, b, c):
        assert _codes(device, earlier, later) == ["OTHR1990F", CODE]
        assert _offers(device) == [], "records no longer sharing a code are not offered"


def test_an_earlier_record_edited_into_a_new_code_takes_it_on_every_device(devices: Devices) -> None:
    a, b, c, world = devices
    earlier = b.run(participants.enrol_participant, code="LATE1990F", category="at_risk", home_site_id=world.van.id).id
    sync(b, a)
    later = a.run(participants.enrol_participant, code=CODE, category="at_risk", home_site_id=world.van.id).id
    b.run(participants.update_participant, earlier, code=CODE)  # not knowing a has given it out
    b.run(participants.update_participant, earlier, county="Kent")
    sync(a, c)  # c holds the new record under the code, then the edit takes it away
    sync(b, c)
    sync(c, a)
    sync(c, b)
    assert content_hash(a.db) == content_hash(b.db) == content_hash(c.db)
    assert _nothing_refused(a, b, c)
    for device in (a, b, c):
        assert _codes(device, earlier, later) == [CODE, stand_in(CODE, later)]
        assert _offers(device) == [(earlier, later, CODE)]


def test_a_participant_arriving_without_a_usable_code_is_refused_in_plain_words(devices: Devices) -> None:
    a, b, _, world = devices
    a.run(participants.enrol_participant, code=CODE, category="at_risk", home_site_id=world.van.id)
    a.run(participants.update_participant, world.alice.id, code="OTHR1990F")
    header, changes = a.send(b)
    for change in changes:
        if change["table"] == "participants":
            change["values"]["code"] = None
    result = b.receive(header, changes)
    assert len([r for r in result.rejected if r.startswith("participants ")]) == 2
    assert _codes(b, world.alice.id) == [world.alice.code]
