"""The linkage measures equal the counts worked out by hand from a small known program."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select

from oend.model import FollowUp
from oend.queries import linkage
from oend.queries import linkage_measures as measures
from oend.queries.linkage_measures import Share
from oend.services import follow_ups, participants, providers, referrals, reversals
from oend.services.referral_corrections import void_referral
from tests.support.world import TODAY, World

START, END = TODAY - dt.timedelta(days=60), TODAY


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def person(world: World, **given: object) -> uuid.UUID:
    values: dict[str, object] = {"category": "at_risk", "home_site_id": world.van.id}
    return world.run(participants.enrol_participant, **(values | given)).id


def refer(world: World, days_ago: int, kind: str, **given: object) -> uuid.UUID:
    values = {"site_id": world.van.id, "referred_on": ago(days_ago), "kind": kind}
    return world.run(referrals.record_referral, **(values | given)).id


def first_follow_up(world: World, **owner: uuid.UUID) -> uuid.UUID:
    with world.db.session() as s:
        column = FollowUp.referral_id if "referral" in owner else FollowUp.participant_id
        return s.scalars(
            select(FollowUp.id).where(column == next(iter(owner.values()))).order_by(FollowUp.due_on)
        ).first()


def done(world: World, follow_up: uuid.UUID, on: dt.date, contact: bool = True) -> None:
    world.run(follow_ups.record_follow_up, follow_up, done_on=on, contact_made=contact)


def test_referral_measures_count_people_once_and_leave_out_voids_and_other_periods(world: World) -> None:
    clinic = world.run(providers.add_provider, name="Harbor Clinic")
    bob, carol, dan, eve = (person(world) for _ in range(4))
    alice_ref = refer(world, 20, "moud_buprenorphine", participant_id=world.alice.id, provider_id=clinic.id)
    world.run(referrals.record_outcome, alice_ref, outcome="connected", outcome_on=ago(15))  # 5 days
    refer(world, 10, "housing", participant_id=bob)
    bob_peer = refer(world, 8, "peer_recovery", participant_id=bob)
    world.run(referrals.record_outcome, bob_peer, outcome="connected", outcome_on=ago(5))  # 3 days
    refer(world, 3, "syringe_services")  # someone not enrolled: counted by kind only
    voided = refer(world, 2, "housing", participant_id=carol)
    world.run(void_referral, voided, reason="entered twice")
    world.run(
        referrals.record_outcome,
        refer(world, 4, "other_treatment", participant_id=dan),
        outcome="not_yet",
        outcome_on=ago(1),
    )
    old = refer(world, 100, "mental_health", participant_id=eve)
    world.run(referrals.record_outcome, old, outcome="connected", outcome_on=ago(90))

    with world.db.session() as s:
        a = world.actor
        assert measures.referrals_by_kind_and_provider(s, a, START, END) == {
            ("moud_buprenorphine", "Harbor Clinic"): 1,
            ("housing", None): 1,
            ("peer_recovery", None): 1,
            ("syringe_services", None): 1,
            ("other_treatment", None): 1,
        }
        assert measures.people_referred(s, a, START, END) == 3  # alice, bob (twice), dan
        assert measures.people_connected(s, a, START, END) == Share(2, 3)
        assert measures.median_days_to_connection(s, a, START, END) == 4  # of 5 and 3 days
        assert measures.people_referred(s, a, START, END, [world.prison.id]) == 0
        assert measures.median_days_to_connection(s, a, START, END, [world.prison.id]) is None
        assert Share(0, 0).percent is None and Share(2, 3).percent == 200 / 3


def test_follow_ups_within_7_and_30_days_of_an_overdose_and_of_a_release(world: World) -> None:
    def survivor(days_ago: int, outcome: str = "survived") -> uuid.UUID:
        return world.run(
            reversals.record_reversal, overdose_date=ago(days_ago), site_id=world.van.id, outcome=outcome
        ).id

    def referral_from(report: uuid.UUID, days_ago: int) -> uuid.UUID:
        return refer(
            world, days_ago, "peer_recovery", source_kind="reversal", source_id=report, consent_to_follow_up=True
        )

    reached_in_a_week, reached_in_a_month, contact_failed = (survivor(d) for d in (20, 40, 15))
    survivor(10)  # never referred
    survivor(12, "died")
    done(world, first_follow_up(world, referral=referral_from(reached_in_a_week, 19)), ago(14))  # day 6
    done(world, first_follow_up(world, referral=referral_from(reached_in_a_month, 40)), ago(20))  # day 20
    done(world, first_follow_up(world, referral=referral_from(contact_failed, 15)), ago(10), contact=False)

    def released(days_ago: int) -> uuid.UUID:
        return person(world, category="leaving_custody", home_site_id=world.prison.id, released_on=ago(days_ago))

    first, second, third = released(30), released(40), released(10)
    for someone in (first, second, third):
        world.run(referrals.schedule_release_follow_ups, someone)
    done(world, first_follow_up(world, participant=first), ago(23))  # day 7
    done(world, first_follow_up(world, participant=second), ago(15))  # day 25

    with world.db.session() as s:
        a = world.actor
        assert measures.survivors_followed_up(s, a, START, END) == {7: Share(1, 4), 30: Share(2, 4)}
        assert measures.released_followed_up(s, a, START, END) == {7: Share(1, 3), 30: Share(2, 3)}
        assert measures.released_followed_up(s, a, START, END, [world.van.id]) == {7: Share(0, 0), 30: Share(0, 0)}


def test_follow_ups_due_are_counted_up_to_a_cap_and_listed_longest_overdue_first(world: World) -> None:
    owners = [
        refer(world, days, "housing", participant_id=person(world), consent_to_follow_up=True) for days in (95, 40)
    ]
    closed = refer(world, 200, "housing", participant_id=person(world), consent_to_follow_up=True)
    world.run(referrals.close_referral, closed)
    with world.db.session() as s:
        due = linkage.follow_ups_due(s, world.actor, TODAY, None)
        # due 7, 30 and 90 days after the first referral (88, 65 and 5 days ago), 7 and 30 after the second
        assert [f.referral_id for f in due] == [owners[0], owners[0], owners[1], owners[1], owners[0]]
        assert [f.due_on for f in due] == [ago(88), ago(65), ago(33), ago(10), ago(5)]
        assert linkage.count_follow_ups_due(s, world.actor, TODAY, None) == 5  # none of the closed referral
        assert linkage.count_follow_ups_due(s, world.actor, TODAY, None, cap=2) == 2
