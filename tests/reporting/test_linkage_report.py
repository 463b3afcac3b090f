"""The linkage-to-care template on a program built through the services: its figures equal those counted here by
hand, in the computed tables, in the PDF's text and in the spreadsheet's cells; provider names stay out of a
program that keeps counts only."""

from __future__ import annotations

import datetime as dt
import io
import uuid
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from oend.model import FollowUp
from oend.queries.linkage_measures import Share
from oend.reporting.aggregates import MEASURES, statistics
from oend.reporting.engine import compute_report, load_template
from oend.reporting.measure_parts import Statistic
from oend.reporting.periods import Period
from oend.reporting.report_model import Report
from oend.reporting.template_format import TemplateError, parse_template
from oend.services import follow_ups, participants, program_settings, providers, referrals, reversals
from oend.services.referral_corrections import void_referral
from oend.services.reports import save_report
from tests.support.world import TODAY, World

PERIOD = Period("last 60 days", TODAY - dt.timedelta(days=60), TODAY)


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def person(world: World, **given: object) -> uuid.UUID:
    values: dict[str, object] = {"category": "at_risk", "home_site_id": world.van.id}
    return world.run(participants.enrol_participant, **(values | given)).id


def refer(world: World, days_ago: int, kind: str, **given: object) -> uuid.UUID:
    values = {"site_id": world.van.id, "referred_on": ago(days_ago), "kind": kind}
    return world.run(referrals.record_referral, **(values | given)).id


def connect(world: World, referral: uuid.UUID, days_ago: int) -> None:
    world.run(referrals.record_outcome, referral, outcome="connected", outcome_on=ago(days_ago))


def first_follow_up(world: World, column: object, owner: uuid.UUID) -> uuid.UUID:
    with world.db.session() as s:
        return s.scalars(select(FollowUp.id).where(column == owner).order_by(FollowUp.due_on)).first()


def done(world: World, follow_up: uuid.UUID, days_ago: int, contact: bool = True) -> None:
    world.run(follow_ups.record_follow_up, follow_up, done_on=ago(days_ago), contact_made=contact)


def build(world: World) -> None:
    """Eight referrals in the period (three people, two connected after 5 and 3 days), one connected long before
    (10 days), four survivors (one reached by day 6, one by day 20) and three people released (day 7, day 25)."""
    clinic = world.run(providers.add_provider, name="Harbor Clinic").id
    bay = world.run(providers.add_provider, name="Bay Recovery Center").id
    bob, carol, dan, eve = (person(world) for _ in range(4))
    alice = refer(world, 20, "moud_buprenorphine", participant_id=world.alice.id, provider_id=clinic, warm_handoff=True)
    connect(world, alice, 15)
    refer(world, 10, "housing", participant_id=bob)
    peer = refer(world, 8, "peer_recovery", participant_id=bob, provider_id=bay, warm_handoff=True)
    connect(world, peer, 5)
    refer(world, 3, "syringe_services")  # someone not enrolled
    world.run(void_referral, refer(world, 2, "housing", participant_id=carol), reason="entered twice")
    world.run(
        referrals.record_outcome,
        refer(world, 4, "other_treatment", participant_id=dan),
        outcome="not_yet",
        outcome_on=ago(1),
    )
    connect(world, refer(world, 100, "mental_health", participant_id=eve), 90)

    def survivor(days_ago: int, outcome: str = "survived") -> uuid.UUID:
        return world.run(
            reversals.record_reversal, overdose_date=ago(days_ago), site_id=world.van.id, outcome=outcome
        ).id

    def referred_after(report: uuid.UUID, days_ago: int) -> uuid.UUID:
        made = refer(
            world, days_ago, "peer_recovery", source_kind="reversal", source_id=report, consent_to_follow_up=True
        )
        return first_follow_up(world, FollowUp.referral_id, made)

    week, month, failed = survivor(20), survivor(40), survivor(15)
    survivor(10)  # never referred
    survivor(12, "died")
    done(world, referred_after(week, 19), 14)
    done(world, referred_after(month, 40), 20)
    done(world, referred_after(failed, 15), 10, contact=False)

    released = [
        person(world, category="leaving_custody", home_site_id=world.prison.id, released_on=ago(d))
        for d in (30, 40, 10)
    ]
    for someone in released:
        world.run(referrals.schedule_release_follow_ups, someone)
    done(world, first_follow_up(world, FollowUp.participant_id, released[0]), 23)
    done(world, first_follow_up(world, FollowUp.participant_id, released[1]), 15)


def rows(report: Report, table_id: str) -> dict[str, list[str]]:
    table = next(t for t in report.tables if t.id == table_id)
    return {row[0]: [str(v) for v in row[1:]] for row in table.body()}


def test_the_linkage_report_equals_the_counts_made_by_hand(world: World, tmp_path: Path) -> None:
    build(world)
    with world.db.transaction() as s:
        report = save_report(s, world.actor, "linkage_to_care", PERIOD, None, tmp_path / "linkage.pdf").record
        save_report(s, world.actor, "linkage_to_care", PERIOD, None, tmp_path / "linkage.xlsx")

    summary = rows(report, "summary")  # the period, the year to date, since the program began
    assert summary["Referrals made"][::2] == ["8", "9"]
    assert summary["People referred"][::2] == ["3", "4"]
    assert summary["People connected"][::2] == ["2", "3"]
    assert summary["People connected, of people referred"][::2] == ["66.7% (2/3)", "75.0% (3/4)"]
    assert summary["Median days from referral to connection"][::2] == ["4", "5"]  # of 5, 3 (and 10)

    by_kind = rows(report, "by_kind")
    assert by_kind["Buprenorphine (MOUD)"] == ["1", "1", "1", "100.0% (1/1)", "5"]
    assert by_kind["Housing"] == ["1", "1", "0", "0.0% (0/1)", "–"]  # the void counts nowhere
    assert by_kind["Peer recovery support"] == ["4", "1", "1", "100.0% (1/1)", "3"]  # three made from reports
    assert by_kind["Mental health"] == ["0", "0", "0", "–", "–"]  # before the period
    assert by_kind["Total"] == ["8", "3", "2", "66.7% (2/3)", "4"]

    assert rows(report, "by_provider") == {
        "Bay Recovery Center": ["1", "1", "100.0% (1/1)"],
        "Harbor Clinic": ["1", "1", "100.0% (1/1)"],
        "Not recorded": ["6", "2", "0.0% (0/2)"],
        "Total": ["8", "3", "66.7% (2/3)"],
    }
    outcomes = rows(report, "outcomes")
    assert outcomes["Connected"] == ["2", "66.7%"] and outcomes["Not yet"] == ["1", "33.3%"]
    assert outcomes["Not recorded"] == ["5", ""] and outcomes["Total"] == ["8", "100.0%"]
    assert rows(report, "warm_handoff") == {
        "Yes": ["2", "100.0% (2/2)", "4"],
        "No": ["6", "0.0% (0/2)", "–"],
        "Total": ["8", "66.7% (2/3)", "4"],
    }
    assert rows(report, "by_source")["Reversal report"] == ["3", "0", "–"]
    assert rows(report, "by_source")["Participant's page"] == ["5", "3", "66.7% (2/3)"]
    follow_up = rows(report, "follow_up")
    assert follow_up["Overdose survivors with a follow-up within 7 days"][0] == "25.0% (1/4)"
    assert follow_up["Overdose survivors with a follow-up within 30 days"][0] == "50.0% (2/4)"
    assert follow_up["People released with a follow-up within 7 days"][0] == "33.3% (1/3)"
    assert follow_up["People released with a follow-up within 30 days"][0] == "66.7% (2/3)"

    pdf = " ".join(p.extract_text() for p in PdfReader(io.BytesIO((tmp_path / "linkage.pdf").read_bytes())).pages)
    for text in ("Linkage to Care", "66.7% (2/3)", "25.0% (1/4)", "Harbor Clinic", "Bay Recovery Center"):
        assert text in pdf, text

    book = load_workbook(tmp_path / "linkage.xlsx")
    sheet = {r[0].value: r[1:] for r in book["Summary"].iter_rows(min_row=4) if r[0].value}
    share = sheet["People connected, of people referred"][0]
    assert share.value == pytest.approx(2 / 3) and "(2/3)" in share.number_format
    assert sheet["Median days from referral to connection"][0].value == 4
    assert sheet["Referrals made"][0].value == 8
    kinds = {r[0].value: r[1:] for r in book["By kind"].iter_rows(min_row=4) if r[0].value}
    assert kinds["Housing"][4].value == "–" and kinds["Housing"][3].value == 0


def test_a_program_keeping_counts_only_prints_no_provider_names(world: World, tmp_path: Path) -> None:
    build(world)
    world.run(program_settings.change_settings, {"referral_counts_only": "yes"})
    with world.db.transaction() as s:
        report = save_report(s, world.actor, "linkage_to_care", PERIOD, None, tmp_path / "linkage.pdf").record
    assert rows(report, "by_provider") == {
        "Not kept (counts only)": ["8", "3", "66.7% (2/3)"],
        "Total": ["8", "3", "66.7% (2/3)"],
    }
    pdf = " ".join(p.extract_text() for p in PdfReader(io.BytesIO((tmp_path / "linkage.pdf").read_bytes())).pages)
    assert "Harbor Clinic" not in pdf and "Bay Recovery" not in pdf

    own = 'title = "T"\n[[tables]]\nid = "a"\ntitle = "A"\nmeasure = "referrals"\nrows = "referral_kind"\n'
    filtered = parse_template("own", own + 'filters = { provider = "Harbor Clinic" }\n')
    with world.db.session() as s, pytest.raises(TemplateError, match="counts only"):
        compute_report(s, world.actor, filtered, PERIOD)


def test_statistics_refuse_percentages_and_published_small_ones_are_withheld(world: World) -> None:
    base = 'title = "T"\npublication = true\nthreshold = 2\n[[tables]]\nid = "a"\ntitle = "A"\n'
    for setting in ("percent = true", 'chart = "bar"'):
        with pytest.raises(TemplateError, match="is not a count"):
            parse_template("t", base + f'measure = "share_connected"\nrows = "referral_kind"\n{setting}\n')
    build(world)
    template = parse_template("t", base + 'measures = ["referrals", "share_connected"]\nrows = "warm_handoff"\n')
    with world.db.session() as s:
        table = compute_report(s, world.actor, template, PERIOD).tables[0]
        assert statistics(s, world.actor, "share_connected", (), PERIOD)[()] == Statistic.share(Share(2, 3))
    shown = {row[0]: [str(v) for v in row[1:]] for row in table.body()}
    # 2 referrals, and shares resting on 2 people; the 6 withheld so that 8 - 6 cannot reveal the 2
    assert shown == {"Yes": ["<3", "s"], "No": ["s", "s"], "Total": ["8", "s"]}
    notes = " ".join(table.notes())
    assert "Shares and medians resting on a count from 1 to 2 are withheld (s)." in notes
    assert "1 count from 1 to 2 shown as <3" in notes  # the referrals, not the shares


LINKAGE = (
    *("referrals", "people_referred", "people_connected", "share_connected", "days_to_connection"),
    *(f"{who}_followed_up_{days}" for who in ("survivors", "released") for days in (7, 30)),
)


def test_every_linkage_measure_is_in_the_shipped_template() -> None:
    shipped = {m for t in load_template("linkage_to_care").tables for m in t.all_measures}
    assert set(LINKAGE) <= set(MEASURES) and set(LINKAGE) <= shipped
