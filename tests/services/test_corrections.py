"""Edits and voids of every kind of record: stock follows, refusals change nothing, one audit event each."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from oend.core.actor import Actor
from oend.db import Database
from oend.errors import PermissionDenied, StaleRecord, ValidationError
from oend.model import Attendance, AuditEvent, Dispensing, Participant, Reversal, StockMovement, TrainingSession
from oend.model.base import Synced
from oend.model.codes import AuditAction, Outcome, Role
from oend.queries.activity import attendees
from oend.queries.participants import search_participants
from oend.queries.stock import lot_on_hand, stock_levels
from oend.services import dispensing, participants, program_settings, reversals, stock, trainings
from oend.services.dispensing_corrections import edit_dispensing, void_dispensing
from oend.services.reversal_corrections import edit_reversal, void_reversal
from oend.services.stock_corrections import edit_receipt, edit_transfer, edit_write_off, void_movement
from oend.services.training_corrections import edit_training, remove_attendee, void_training
from tests.support.staff import staff
from tests.support.world import LAST_MONTH, TODAY, World, build_world, row_counts

TOPICS = ["recognising", "naloxone_use"]


@pytest.fixture
def world(db: Database, actor: Actor) -> World:
    return build_world(db, actor)


def on_hand(world: World, site_id: uuid.UUID) -> int:
    with world.db.session() as s:
        return lot_on_hand(s, site_id, world.lot.id)


def stored(world: World, model: type[Synced], record_id: uuid.UUID) -> dict[str, Any]:
    with world.db.session() as s:
        row = s.get(model, record_id)
        assert row is not None
        return {c.key: getattr(row, c.key) for c in row.__mapper__.column_attrs}


def events(world: World, entity: str, entity_id: uuid.UUID) -> list[AuditEvent]:
    with world.db.session() as s:
        stmt = select(AuditEvent).where(AuditEvent.entity == entity, AuditEvent.entity_id == entity_id)
        return list(s.scalars(stmt.order_by(AuditEvent.at, AuditEvent.id)))


def refused(
    world: World,
    error: type[Exception],
    model: type[Synced],
    record_id: uuid.UUID,
    action: Callable[..., Any],
    *args: Any,
    **kwargs: Any,
) -> Exception:
    """The correction is refused and nothing at all changed: not the record, not a row anywhere."""
    record, counts = stored(world, model, record_id), row_counts(world.db)
    with pytest.raises(error) as caught:
        world.run(action, *args, **kwargs)
    assert stored(world, model, record_id) == record
    assert row_counts(world.db) == counts
    return caught.value


def give(world: World, quantity: int = 1, **extra: Any) -> Dispensing:
    values = {"site_id": world.van.id, "dispensed_on": TODAY, "product_id": world.nasal.id} | extra
    if "participant_id" not in values and "recipient_category" not in values:
        values["participant_id"] = world.alice.id
    return world.run(dispensing.dispense, quantity=quantity, **values)


def test_a_dispensing_edit_moves_its_kits_and_keeps_one_event_with_before_and_after(world: World) -> None:
    kit = give(world, 2)
    world.run(stock.receive_stock, **receipt(world, world.prison.id, 5))
    assert on_hand(world, world.van.id) == 38
    world.run(edit_dispensing, kit.id, site_id=world.prison.id, quantity=1, dispensed_on=LAST_MONTH)
    assert (on_hand(world, world.van.id), on_hand(world, world.prison.id)) == (40, 4)
    create, update = events(world, "dispensing", kit.id)
    assert (create.action, update.action) == (AuditAction.CREATE, AuditAction.UPDATE)
    assert update.before["quantity"] == 2 and update.after["quantity"] == 1
    assert update.before["site_id"] == str(world.van.id) and update.after["site_id"] == str(world.prison.id)
    assert update.after["supply_source"] == "prison_release", "the new site's own source"
    assert update.after["dispensed_on"] == LAST_MONTH.isoformat()


def test_a_dispensing_edit_that_would_take_a_site_below_zero_is_refused_naming_the_lot(world: World) -> None:
    kit = give(world)
    error = refused(world, ValidationError, Dispensing, kit.id, edit_dispensing, kit.id, site_id=world.prison.id)
    assert error.for_field("quantity") == ["lot A100 at HOC would fall below zero: 0 kit(s) in stock, this takes 1"]
    refused(world, ValidationError, Dispensing, kit.id, edit_dispensing, kit.id, colour="blue")
    refused(world, ValidationError, Dispensing, kit.id, edit_dispensing, kit.id, quantity=0)
    refused(world, ValidationError, Dispensing, kit.id, edit_dispensing, kit.id, supply_type="refill")


def test_a_voided_dispensing_gives_its_kits_back_and_cannot_be_corrected_again(world: World) -> None:
    kit = give(world, 2)
    refused(world, ValidationError, Dispensing, kit.id, void_dispensing, kit.id, reason="  ")
    world.run(void_dispensing, kit.id, reason="entered twice")
    assert on_hand(world, world.van.id) == 40
    row = stored(world, Dispensing, kit.id)
    assert row["deleted"] and row["void_reason"] == "entered twice" and row["voided_at"] is not None
    [_, void] = events(world, "dispensing", kit.id)
    assert void.action is AuditAction.DELETE and void.detail == "voided: entered twice"
    assert void.before["quantity"] == 2 and void.before["deleted"] is False, "the record as it was, whole"
    assert void.after == {"deleted": True, "void_reason": "entered twice", "voided_at": void.after["voided_at"]}
    error = refused(world, ValidationError, Dispensing, kit.id, edit_dispensing, kit.id, quantity=1)
    assert error.for_field("dispensing") == ["was voided; a void record cannot be corrected"]


def receipt(world: World, site_id: uuid.UUID, quantity: int, number: str = "A100") -> dict[str, Any]:
    expiry = world.lot.expiry_date if number == "A100" else TODAY + dt.timedelta(days=400)
    return {
        "site_id": site_id,
        "product_id": world.nasal.id,
        "lot_number": number,
        "expiry_date": expiry,
        "quantity": quantity,
        "received_on": TODAY,
    }


def test_a_receipt_is_corrected_in_quantity_site_and_lot_and_voided_only_while_its_kits_are_there(
    world: World,
) -> None:
    shipment = world.run(stock.receive_stock, **receipt(world, world.van.id, 10, "B7"))
    world.run(edit_receipt, shipment.id, quantity=12, site_id=world.prison.id, lot_number="B8")
    with world.db.session() as s:
        levels = {(lv.site_code, lv.lot_number): lv.on_hand for lv in stock_levels(s, world.actor)}
    assert levels == {("VAN1", "A100"): 40, ("HOC", "B8"): 12}, "the lot of this receipt alone is renamed"
    [_, update] = events(world, "stock_movement", shipment.id)
    assert update.before[str(shipment.id)] == {"quantity": 10, "site_id": str(world.van.id)}
    assert update.after[str(shipment.lot_id)] == {"lot_number": "B8"}
    first = stored(world, StockMovement, world_receipt_id(world))["id"]
    give(world, 35, recipient_category="community_member", supply_type="new")  # an event's kits: 5 left at the van
    error = refused(world, ValidationError, StockMovement, first, edit_receipt, first, quantity=30)
    assert error.for_field("quantity") == ["lot A100 at VAN1 would fall below zero: 5 kit(s) in stock, this takes 10"]
    refused(world, ValidationError, StockMovement, first, void_movement, first, reason="never came")
    world.run(edit_receipt, first, quantity=35)
    assert on_hand(world, world.van.id) == 0
    world.run(void_movement, shipment.id, reason="sent back unopened")
    with world.db.session() as s:
        assert stock_levels(s, world.actor) == []


def world_receipt_id(world: World) -> uuid.UUID:
    with world.db.session() as s:
        return s.scalars(select(StockMovement.id).where(StockMovement.lot_id == world.lot.id)).one()


def test_a_transfer_is_corrected_and_voided_both_legs_together(world: World) -> None:
    moved = world.run(
        stock.transfer_stock,
        from_site_id=world.van.id,
        to_site_id=world.prison.id,
        lot_id=world.lot.id,
        quantity=5,
        moved_on=TODAY,
    )
    world.run(edit_transfer, moved.id, quantity=8)
    assert (on_hand(world, world.van.id), on_hand(world, world.prison.id)) == (32, 8)
    [_, update] = events(world, "stock_movement", moved.id)  # the incoming leg's event is the outgoing leg's too
    assert {leg["quantity"] for leg in update.after.values()} == {-8, 8}
    give(world, 1, site_id=world.prison.id, recipient_category="leaving_custody", supply_type="new")
    error = refused(world, ValidationError, StockMovement, moved.id, void_movement, moved.id, reason="no")
    assert error.for_field("movement") == ["lot A100 at HOC would fall below zero: 7 kit(s) in stock, this takes 8"]
    refused(world, ValidationError, StockMovement, moved.id, edit_transfer, moved.id, to_site_id=world.van.id)
    world.run(edit_transfer, moved.id, quantity=1)
    world.run(void_dispensing, give_id_at(world, world.prison.id), reason="wrong site")
    world.run(void_movement, moved.id, reason="the van kept them")
    assert (on_hand(world, world.van.id), on_hand(world, world.prison.id)) == (40, 0)
    with world.db.session() as s:
        legs = s.scalars(select(StockMovement).where(StockMovement.transfer_id.is_not(None))).all()
    assert len(legs) == 2 and all(leg.deleted and leg.void_reason == "the van kept them" for leg in legs)


def give_id_at(world: World, site_id: uuid.UUID) -> uuid.UUID:
    with world.db.session() as s:
        return s.scalars(select(Dispensing.id).where(Dispensing.site_id == site_id)).one()


def test_a_write_off_is_corrected_and_voided(world: World) -> None:
    loss = world.run(
        stock.write_off_stock,
        site_id=world.van.id,
        lot_id=world.lot.id,
        quantity=4,
        reason="damaged",
        written_off_on=TODAY,
    )
    world.run(edit_write_off, loss.id, quantity=6, reason="expired")
    assert on_hand(world, world.van.id) == 34
    refused(world, ValidationError, StockMovement, loss.id, edit_write_off, loss.id, reason="other")
    refused(world, ValidationError, StockMovement, loss.id, edit_write_off, loss.id, quantity=41)
    refused(world, ValidationError, StockMovement, loss.id, edit_receipt, loss.id, quantity=1)
    world.run(void_movement, loss.id, reason="found the box")
    assert on_hand(world, world.van.id) == 40


def report(world: World, **extra: Any) -> Reversal:
    return world.run(
        reversals.record_reversal, overdose_date=LAST_MONTH, site_id=world.van.id, reporter_id=world.alice.id, **extra
    )


def test_every_field_of_a_reversal_is_corrected_and_a_report_voided(world: World) -> None:
    done = report(world, outcome="unknown", called_911=False)
    changes = {
        "overdose_date": LAST_MONTH - dt.timedelta(days=1),
        "overdose_time": dt.time(23, 15),
        "site_id": world.prison.id,
        "reporter_id": None,
        "product_id": world.nasal.id,
        "doses": 2,
        "outcome": "survived",
        "substances": ["fentanyl"],
        "zip_code": "02118",
        "county": "Suffolk",
        "notes": "told at the refill",
        "fentanyl_suspected": True,
        "conscious_before_naloxone": False,
        "rescue_breathing": True,
        "stayed_with_person": True,
        "called_911": True,
        "ems_arrived": True,
        "transported": False,
        "linked_to_care": True,
        "replacement_offered": True,
        "setting": "private_home",
        "responder_relation": "friend",
        "victim_age_band": "25_34",
        "victim_gender": "man",
        "victim_race": "white",
        "victim_ethnicity": "not_hispanic_latino",
    }
    world.run(edit_reversal, done.id, **changes)
    row = stored(world, Reversal, done.id)
    assert row["outcome"] is Outcome.SURVIVED and row["route"].value == "nasal", "the product's route"
    assert {name: getattr(row[name], "value", row[name]) for name in changes} == changes
    [_, update] = events(world, "reversal", done.id)
    assert update.before["outcome"] == "unknown" and update.after["outcome"] == "survived"
    refused(world, ValidationError, Reversal, done.id, edit_reversal, done.id, doses=99)
    world.run(void_reversal, done.id, reason="the same overdose reported by her partner")
    assert stored(world, Reversal, done.id)["deleted"]


def test_a_report_with_a_replacement_kit_is_voided_only_after_the_kit(world: World) -> None:
    done = report(world)
    kit = give(world, reversal_id=done.id)
    error = refused(world, ValidationError, Reversal, done.id, void_reversal, done.id, reason="twice")
    assert "1 replacement kit hand-over(s) are linked" in error.for_field("reversal")[0]
    world.run(edit_dispensing, kit.id, reversal_id=None)
    world.run(void_reversal, done.id, reason="twice")


def session_of(world: World, *people: Participant) -> TrainingSession:
    return world.run(
        trainings.record_training,
        session_date=LAST_MONTH,
        site_id=world.van.id,
        format="group",
        topics=TOPICS,
        attendees=[trainings.Attendee(p.id) for p in people],
    )


def test_a_session_is_corrected_an_attendee_removed_and_a_session_recorded_twice_voided(world: World) -> None:
    bob = world.run(participants.enrol_participant, category="family_friend", home_site_id=world.van.id)
    twice = session_of(world, world.alice, bob)
    world.run(edit_training, twice.id, format="individual", topics=["law"], session_date=LAST_MONTH - dt.timedelta(1))
    row = stored(world, TrainingSession, twice.id)
    assert (row["format"].value, row["topics"]) == ("individual", ["law"])
    refused(world, ValidationError, TrainingSession, twice.id, edit_training, twice.id, topics=[])
    world.run(remove_attendee, twice.id, bob.id, reason="was not there")
    with world.db.session() as s:
        assert [row.participant_id for row in attendees(s, world.actor, twice.id)] == [world.alice.id]
    kit = give(world, training_session_id=twice.id)
    error = refused(world, ValidationError, TrainingSession, twice.id, void_training, twice.id, reason="twice")
    assert "1 kit hand-over(s) are linked" in error.for_field("training_session")[0]
    kept = session_of(world, world.alice)
    world.run(edit_dispensing, kit.id, training_session_id=kept.id)
    world.run(void_training, twice.id, reason="recorded twice")
    with world.db.session() as s:
        voided = s.scalars(select(Attendance).where(Attendance.session_id == twice.id)).all()
        assert all(a.deleted for a in voided) and {a.void_reason for a in voided} == {"was not there", "recorded twice"}
        assert [r.id for r in trainings.list_sessions(s, world.actor)] == [kept.id]
    [*_, void] = events(world, "training_session", twice.id)
    assert void.action is AuditAction.DELETE and set(void.after) == {
        str(twice.id),
        *(str(a.id) for a in voided if a.void_reason == "recorded twice"),
    }


def test_a_participant_is_voided_only_without_events_and_leaves_every_list(world: World) -> None:
    give(world)
    error = refused(
        world, ValidationError, Participant, world.alice.id, participants.void_participant, world.alice.id, reason="x"
    )
    assert error.for_field("participant") == [
        f"{world.alice.code} has kits on record: void those first, or merge a duplicate into the record kept"
    ]
    typo = world.run(participants.enrol_participant, category="at_risk", home_site_id=world.van.id)
    world.run(participants.void_participant, typo.id, reason="enrolled by mistake")
    with world.db.session() as s:
        assert [r.code for r in search_participants(s, world.actor, "")] == [world.alice.code]


def test_an_edit_opened_before_someone_else_saved_is_refused(world: World) -> None:
    kit = give(world, 1)
    opened_at = kit.version
    world.run(edit_dispensing, kit.id, expected_version=opened_at, quantity=2)
    with pytest.raises(StaleRecord):
        world.run(edit_dispensing, kit.id, expected_version=opened_at, quantity=3)
    with world.db.session() as s:
        assert s.get(Dispensing, kit.id).quantity == 2, "the later save is kept, the stale one refused"


def test_roles_decide_who_may_correct_what(world: World) -> None:
    sam = staff(world, "sam", Role.OUTREACH_WORKER, world.van)
    ria = staff(world, "ria", Role.OUTREACH_WORKER, world.van)
    lee = staff(world, "lee", Role.SITE_LEAD, world.van)
    pat = staff(world, "pat", Role.SITE_LEAD, world.prison)
    coordinator = staff(world, "cora", Role.COORDINATOR)
    world.actor = sam
    own = give(world)
    world.run(edit_dispensing, own.id, quantity=2)
    world.actor = ria
    error = refused(world, PermissionDenied, Dispensing, own.id, edit_dispensing, own.id, quantity=1)
    assert str(error) == "ria (outreach_worker) may correct only their own entries; ask a site lead or coordinator"
    refused(world, PermissionDenied, Dispensing, own.id, void_dispensing, own.id, reason="mine now")
    world.actor = pat
    error = refused(world, PermissionDenied, Dispensing, own.id, void_dispensing, own.id, reason="no")
    assert str(error) == "pat (site_lead) may correct only entries at their own sites"
    world.actor = lee
    world.run(edit_dispensing, own.id, quantity=1)
    with world.db.transaction() as s:  # the entry was made eight days ago
        s.get(Dispensing, own.id).created_at -= dt.timedelta(days=8)
    world.actor = sam
    error = refused(world, PermissionDenied, Dispensing, own.id, edit_dispensing, own.id, quantity=2)
    assert "within 7 days of making it" in str(error)
    world.actor = coordinator
    world.run(program_settings.change_settings, {"correction_days": 10})
    world.actor = sam
    world.run(edit_dispensing, own.id, quantity=2)
    world.actor = coordinator
    world.run(void_dispensing, own.id, reason="a test kit")
    assert [e.username for e in events(world, "dispensing", own.id)] == ["sam", "sam", "lee", "sam", "cora"]
