"""Tables of several measures and of periods, checked against counts the test makes itself from the records."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.model import Dispensing, Product, Reversal, Site
from oend.reporting.engine import compute_report
from oend.reporting.periods import Period
from oend.reporting.tables import Table
from oend.reporting.template_format import parse_template
from oend.services.reports import save_report
from oend.services.settings import change_reporting_settings
from tests.reporting.test_reports import _pdf_text

Q3 = Period.quarter(2025, 3)


def _one_table(session: Session, actor: Actor, body: str, period: Period = Q3, head: str = "") -> Table:
    text = f'title = "T"\npublication = false\n{head}\n[[tables]]\nid = "t"\ntitle = "T"\n{body}\n'
    with session.begin():
        return compute_report(session, actor, parse_template("t", text), period).tables[0]


def _rows(table: Table) -> dict[str, list[int | str]]:
    return {row[0]: row[1:] for row in table.body()}


def _dispensings(session: Session, period: Period) -> list[tuple[str, dt.date, int, int, object]]:
    """(site name, day, kits, doses, person) of every hand-over in ``period``, straight from the records."""
    with session.begin():
        rows = session.execute(
            select(Site.name, Dispensing.dispensed_on, Dispensing.quantity, Product.doses_per_kit)
            .add_columns(Dispensing.participant_id)
            .join(Site, Site.id == Dispensing.site_id)
            .join(Product, Product.id == Dispensing.product_id)
            .where(Dispensing.dispensed_on >= period.start, Dispensing.dispensed_on <= period.end)
        ).all()
    return [(name, day, qty, qty * per_kit, who) for name, day, qty, per_kit, who in rows]


def test_several_measures_as_columns_with_unduplicated_and_duplicated_side_by_side(seeded, actor: Actor) -> None:
    session, _ = seeded
    table = _one_table(
        session, actor, 'measures = ["kits", "doses", "dispensing_events", "people_supplied"]\nrows = "site"'
    )
    assert table.header == [
        "Site",
        "Naloxone kits dispensed",
        "Naloxone doses dispensed",
        "Hand-overs of kits",
        "Known people given kits",
    ]
    handed = _dispensings(session, Q3)
    expected: dict[str, list[int | str]] = {}
    for site in sorted({h[0] for h in handed}):
        mine = [h for h in handed if h[0] == site]
        people = {h[4] for h in mine if h[4] is not None}
        expected[site] = [sum(h[2] for h in mine), sum(h[3] for h in mine), len(mine), len(people)]
    everyone = {h[4] for h in handed if h[4] is not None}
    expected["Total"] = [sum(h[2] for h in handed), sum(h[3] for h in handed), len(handed), len(everyone)]
    assert _rows(table) == expected
    assert expected["Total"][:2] == [22, 76]  # doses from each product's doses per kit: 18 x 2 + 4 x 10
    assert table.total_row and not table.total_column  # kits and people do not add up across a row


def test_months_as_columns_add_up_to_the_quarter(seeded, actor: Actor) -> None:
    session, _ = seeded
    table = _one_table(session, actor, 'measure = "kits"\nrows = "site"\nperiods = "month"')
    assert table.header == ["Site", "July 2025", "August 2025", "September 2025", "Total"]
    kits: Counter[tuple[str, int]] = Counter()
    for site, day, qty, _, _ in _dispensings(session, Q3):
        kits[(site, day.month)] += qty
        kits[("Total", day.month)] += qty
    for site, cells in _rows(table).items():
        assert cells[:3] == [kits[(site, m)] for m in (7, 8, 9)], site
        assert cells[3] == sum(cells[:3])
    assert _rows(table)["Total"] == [3, 15, 4, 22]


def _reversal_count(session: Session, start: dt.date, end: dt.date) -> int:
    with session.begin():
        days = session.scalars(select(Reversal.overdose_date)).all()
    return sum(start <= d <= end for d in days)


def test_spans_side_by_side_follow_the_templates_fiscal_year(seeded, actor: Actor) -> None:
    session, _ = seeded
    body = 'measures = ["kits", "reversals"]\nperiods = ["report", "fiscal_year_to_date", "cumulative"]'
    april = _one_table(session, actor, body, head="fiscal_year_start = 4")  # the UK's year: FY2026 from April 2025
    assert april.header == ["Measure", "2025Q3", "FY2026 to date", "Since the program began"]
    kits = [
        sum(h[2] for h in _dispensings(session, Period("p", start, Q3.end)))
        for start in (Q3.start, dt.date(2025, 4, 1), dt.date(1900, 1, 1))
    ]
    reversals = [
        _reversal_count(session, start, Q3.end) for start in (Q3.start, dt.date(2025, 4, 1), dt.date(1900, 1, 1))
    ]
    assert _rows(april) == {"Naloxone kits dispensed": kits, "Overdose reversals reported": reversals}
    assert kits == [22, 27, 27] and reversals == [4, 5, 5]
    july = _one_table(session, actor, body, head="fiscal_year_start = 7")  # many states: FY2026 from July 2025
    assert july.header[2] == "FY2026 to date" and _rows(july)["Naloxone kits dispensed"] == [22, 22, 27]
    assert not april.total_row and not april.total_column  # overlapping spans have no total


def test_fiscal_quarters_as_rows_with_the_templates_start_month(seeded, actor: Actor) -> None:
    session, _ = seeded
    table = _one_table(
        session,
        actor,
        'measures = ["kits", "reversals"]\nperiods = "fiscal_quarter"\nrows = "periods"',
        period=Period.year(2025),
        head="fiscal_year_start = 7",
    )
    assert table.row_labels == ["FY2025 Q3", "FY2025 Q4", "FY2026 Q1", "FY2026 Q2"]
    rows = _rows(table)
    assert rows["FY2025 Q4"] == [5, 1]  # April-June 2025: the June kits and the April reversal
    assert rows["FY2026 Q1"] == [22, 4] and rows["Total"] == [27, 5]


def test_cumulative_by_year_starts_at_the_first_record(seeded, actor: Actor) -> None:
    session, _ = seeded
    table = _one_table(
        session, actor, 'measure = "kits"\nperiods = "year"', period=Period.cumulative(dt.date(2026, 3, 31))
    )
    assert table.row_labels == ["2025", "2026"] and _rows(table)["Total"] == [27]


def test_measures_by_site_published_suppress_down_each_column(seeded, actor: Actor, tmp_path: Path) -> None:
    session, _ = seeded
    with session.begin():
        change_reporting_settings(session, actor, suppression_threshold=3)
    text = (
        'title = "Kits and people"\n[[tables]]\nid = "t"\ntitle = "Kits and people by site"\n'
        'measures = ["kits", "people_trained"]\nrows = "site"\nsheet = "By site"\n'
    )
    template = parse_template("t", text)
    with session.begin():
        table = compute_report(session, actor, template, Q3).tables[0]
    # kits: JAIL 4, NORTH 14, SOUTH 4; trained: JAIL 4, NORTH 5, SOUTH 2 (small) so JAIL 4 is withheld
    assert _rows(table) == {
        "County House of Correction": [4, "s"],
        "North Shore Harm Reduction": [14, 5],
        "South End Outreach Van": [4, "<4"],
        "Total": [22, 10],
    }
    out = tmp_path / "t.xlsx"
    with session.begin():
        save_report(session, actor, template, Q3, None, out)
    ws = load_workbook(out)["By site"]
    assert [c.value for c in ws[3]] == ["Site", "Naloxone kits dispensed", "People trained"]
    assert [c.value for c in ws[5]] == ["North Shore Harm Reduction", 14, 5]
    assert [c.value for c in ws[7]] == ["Total", 22, 10]
    pdf = tmp_path / "t.pdf"
    with session.begin():
        save_report(session, actor, template, Q3, None, pdf)
    text = _pdf_text(pdf)
    assert "County House of Correction 4 s" in text and "South End Outreach Van 4 <4" in text
