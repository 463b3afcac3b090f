"""Training sessions with attendance, and reversal reports."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select

from oend.model import Attendance, Reversal
from oend.model.codes import Outcome, Route
from oend.services import dispensing, participants, reversals, trainings
from tests.support.world import TODAY, World, assert_refused


def test_a_class_with_attendees_is_written_whole(world: World) -> None:
    bob = world.run(participants.enrol_participant, category="leaving_custody", home_site_id=world.prison.id)
    training = world.run(
        trainings.record_training,
        session_date=TODAY,
        site_id=world.prison.id,
        format="pre_release_class",
        topics=["risk_factors", "recognising", "responding", "naloxone_use", "law"],
        trainer_name="R. Diaz",
        attendees=[trainings.Attendee(world.alice.id, pre_score=40, post_score=90), trainings.Attendee(bob.id)],
    )
    with world.db.session() as s:
        rows = s.scalars(select(Attendance).where(Attendance.session_id == training.id)).all()
        assert {r.participant_id for r in rows} == {world.alice.id, bob.id}
    carol = world.run(participants.enrol_participant, category="family_friend", home_site_id=world.van.id)
    world.run(trainings.add_attendees, training.id, [trainings.Attendee(carol.id)])
    assert_refused(world, trainings.add_attendees, {"attendees[1]"}, training.id, [trainings.Attendee(carol.id)])


def test_bad_training_names_every_field_including_the_attendee_row(world: World) -> None:
    refused = assert_refused(
        world,
        trainings.record_training,
        {"session_date", "format", "topics", "attendees[2]", "attendees[3]", "attendees[1].post_score"},
        session_date=TODAY + dt.timedelta(days=1),
        site_id=world.van.id,
        format="webinar",
        topics=["juggling"],
        attendees=[
            trainings.Attendee(world.alice.id, post_score=120),
            trainings.Attendee(uuid.uuid4()),
            trainings.Attendee(world.alice.id),
        ],
    )
    assert refused.for_field("attendees[2]") == ["does not exist"]
    assert_refused(
        world,
        trainings.record_training,
        {"topics"},
        session_date=TODAY,
        site_id=world.van.id,
        format="group",
        topics=[],
    )


def test_a_reversal_needs_only_its_date_and_takes_the_route_from_the_product(world: World) -> None:
    minimal = world.run(reversals.record_reversal, overdose_date=TODAY, site_id=world.van.id)
    assert minimal.outcome is Outcome.UNKNOWN
    full = world.run(
        reversals.record_reversal,
        overdose_date=TODAY - dt.timedelta(days=2),
        overdose_time=dt.time(23, 15),
        site_id=world.van.id,
        reporter_id=world.alice.id,
        product_id=world.nasal.id,
        doses=2,
        outcome="survived",
        substances=["fentanyl", "xylazine"],
        responder_relation="friend",
        setting="private_home",
        called_911=True,
        rescue_breathing=True,
        replacement_offered=True,
    )
    assert full.route is Route.NASAL and full.substances == ["fentanyl", "xylazine"]
    replacement = world.run(
        dispensing.dispense,
        site_id=world.van.id,
        dispensed_on=TODAY,
        supply_type="refill",
        refill_reason="used_on_someone",
        product_id=world.nasal.id,
        participant_id=world.alice.id,
        reversal_id=full.id,
    )
    assert replacement.reversal_id == full.id
    with world.db.session() as s:
        assert len(s.scalars(select(Reversal)).all()) == 2


def test_bad_reversal_is_refused_whole(world: World) -> None:
    assert_refused(
        world,
        reversals.record_reversal,
        {"overdose_date", "doses", "outcome", "called_911", "reporter", "victim_gender", "favourite_colour"},
        overdose_date=None,
        site_id=world.van.id,
        doses=0,
        outcome="resurrected",
        called_911="maybe",
        reporter_id=uuid.uuid4(),
        victim_gender="robot",
        favourite_colour="blue",
    )


def test_a_reversal_cannot_have_happened_later_than_now(world: World) -> None:
    """Neither tomorrow nor later today: a report is of something that has already happened."""
    assert_refused(
        world,
        reversals.record_reversal,
        {"overdose_date"},
        overdose_date=TODAY + dt.timedelta(days=1),
        site_id=world.van.id,
    )
    in_an_hour = (dt.datetime.now() + dt.timedelta(hours=1)).replace(second=0, microsecond=0)
    if in_an_hour.date() == TODAY:  # after 23:00 an hour from now is tomorrow, refused above
        assert_refused(
            world,
            reversals.record_reversal,
            {"overdose_time"},
            overdose_date=TODAY,
            overdose_time=in_an_hour.time(),
            site_id=world.van.id,
        )
    an_hour_ago = dt.datetime.now() - dt.timedelta(hours=1)
    world.run(
        reversals.record_reversal,
        overdose_date=an_hour_ago.date(),
        overdose_time=an_hour_ago.time().replace(second=0, microsecond=0),
        site_id=world.van.id,
    )
