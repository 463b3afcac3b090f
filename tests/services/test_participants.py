"""Enrolling, editing and merging participants."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select

from oend.core.participant_codes import SCHEMES
from oend.model import Attendance, AuditEvent, Dispensing, Participant
from oend.model.codes import AuditAction
from oend.services import dispensing, participants, trainings
from tests.support.world import TODAY, World, assert_refused


def test_enrol_generates_a_code_in_the_program_scheme(world: World) -> None:
    person = world.run(
        participants.enrol_participant,
        category="family_friend",
        first_name="José",
        last_name="Ñúñez",
        birth_year=1990,
        gender="man",
        home_site_id=world.van.id,
    )
    assert person.code == "JONU1990M"
    again = world.run(
        participants.enrol_participant,
        category="family_friend",
        first_name="Joaquin",
        last_name="Nuno",
        birth_year=1990,
        gender="man",
        home_site_id=world.van.id,
    )
    assert again.code == "JONU1990M-2"
    with world.db.session() as s:
        created = s.scalars(select(AuditEvent).where(AuditEvent.entity_id == person.id)).one()
        assert created.action is AuditAction.CREATE and created.after["code"] == "JONU1990M"


def test_enrol_needs_only_a_category(world: World) -> None:
    person = world.run(participants.enrol_participant, category="at_risk", home_site_id=world.van.id)
    assert SCHEMES["client_code"].pattern.fullmatch(person.code)


def test_enrol_refuses_every_bad_field_at_once_and_writes_nothing(world: World) -> None:
    refused = assert_refused(
        world,
        participants.enrol_participant,
        {"code", "category", "date_of_birth", "gender", "zip_code", "substances", "home_site_id"},
        code="!!",
        category=None,
        date_of_birth=TODAY + dt.timedelta(days=1),
        gender="martian",
        zip_code="<script>",
        substances=["heroin", "moonrocks"],
        home_site_id=uuid.uuid4(),
    )
    assert "cannot be in the future" in refused.for_field("date_of_birth")[0]
    assert "is required" in refused.for_field("category")[0]


def test_a_taken_code_is_refused(world: World) -> None:
    assert_refused(
        world,
        participants.enrol_participant,
        {"code"},
        code=world.alice.code.lower(),
        category="at_risk",
        home_site_id=world.van.id,
    )


def test_update_records_before_and_after(world: World) -> None:
    world.run(participants.update_participant, world.alice.id, zip_code="02118", county="Suffolk")
    with world.db.session() as s:
        event = s.scalars(
            select(AuditEvent).where(AuditEvent.entity_id == world.alice.id, AuditEvent.action == AuditAction.UPDATE)
        ).one()
        assert event.before == {"zip_code": None, "county": None}
        assert event.after == {"zip_code": "02118", "county": "Suffolk"}


def test_update_refuses_unknown_fields_and_bad_values(world: World) -> None:
    assert_refused(
        world,
        participants.update_participant,
        {"code_name", "birth_year"},
        world.alice.id,
        code_name="x",
        birth_year=1700,
    )
    assert_refused(world, participants.update_participant, {"participant"}, uuid.uuid4(), county="X")


def test_merge_moves_history_and_counts_a_shared_session_once(world: World) -> None:
    twin = world.run(
        participants.enrol_participant,
        category="at_risk",
        first_name="Alice",
        last_name="Moreno",
        zip_code="02118",
        home_site_id=world.van.id,
    )
    both = [trainings.Attendee(world.alice.id), trainings.Attendee(twin.id)]
    session_ = world.run(
        trainings.record_training,
        session_date=TODAY,
        site_id=world.van.id,
        format="group",
        topics=["responding"],
        attendees=both,
    )
    world.run(
        dispensing.dispense,
        site_id=world.van.id,
        dispensed_on=TODAY,
        supply_type="new",
        product_id=world.nasal.id,
        participant_id=twin.id,
    )
    kept = world.run(participants.merge_participants, world.alice.id, twin.id)
    assert kept.zip_code == "02118"
    with world.db.session() as s:
        live = s.scalars(
            select(Attendance).where(Attendance.session_id == session_.id, Attendance.deleted.is_(False))
        ).all()
        assert [a.participant_id for a in live] == [world.alice.id]
        assert s.scalars(select(Dispensing.participant_id)).all() == [world.alice.id]
        assert s.get(Participant, twin.id).merged_into_id == world.alice.id
    assert_refused(world, participants.merge_participants, {"duplicate"}, world.alice.id, twin.id)
    assert_refused(world, participants.merge_participants, {"duplicate"}, world.alice.id, world.alice.id)
