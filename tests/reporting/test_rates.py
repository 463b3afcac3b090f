"""Rates per 1,000 of the denominators a coordinator enters per period and area, shown beside the counts."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from oend.cli import main
from oend.core.actor import Actor
from oend.errors import ValidationError
from oend.model import Dispensing, Site
from oend.reporting.engine import compute_report, render
from oend.reporting.periods import Period
from oend.reporting.rates import Rate, load_denominators
from oend.reporting.template_format import TemplateError, parse_template
from oend.services.denominators import set_denominator
from tests.cli.conftest import program
from tests.reporting.seed import Seeded

__all__ = ["program"]

Q3 = Period.quarter(2025, 3)
RATES = """
title = "Reach"
publication = false

[[tables]]
id = "reach"
title = "Kits per 1,000 people at risk, by site"
measure = "kits"
rows = "site"
rate_per = 1000
denominator = "people_at_risk"
"""


def _kits_by_site(session: Session) -> dict[str, int]:
    """Kits handed over in Q3 per site code, counted here from the rows."""
    codes: dict[Any, str] = {site.id: site.code for site in session.scalars(select(Site))}
    kits: dict[str, int] = {}
    for d in session.scalars(select(Dispensing).where(Dispensing.deleted.is_(False))):
        if Q3.contains(d.dispensed_on):
            kits[codes[d.site_id]] = kits.get(codes[d.site_id], 0) + d.quantity
    return kits


def test_rates_per_1000_with_the_denominator_shown(seeded: tuple[Session, Seeded], actor: Actor) -> None:
    session, _ = seeded
    with session.begin():
        set_denominator(session, actor, "people_at_risk", "2025", 40_000, label="People at risk")
        set_denominator(session, actor, "people_at_risk", "2025", 8_000, area="north")  # a year serves its quarters
        set_denominator(session, actor, "people_at_risk", "2025Q3", 1_600, area="JAIL")
        set_denominator(session, actor, "people_at_risk", "2024", 999, area="SOUTH")  # another year: not used
    kits = _kits_by_site(session)
    report = compute_report(session, actor, parse_template("reach", RATES), Q3)
    table = report.tables[0]
    assert table.header == ["Site", "Naloxone kits dispensed", "People at risk", "Rate per 1,000"]
    body = {row[0]: row[1:] for row in table.body()}
    assert body["North Shore Harm Reduction"] == [kits["NORTH"], 8_000, Rate(kits["NORTH"], 8_000, 1000)]
    assert body["County House of Correction"][1:] == [1_600, Rate(kits["JAIL"], 1_600, 1000)]
    assert body["South End Outreach Van"][1:] == ["", ""]
    assert body["Total"] == [sum(kits.values()), 40_000, Rate(sum(kits.values()), 40_000, 1000)]
    assert str(Rate(18, 8_000, 1000)) == "2.3" and str(Rate(1_234_567, 1000, 1000)) == "1,234,567.0"
    assert "No figure of People at risk is entered for 1 of the rows" in " ".join(table.notes())

    sheet = load_workbook(io.BytesIO(render(report, "xlsx"))).worksheets[1]
    total = next(r for r in sheet.iter_rows(min_row=4) if r[0].value == "Total")
    assert [c.value for c in total] == ["Total", 22, 40_000, 0.6]  # 0.55 rounded up
    assert total[3].number_format == "#,##0.0"


def test_a_suppressed_count_shows_its_mark_as_its_rate(seeded: tuple[Session, Seeded], actor: Actor) -> None:
    session, _ = seeded
    with session.begin():
        set_denominator(session, actor, "people_at_risk", "2025Q3", 1_600, area="JAIL")
    template = parse_template("reach", RATES.replace("publication = false", "publication = true\nthreshold = 5"))
    body = {row[0]: row[1:] for row in compute_report(session, actor, template, Q3).tables[0].body()}
    assert body["County House of Correction"] == ["<6", 1_600, "<6"]


def test_rates_are_refused_where_they_cannot_be_computed(seeded: tuple[Session, Seeded], actor: Actor) -> None:
    for wrong, key in (
        (RATES.replace('denominator = "people_at_risk"\n', ""), "tables[1].denominator"),
        (RATES.replace("rate_per = 1000", 'rate_per = "1000"'), "tables[1].rate_per"),
        (RATES.replace('rows = "site"', 'rows = "site"\ncolumns = "supply_type"'), "tables[1].rate_per"),
    ):
        with pytest.raises(TemplateError) as refused:
            parse_template("reach", wrong)
        assert [p.field for p in refused.value.problems] == [key]
    session, _ = seeded
    with pytest.raises(TemplateError, match="no denominator 'people_at_risk'") as refused:
        compute_report(session, actor, parse_template("reach", RATES), Q3)
    assert refused.value.problems[0].row == 11


def test_a_wrong_denominator_is_refused_by_field(seeded: tuple[Session, Seeded], actor: Actor) -> None:
    session, _ = seeded
    with pytest.raises(ValidationError) as refused, session.begin():
        set_denominator(session, actor, "People at risk", "2025Q9", 0, area=" ")
    assert {e.field for e in refused.value.errors} == {"name", "period", "value", "area"}
    assert load_denominators(session) == {}


def test_the_command_line_enters_and_removes_a_figure(program: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["report", "denominator", "set", "releases", "-p", "2026Q1", "--area", "JAIL"]
    assert main([*args, "--value", "1250", "--label", "Releases"]) == 0
    assert "releases for 2026Q1, JAIL: set to 1,250" in capsys.readouterr().out
    assert main(args) == 0
    assert "removed" in capsys.readouterr().out
    assert main(["report", "denominator", "put", "releases", "-p", "2026Q1"]) == 2
    assert "oend report denominator set NAME" in capsys.readouterr().err
