"""Referrals, follow-ups and providers: validation naming each field, site scope and roles, corrections and
voids, and the program that keeps counts only."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import select

from oend.errors import PermissionDenied, StaleRecord, ValidationError
from oend.model import AuditEvent, FollowUp, Referral
from oend.model.codes import AuditAction, ReferralOutcome, Role
from oend.services import dispensing, follow_ups, participants, program_settings, providers, referrals
from oend.services.referral_corrections import edit_referral, void_follow_up, void_referral
from tests.support.staff import staff
from tests.support.world import TODAY, World, assert_refused

WEEK_AGO = TODAY - dt.timedelta(days=7)


def follow_ups_of(world: World, referral_id: uuid.UUID) -> list[FollowUp]:
    with world.db.session() as s:
        stmt = select(FollowUp).where(FollowUp.referral_id == referral_id).order_by(FollowUp.due_on)
        return list(s.scalars(stmt))


def refer(world: World, **given: object) -> Referral:
    values: dict[str, object] = {"site_id": world.van.id, "referred_on": WEEK_AGO, "kind": "moud_buprenorphine"}
    return world.run(referrals.record_referral, **(values | given))


def test_a_referral_with_consent_falls_due_at_the_programs_offsets(world: World) -> None:
    clinic = world.run(providers.add_provider, name="Harbor Clinic", kind="moud_buprenorphine")
    referral = refer(world, participant_id=world.alice.id, provider_id=clinic.id, consent_to_follow_up=True)
    assert [f.due_on for f in follow_ups_of(world, referral.id)] == [
        WEEK_AGO + dt.timedelta(days=d) for d in (7, 30, 90)
    ]
    assert {f.participant_id for f in follow_ups_of(world, referral.id)} == {world.alice.id}
    world.run(program_settings.change_settings, {"follow_up_days": "3, 14"})
    again = refer(world, participant_id=world.alice.id, consent_to_follow_up=True)
    assert [f.due_on for f in follow_ups_of(world, again.id)] == [WEEK_AGO + dt.timedelta(days=d) for d in (3, 14)]
    assert follow_ups_of(world, refer(world, participant_id=world.alice.id).id) == [], "no consent, no follow-up"
    assert_refused(world, program_settings.change_settings, {"follow_up_days"}, {"follow_up_days": "7,x"})
    assert_refused(world, program_settings.change_settings, {"follow_up_days"}, {"follow_up_days": "0,30"})


def test_a_referral_from_a_kit_names_the_person_the_kit_went_to(world: World) -> None:
    kit = world.run(
        dispensing.dispense,
        site_id=world.van.id,
        dispensed_on=TODAY,
        participant_id=world.alice.id,
        lot_id=world.lot.id,
    )
    referral = refer(world, kind="peer_recovery", source_kind="dispensing", source_id=kit.id, referred_on=TODAY)
    assert referral.participant_id == world.alice.id
    bob = world.run(participants.enrol_participant, category="at_risk", home_site_id=world.van.id)
    assert_refused(
        world,
        referrals.record_referral,
        {"participant"},
        site_id=world.van.id,
        referred_on=TODAY,
        kind="housing",
        participant_id=bob.id,
        source_kind="dispensing",
        source_id=kit.id,
    )


def test_a_bad_referral_names_every_field(world: World) -> None:
    retired = world.run(providers.add_provider, name="Old Clinic")
    world.run(providers.retire_provider, retired.id)
    assert_refused(
        world,
        referrals.record_referral,
        {"site", "referred_on", "kind", "provider", "source", "warm_handoff"},
        site_id=None,
        referred_on=TODAY + dt.timedelta(days=1),
        kind="astrology",
        provider_id=retired.id,
        source_kind="reversal",
        source_id=uuid.uuid4(),
        warm_handoff="maybe",
    )
    assert_refused(world, providers.add_provider, {"name"}, name="old clinic")


def test_counts_only_keeps_no_person_provider_or_follow_up(world: World) -> None:
    clinic = world.run(providers.add_provider, name="Harbor Clinic")
    world.run(program_settings.change_settings, {"referral_counts_only": "yes"})
    referral = refer(
        world, participant_id=world.alice.id, provider_id=clinic.id, consent_to_follow_up=True, notes="Alice, cell 12"
    )
    assert (referral.participant_id, referral.provider_id, referral.notes) == (None, None, None)
    assert (referral.kind, referral.consent_to_follow_up) == ("moud_buprenorphine", False)
    assert follow_ups_of(world, referral.id) == []
    assert_refused(world, program_settings.change_settings, {"referral_counts_only"}, {"referral_counts_only": "?"})


def test_a_follow_up_that_finds_the_person_connected_says_so_on_the_referral(world: World) -> None:
    referral = refer(world, participant_id=world.alice.id, consent_to_follow_up=True, referred_on=WEEK_AGO)
    first = follow_ups_of(world, referral.id)[0]
    assert_refused(
        world,
        follow_ups.record_follow_up,
        {"connected", "done_on"},
        first.id,
        done_on=TODAY + dt.timedelta(days=1),
        contact_made=False,
        connected=True,
    )
    world.run(
        follow_ups.record_follow_up, first.id, done_on=TODAY, contact_made=True, connected=True, notes="at clinic"
    )
    with world.db.session() as s:
        stored = s.get(Referral, referral.id)
        assert (stored.outcome, stored.outcome_on) == (ReferralOutcome.CONNECTED, TODAY)
    assert_refused(world, follow_ups.record_follow_up, {"follow_up"}, first.id, done_on=TODAY, contact_made=True)
    world.run(referrals.close_referral, referral.id)
    assert_refused(world, referrals.close_referral, {"referral"}, referral.id)
    world.run(referrals.record_outcome, referral.id, outcome="lost_to_contact", outcome_on=TODAY)
    assert_refused(
        world, referrals.record_outcome, {"outcome", "outcome_on"}, referral.id, outcome="gone", outcome_on=None
    )


def test_release_follow_ups_are_scheduled_once_from_the_release_date(world: World) -> None:
    bob = world.run(
        participants.enrol_participant, category="leaving_custody", home_site_id=world.prison.id, released_on=WEEK_AGO
    )
    rows = world.run(referrals.schedule_release_follow_ups, bob.id)
    assert [(r.due_on, r.site_id, r.referral_id) for r in rows] == [
        (WEEK_AGO + dt.timedelta(days=d), world.prison.id, None) for d in (7, 30, 90)
    ]
    assert_refused(world, referrals.schedule_release_follow_ups, {"released_on"}, bob.id)


def test_site_scope_roles_and_corrections(world: World) -> None:
    sam = staff(world, "sam", Role.OUTREACH_WORKER, world.van)
    ria = staff(world, "ria", Role.OUTREACH_WORKER, world.van)
    pat = staff(world, "pat", Role.OUTREACH_WORKER, world.prison)
    world.actor = pat
    assert_refused(world, referrals.record_referral, {"site"}, site_id=world.van.id, referred_on=TODAY, kind="housing")
    world.actor = sam
    referral = refer(world, participant_id=world.alice.id, consent_to_follow_up=True)
    world.actor = pat
    due = follow_ups_of(world, referral.id)[0]
    assert_refused(world, follow_ups.record_follow_up, {"follow_up"}, due.id, done_on=TODAY, contact_made=True)
    assert_refused(world, referrals.view_referral, {"referral"}, referral.id)
    world.actor = ria  # anyone at the site records what happened next; only its maker corrects it
    world.run(follow_ups.record_follow_up, due.id, done_on=TODAY, contact_made=False)
    with pytest.raises(PermissionDenied):
        world.run(edit_referral, referral.id, kind="housing")
    world.run(referrals.view_referral, referral.id)
    world.actor = sam
    with pytest.raises(StaleRecord):
        world.run(edit_referral, referral.id, expected_version=referral.version - 1, kind="housing")
    edited = world.run(edit_referral, referral.id, kind="housing", warm_handoff=True)
    assert (edited.kind, edited.warm_handoff) == ("housing", True)
    with pytest.raises(ValidationError) as bad:
        world.run(edit_referral, referral.id, kind="astrology", colour="red")
    assert bad.value.fields == {"kind", "colour"}
    world.run(void_follow_up, follow_ups_of(world, referral.id)[1].id, reason="asked not to be called")
    world.run(void_referral, referral.id, reason="recorded twice")
    assert all(f.deleted for f in follow_ups_of(world, referral.id))
    with world.db.session() as s:
        done = s.scalars(select(AuditEvent).where(AuditEvent.entity == "referral", AuditEvent.entity_id == referral.id))
        assert [(e.action, e.username) for e in done] == [
            (AuditAction.CREATE, "sam"),
            (AuditAction.VIEW, "ria"),
            (AuditAction.UPDATE, "sam"),
            (AuditAction.DELETE, "sam"),
        ]


def test_providers_are_kept_like_partners(world: World) -> None:
    clinic = world.run(providers.add_provider, name="Harbor Clinic", kind="moud_methadone", region="North")
    world.run(providers.edit_provider, clinic.id, name="Harbor Methadone Clinic")
    world.run(providers.retire_provider, clinic.id)
    with world.db.session() as s:
        assert [(p.name, p.active) for p in providers.list_providers(s, world.actor)] == [
            ("Harbor Methadone Clinic", False)
        ]
    sam = staff(world, "sam", Role.OUTREACH_WORKER, world.van)
    world.actor = sam
    with pytest.raises(PermissionDenied):
        world.run(providers.add_provider, name="Another")
