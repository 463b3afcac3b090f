"""The same person enrolled on two devices: both records kept, the same state everywhere, a merge offered."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from oend.model import AuditEvent, Dispensing, DistinctPeople, Participant, SyncMergeOffer, SyncRejection
from oend.security import authority
from oend.services import dispensing, participants
from oend.services.sync import merges
from oend.services.sync.same_code import stand_in
from tests.support.world import TODAY, World, build_world
from tests.sync.replicas import Replica, content_hash, program, sync


@pytest.fixture
def devices(tmp_path: Path) -> Iterator[tuple[Replica, Replica, Replica, World]]:
    a, b, c = program(tmp_path, ("a", "b", "c"), authority.new_seed())
    world = build_world(a.db, a.actor)
    sync(a, b)
    sync(a, c)
    yield a, b, c, world
    for device in (a, b, c):
        device.db.close()


def _enrol(device: Replica, world: World, code: str = "SAME1990F") -> Participant:
    person: Participant = device.run(
        participants.enrol_participant, code=code, category="at_risk", home_site_id=world.van.id
    )
    return person


def _codes(device: Replica, *people: Participant) -> list[str]:
    with device.db.session() as session:
        return [session.get_one(Participant, person.id).code for person in people]


def _offers(device: Replica) -> list[tuple[object, object, str]]:
    with device.db.session() as session:
        return [(o.kept_id, o.duplicate_id, o.code) for o in merges.merge_offers(session, device.actor)]


@pytest.mark.parametrize("first", ["earlier", "later"])
def test_one_code_enrolled_on_two_devices_converges_in_either_order(devices, first: str) -> None:
    a, b, _, world = devices
    early, late = _enrol(a, world), _enrol(b, world)  # ids are time-ordered: a's record is the earlier
    assert early.id < late.id
    order = [(a, b), (b, a)] if first == "earlier" else [(b, a), (a, b)]
    for sender, receiver in order:
        result = sync(sender, receiver)
        assert not result.rejected and result.pending == 0
    assert content_hash(a.db) == content_hash(b.db)
    for device in (a, b):
        assert _codes(device, early, late) == ["SAME1990F", stand_in("SAME1990F", late.id)]
        assert _offers(device) == [(early.id, late.id, "SAME1990F")]
        with device.db.session() as session:
            assert session.scalars(select(SyncRejection)).all() == []


def test_a_third_device_sees_the_pair_whatever_reaches_it_first(devices) -> None:
    a, b, c, world = devices
    early, late = _enrol(a, world), _enrol(b, world)
    sync(b, a)  # a renames b's record as it arrives
    sync(a, c)  # c gets both from a: the later one travels as it came
    assert content_hash(c.db) == content_hash(a.db)
    assert _offers(c) == _offers(a) == [(early.id, late.id, "SAME1990F")]


def test_a_confirmed_merge_travels_and_every_reference_follows(devices) -> None:
    a, b, _, world = devices
    early, late = _enrol(a, world), _enrol(b, world)
    b.run(
        dispensing.dispense,
        site_id=world.van.id,
        dispensed_on=TODAY,
        supply_type="new",
        product_id=world.nasal.id,
        participant_id=late.id,
    )
    sync(a, b)
    sync(b, a)
    (offer,) = _offers_on(b)
    b.run(merges.confirm_merge, offer.id)
    assert sync(b, a).pending == 0
    assert content_hash(a.db) == content_hash(b.db)
    for device in (a, b):
        assert _offers(device) == [], "a merged pair is no longer offered, on either device"
        with device.db.session() as session:
            assert session.scalars(select(Dispensing.participant_id)).one() == early.id
            assert session.get_one(Participant, late.id).merged_into_id == early.id


def test_different_people_stay_apart_and_the_offer_closes(devices) -> None:
    a, b, _, world = devices
    early, late = _enrol(a, world), _enrol(b, world)
    sync(b, a)
    (offer,) = _offers_on(a)
    a.run(merges.dismiss_offer, offer.id)
    assert _offers(a) == []
    with pytest.raises(Exception, match="offer"):
        a.run(merges.dismiss_offer, offer.id)
    with a.db.session() as session:
        assert session.get_one(Participant, late.id).merged_into_id is None
    assert _codes(a, early, late) == ["SAME1990F", stand_in("SAME1990F", late.id)]


def test_a_dismissal_travels_and_no_device_offers_the_pair_again(devices) -> None:
    a, b, c, world = devices
    _enrol(a, world), _enrol(b, world)
    for sender, receiver in ((a, b), (b, a), (a, c)):
        sync(sender, receiver)
    assert all(len(_offers(device)) == 1 for device in (a, b, c))
    (offer,) = _offers_on(c)
    c.run(merges.dismiss_offer, offer.id)
    sync(c, b)  # a hears of it only through b
    sync(b, a)
    assert content_hash(a.db) == content_hash(b.db) == content_hash(c.db)
    for device in (a, b, c):
        assert _offers(device) == []
        with device.db.session() as session:
            assert len(session.scalars(select(DistinctPeople)).all()) == 1
            detail = session.scalars(select(AuditEvent.detail).where(AuditEvent.detail.like("not the same person%")))
            assert detail.one() == "not the same person as the other record with code SAME1990F"


def test_two_devices_dismissing_one_offer_at_once_converge(devices) -> None:
    a, b, c, world = devices
    _enrol(a, world), _enrol(b, world)
    sync(a, b)
    sync(b, a)
    for device in (a, b):
        (offer,) = _offers_on(device)
        device.run(merges.dismiss_offer, offer.id)
    for sender, receiver in ((a, b), (b, a), (a, c)):
        assert not sync(sender, receiver).rejected
    assert content_hash(a.db) == content_hash(b.db) == content_hash(c.db)
    assert [_offers(device) for device in (a, b, c)] == [[], [], []]


def _offers_on(device: Replica) -> list[SyncMergeOffer]:
    with device.db.session() as session:
        return merges.merge_offers(session, device.actor)
