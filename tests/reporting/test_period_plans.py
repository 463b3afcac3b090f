"""Each period a report asks is read for its own tables' breakdowns only, and its people still count once."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.model import Attendance, Dispensing, TrainingSession
from oend.reporting.engine import compute_report, read_plans
from oend.reporting.periods import Period
from oend.reporting.table_layout import Context, periods_asked
from oend.reporting.tables import Labeller
from oend.reporting.template_format import parse_template

Q3 = Period.quarter(2025, 3)
SINCE = Period.cumulative(Q3.end)

TEMPLATE = """title = "T"
publication = false

[[tables]]
id = "by_site"
title = "People given kits by site"
measure = "people_supplied"
rows = "site"

[[tables]]
id = "by_supply"
title = "People given kits, new or refill, the quarter and since the program began"
measure = "people_supplied"
rows = "supply_type"
periods = ["report", "cumulative"]

[[tables]]
id = "people"
title = "People, the quarter and since the program began"
measures = ["people_trained", "people_supplied"]
periods = ["report", "cumulative"]
"""


def _supplied(session: Session, period: Period) -> dict[str, set[object]]:
    """The people given kits in ``period`` by supply type, and all of them under "Total", from the records."""
    people: dict[str, set[object]] = defaultdict(set)
    rows = session.execute(select(Dispensing.supply_type, Dispensing.participant_id, Dispensing.dispensed_on))
    for supply, who, day in rows:
        if who is not None and period.contains(day):
            people[supply.value].add(who)
            people["Total"].add(who)
    return people


def _trained(session: Session, period: Period) -> int:
    stmt = select(Attendance.participant_id, TrainingSession.session_date, Attendance.completed).join(
        TrainingSession, TrainingSession.id == Attendance.session_id
    )
    return len({who for who, day, done in session.execute(stmt) if done and period.contains(day)})


def test_a_span_counts_people_by_a_breakdown_the_quarter_tables_ask_elsewhere(seeded, actor: Actor) -> None:
    session, _ = seeded
    with session.begin():
        report = compute_report(session, actor, parse_template("t", TEMPLATE), Q3)
        quarter, since = _supplied(session, Q3), _supplied(session, SINCE)
        trained = [_trained(session, Q3), _trained(session, SINCE)]
    by_supply = {row[0]: row[1:] for row in report.tables[1].body()}
    assert by_supply == {
        "New kit": [len(quarter["new"]), len(since["new"])],
        "Refill": [len(quarter["refill"]), len(since["refill"])],
        "Total": [len(quarter["Total"]), len(since["Total"])],
    }
    assert len(since["Total"]) > len(quarter["Total"])  # the span reaches records the quarter does not
    people = {row[0]: row[1:] for row in report.tables[2].body()}
    assert people == {
        "People trained": trained,
        "Known people given kits": [len(quarter["Total"]), len(since["Total"])],
    }
    assert trained == [10, 10]  # the one training outside the quarter is in October, after the span ends
    assert report.tables[0].body()[-1][1:] == [len(quarter["Total"])]


def test_a_span_is_planned_with_only_what_its_own_tables_ask(seeded, actor: Actor) -> None:
    session, _ = seeded
    template = parse_template("t", TEMPLATE)
    ctx = Context(lambda _: None, Labeller(session), Q3, 7, None)  # type: ignore[arg-type,return-value]
    plans = read_plans(template.tables, lambda spec: periods_asked(spec, ctx))
    assert plans[SINCE] == {"people_supplied": {"supply_type"}, "people_trained": set()}
    assert plans[Q3] == {"people_supplied": {"site", "supply_type"}, "people_trained": set()}
    assert set(plans) == {Q3, SINCE}
