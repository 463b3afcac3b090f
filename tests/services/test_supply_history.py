"""First supply or refill, decided from each person's history of kits, and checked by ``oend db check``."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from oend.core.actor import Actor
from oend.db import Database
from oend.model import Dispensing, Participant
from oend.model.codes import RefillReason, SupplyType
from oend.reporting.aggregates import aggregate
from oend.services import dispensing, maintenance, participants, reversals, trainings
from oend.services.dispensing_corrections import edit_dispensing, void_dispensing
from tests.support.world import LAST_MONTH, TODAY, World, assert_refused, build_world

EARLIER = LAST_MONTH - dt.timedelta(days=10)


@pytest.fixture
def world(db: Database, actor: Actor) -> World:
    return build_world(db, actor)


def give(world: World, person: Participant | None, on: dt.date = TODAY, **extra: Any) -> Dispensing:
    return world.run(
        dispensing.dispense,
        site_id=world.van.id,
        dispensed_on=on,
        product_id=world.nasal.id,
        participant_id=person.id if person else None,
        **extra,
    )


def problems(world: World) -> list[str]:
    with world.db.session() as s:
        return maintenance.check(s)


def test_a_first_kit_is_new_and_the_next_a_refill_unless_the_earlier_one_was_voided(world: World) -> None:
    first = give(world, world.alice, LAST_MONTH)
    later = give(world, world.alice)
    assert (first.supply_type, later.supply_type, later.refill_reason) == (SupplyType.NEW, SupplyType.REFILL, None)
    backdated = give(world, world.alice, EARLIER)
    assert backdated.supply_type is SupplyType.NEW
    assert problems(world) == [
        f"supply: {world.alice.code}'s kit of {LAST_MONTH} at VAN1 is recorded as a first supply, "
        "but they had a kit before"
    ]
    world.run(edit_dispensing, first.id, supply_type="refill", refill_reason="lost")
    assert problems(world) == []
    world.run(void_dispensing, backdated.id, reason="that kit was given by another program")
    assert problems(world) == [
        f"supply: {world.alice.code}'s kit of {LAST_MONTH} at VAN1 is recorded as a refill, but they had no kit before"
    ]
    world.run(void_dispensing, first.id, reason="never given")
    assert give(world, world.alice, LAST_MONTH).supply_type is SupplyType.NEW, "a voided kit is no history"


def test_the_caller_overrides_and_an_anonymous_kit_must_say(world: World) -> None:
    give(world, world.alice, LAST_MONTH)
    assert give(world, world.alice, supply_type="new").supply_type is SupplyType.NEW
    assert problems(world)[0].endswith("is recorded as a first supply, but they had a kit before")
    refused = assert_refused(
        world,
        dispensing.dispense,
        {"supply_type"},
        site_id=world.van.id,
        dispensed_on=TODAY,
        product_id=world.nasal.id,
        recipient_category="community_member",
    )
    assert refused.for_field("supply_type") == ["say whether a kit to someone not enrolled is a first kit or a refill"]
    bob = world.run(participants.enrol_participant, category="family_friend", home_site_id=world.van.id)
    refused = assert_refused(
        world,
        dispensing.dispense,
        {"refill_reason"},
        site_id=world.van.id,
        dispensed_on=TODAY,
        product_id=world.nasal.id,
        participant_id=bob.id,
        refill_reason="lost",
    )
    assert refused.for_field("refill_reason") == ["applies only to a refill; this person has had no kit before"]


def test_a_replacement_after_a_reversal_is_a_refill_for_the_kit_used(world: World) -> None:
    give(world, world.alice, LAST_MONTH)
    report = world.run(reversals.record_reversal, overdose_date=TODAY, site_id=world.van.id, reporter_id=world.alice.id)
    replacement = give(world, world.alice, reversal_id=report.id)
    assert (replacement.supply_type, replacement.refill_reason) == (SupplyType.REFILL, RefillReason.USED_ON_SOMEONE)


def test_a_kit_moved_to_another_person_is_decided_again_from_theirs(world: World) -> None:
    bob = world.run(participants.enrol_participant, category="family_friend", home_site_id=world.van.id)
    give(world, world.alice, LAST_MONTH)
    kit = give(world, bob)
    assert kit.supply_type is SupplyType.NEW
    moved = world.run(edit_dispensing, kit.id, participant_id=world.alice.id)
    assert (moved.supply_type, moved.recipient_category.value) == (SupplyType.REFILL, "at_risk")
    assert problems(world) == []


def test_a_class_kit_to_everyone_counts_only_the_newly_equipped_as_new(world: World) -> None:
    people = [
        world.run(participants.enrol_participant, category="leaving_custody", home_site_id=world.van.id)
        for _ in range(3)
    ]
    give(world, world.alice, EARLIER)
    give(world, people[0], EARLIER)
    class_ = world.run(
        trainings.record_training,
        session_date=LAST_MONTH,
        site_id=world.van.id,
        format="pre_release_class",
        topics=["naloxone_use"],
        attendees=[trainings.Attendee(p.id) for p in (world.alice, *people)],
    )
    kits = world.run(
        dispensing.kits_to_class, class_.id, [world.alice.id, *(p.id for p in people)], product_id=world.nasal.id
    )
    assert [k.supply_type for k in kits] == [SupplyType.REFILL, SupplyType.REFILL, SupplyType.NEW, SupplyType.NEW]
    assert {(k.dispensed_on, k.training_session_id) for k in kits} == {(LAST_MONTH, class_.id)}
    with world.db.session() as s:
        # By hand: two first kits earlier, two of the class; two of the class were refills.
        assert aggregate(s, world.actor, "kits", ["supply_type"]) == {("new",): 4, ("refill",): 2}
    assert problems(world) == []
