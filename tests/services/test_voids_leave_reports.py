"""A voided record leaves stock, the dashboards, every figure of the quarterly report and the exports.

The figures expected are counted by hand from the small world built here; the same world runs on SQLite
and PostgreSQL.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from oend.exchange.lists import ListFilter
from oend.queries.activity import dispensings, reversals, training_sessions
from oend.queries.stock import lot_on_hand
from oend.reporting.aggregates import MEASURES, aggregate, statistics
from oend.reporting.alerts import awaiting_refill
from oend.reporting.periods import Period
from oend.services import dispensing, participants, referrals, stock, trainings
from oend.services import reversals as reversal_service
from oend.services.dispensing_corrections import void_dispensing
from oend.services.exports import export_list
from oend.services.referral_corrections import void_referral
from oend.services.reversal_corrections import void_reversal
from oend.services.stock_corrections import void_movement
from oend.services.training_corrections import remove_attendee, void_training
from tests.support.world import LAST_MONTH, TODAY, World

ALL_TIME = Period("all time", LAST_MONTH.replace(year=LAST_MONTH.year - 1), TODAY)


def figures(world: World) -> dict[str, dict[tuple[object, ...], int]]:
    """Every measure of the reports, in total and by the breakdowns the quarterly report uses."""
    breakdowns = {
        "kits": ("supply_type",),
        "doses": ("product",),
        "dispensing_events": ("site",),
        "people_supplied": (),
        "people_trained": ("participant_category",),
        "trainings_attended": ("training_format",),
        "reversals": ("outcome",),
        "kits_received": ("site",),
        "referrals": ("referral_kind",),
        "people_referred": (),
        "people_connected": (),
        **{name: () for name, measure in MEASURES.items() if measure.statistic is not None},
    }
    assert set(breakdowns) == set(MEASURES), "a new measure is checked here too"
    with world.db.session() as s:
        return {
            name: {key: str(value) for key, value in statistics(s, world.actor, name, dims, ALL_TIME).items()}
            if MEASURES[name].statistic is not None
            else aggregate(s, world.actor, name, dims, ALL_TIME)
            for name, dims in breakdowns.items()
        }


def exported(world: World, tmp_path: Path, name: str, filters: ListFilter | None = None) -> list[list[str]]:
    out = tmp_path / f"{name}.csv"
    with world.db.transaction() as s:
        export_list(s, world.actor, name, out, filters)
    with out.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def test_voided_records_leave_stock_reports_dashboards_and_exports(world: World, tmp_path: Path) -> None:
    bob = world.run(participants.enrol_participant, category="family_friend", home_site_id=world.van.id)
    kept = world.run(
        trainings.record_training,
        session_date=LAST_MONTH,
        site_id=world.van.id,
        format="group",
        topics=["law"],
        attendees=[trainings.Attendee(world.alice.id), trainings.Attendee(bob.id)],
    )
    twice = world.run(
        trainings.record_training,
        session_date=LAST_MONTH,
        site_id=world.van.id,
        format="individual",
        topics=["law"],
        attendees=[trainings.Attendee(world.alice.id)],
    )
    common = {"site_id": world.van.id, "dispensed_on": TODAY, "product_id": world.nasal.id}
    first = world.run(dispensing.dispense, participant_id=world.alice.id, quantity=2, **common)
    mistaken = world.run(dispensing.dispense, participant_id=bob.id, **common)
    used = world.run(
        reversal_service.record_reversal, overdose_date=LAST_MONTH, site_id=world.van.id, outcome="survived"
    )
    doubled = world.run(
        reversal_service.record_reversal,
        overdose_date=LAST_MONTH,
        site_id=world.van.id,
        outcome="survived",
        reporter_id=world.alice.id,
    )
    extra = world.run(
        stock.receive_stock,
        site_id=world.prison.id,
        product_id=world.nasal.id,
        lot_number="A100",
        expiry_date=world.lot.expiry_date,
        quantity=10,
        received_on=TODAY,
    )
    refer = {"site_id": world.van.id, "referred_on": LAST_MONTH, "kind": "peer_recovery"}
    helped = world.run(referrals.record_referral, participant_id=world.alice.id, **refer)
    world.run(referrals.record_outcome, helped.id, outcome="connected", outcome_on=LAST_MONTH + dt.timedelta(days=3))
    wrong = world.run(referrals.record_referral, participant_id=bob.id, **refer)
    world.run(referrals.record_outcome, wrong.id, outcome="connected", outcome_on=LAST_MONTH)
    with world.db.session() as s:
        assert awaiting_refill(s, world.actor, TODAY)["used"] == 0, "Alice has had a kit since her report"

    world.run(void_dispensing, mistaken.id, reason="Bob took none")
    world.run(void_reversal, doubled.id, reason="the same overdose twice")
    world.run(void_training, twice.id, reason="recorded twice")
    world.run(remove_attendee, kept.id, bob.id, reason="left before it began")
    world.run(void_movement, extra.id, reason="delivered to the van, recorded at the jail")
    world.run(void_referral, wrong.id, reason="meant for someone else")

    # By hand: Alice's 2 new kits (4 doses, one hand-over); one survivor; Alice once at the group session;
    # 40 kits received at the van.
    assert figures(world) == {
        "kits": {("new",): 2},
        "doses": {("NAS4",): 4},
        "dispensing_events": {("VAN1",): 1},
        "people_supplied": {(): 1},
        "people_trained": {("at_risk",): 1},
        "trainings_attended": {("group",): 1},
        "reversals": {("survived",): 1},
        "kits_received": {("VAN1",): 40},
        # Alice's referral, connected three days on; Bob's void one left out of every linkage figure.
        "referrals": {("peer_recovery",): 1},
        "people_referred": {(): 1},
        "people_connected": {(): 1},
        "share_connected": {(): "100.0% (1/1)"},
        "days_to_connection": {(): "3"},
        "survivors_followed_up_7": {(): "0.0% (0/1)"},  # the one survivor left, with no follow-up
        "survivors_followed_up_30": {(): "0.0% (0/1)"},
        "released_followed_up_7": {},
        "released_followed_up_30": {},
    }
    with world.db.session() as s:
        assert (lot_on_hand(s, world.van.id, world.lot.id), lot_on_hand(s, world.prison.id, world.lot.id)) == (38, 0)
        assert [r.id for r in dispensings(s, world.actor)] == [first.id]
        assert [r.id for r in reversals(s, world.actor)] == [used.id]
        assert [(r.id, r.attendees) for r in training_sessions(s, world.actor)] == [(kept.id, 1)]

    rows = exported(world, tmp_path, "dispensing")
    assert len(rows) == 2 and rows[1][6] == "2"
    assert len(exported(world, tmp_path, "reversals")) == 2
    assert [r[5] for r in exported(world, tmp_path, "sessions")[1:]] == ["1"]
    assert len(exported(world, tmp_path, "stock")) == 2
    everything = exported(world, tmp_path, "dispensing", ListFilter(include_voided=True))
    assert everything[0][-2:] == ["Voided", "Void reason"]
    assert sorted(tuple(r[-2:]) for r in everything[1:]) == [("no", ""), ("yes", "Bob took none")]
    stock_rows = exported(world, tmp_path, "stock", ListFilter(include_voided=True))
    assert [r[-2:] for r in stock_rows[1:] if r[1] == "HOC"] == [["yes", "delivered to the van, recorded at the jail"]]
