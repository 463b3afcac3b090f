"""Grant reports read back: the PDF's text and the workbook's cells match the seeded program's counts."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from oend.core.actor import Actor
from oend.model import AuditEvent
from oend.model.codes import AuditAction
from oend.reporting.engine import compute_report, list_templates
from oend.reporting.periods import Period
from oend.reporting.progress import Cancelled
from oend.reporting.template_format import parse_template
from oend.services.reports import save_report
from oend.services.reversals import record_reversal
from oend.services.settings import change_reporting_settings

Q3 = Period.quarter(2025, 3)


def _pdf_text(path: Path) -> str:
    """The text with runs of whitespace made single spaces, so a table row reads as one line."""
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages).split())


def _unsuppressed(session, actor: Actor) -> None:
    with session.begin():
        change_reporting_settings(session, actor, suppression_threshold=0)


def test_shipped_templates_load() -> None:
    assert {"quarterly_oend", "federal_naloxone"} <= set(list_templates())


def test_quarterly_pdf_shows_the_counts(seeded, actor: Actor, tmp_path: Path) -> None:
    session, _ = seeded
    _unsuppressed(session, actor)
    seen: list[tuple[int, int]] = []
    out = tmp_path / "q.pdf"
    with session.begin():
        save_report(session, actor, "quarterly_oend", Q3, None, out, progress=lambda d, t: seen.append((d, t)))
    text = _pdf_text(out)
    assert "Quarterly OEND Program Report" in text and "1 July 2025 to 30 September 2025" in text
    assert "All sites" in text and re.search(r"Page 1 of \d+", text)
    for line in (
        "People trained 10",
        "Naloxone kits dispensed 22",
        "Naloxone doses dispensed 76",
        "Kits purchased or received 70",
        "Overdose reversals reported 4",
        "Person leaving prison or jail 4",
        "North Shore Harm Reduction 5",
        "County House of Correction 4",
        "South End Outreach Van 2",
        "Naloxone nasal spray 4 mg 17 1 18",
        "Naloxone 0.4 mg/mL 10 mL vial 1 3 4",
        "Total 18 4 22",
        "Intramuscular multi-dose vial 40",
        "Survived 2",
        "Died 1",
    ):
        assert line in text, line
    assert seen[-1][0] == seen[-1][1]
    event = session.scalars(select(AuditEvent).where(AuditEvent.action == AuditAction.EXPORT)).one()
    assert "quarterly_oend 2025Q3" in event.detail


def test_quarterly_xlsx_cells_and_types(seeded, actor: Actor, tmp_path: Path) -> None:
    session, _ = seeded
    _unsuppressed(session, actor)
    out = tmp_path / "q.xlsx"
    with session.begin():
        save_report(session, actor, "quarterly_oend", Q3, ["north", "JAIL"], out)
    wb = load_workbook(out)
    assert wb.sheetnames[0] == "Report" and "Kits by product" in wb.sheetnames
    cover = wb["Report"]
    values = {cover.cell(r, 1).value: cover.cell(r, 2).value for r in range(3, 12)}
    assert values["Period start"] == dt.datetime(2025, 7, 1)  # a real date cell
    assert values["Sites"] == "North Shore Harm Reduction, County House of Correction"
    ws = wb["Kits by product"]
    assert [c.value for c in ws[3]] == ["Product", "New kit", "Refill", "Total"]
    rows = {r[0].value: [c.value for c in r[1:]] for r in ws.iter_rows(min_row=4, max_row=ws.max_row) if r[0].value}
    assert rows["Naloxone nasal spray 4 mg"] == [17, 1, 18]  # SOUTH's vials are outside the chosen sites
    assert rows["Total"] == [17, 1, 18]
    assert isinstance(rows["Total"][0], int)
    assert ws.freeze_panes == "B4" and ws.auto_filter.ref.startswith("A3:D")
    assert ws.column_dimensions["A"].width >= len("Naloxone nasal spray 4 mg")
    trained = wb["Trained by site"]
    assert [[c.value for c in r] for r in trained.iter_rows(min_row=4, max_row=6)] == [
        ["County House of Correction", 4],
        ["North Shore Harm Reduction", 5],
        ["Total", 9],
    ]


def test_suppression_in_published_tables(seeded, actor: Actor, tmp_path: Path) -> None:
    session, _ = seeded
    with session.begin():
        change_reporting_settings(session, actor, suppression_threshold=3)
    with session.begin():
        report = compute_report(session, actor, "quarterly_oend", Q3)
    by_site = next(t for t in report.tables if t.id == "trained_by_site")
    # NORTH 5, JAIL 4, SOUTH 2 (small), so the next smallest (JAIL 4) is withheld too, marked "s"; total shown
    assert [row[1] for row in by_site.body()] == ["s", 5, "<4", 10]
    assert by_site.notes()[-1].startswith("Suppressed: 1 count from 1 to 3 shown as <4")
    figures = next(t for t in report.tables if t.id == "key_figures")
    assert [row[1] for row in figures.body()] == [10, 22, 76, 70, 4]  # this table opts out
    out = tmp_path / "q.xlsx"
    with session.begin():
        save_report(session, actor, "quarterly_oend", Q3, None, out)
    ws = load_workbook(out)["Trained by site"]
    assert [ws.cell(r, 2).value for r in range(4, 8)] == ["s", 5, "<4", 10]
    assert ws.cell(10, 1).value == by_site.notes()[-1]
    pdf = tmp_path / "q.pdf"
    with session.begin():
        save_report(session, actor, "quarterly_oend", Q3, None, pdf)
    text = _pdf_text(pdf)
    assert "South End Outreach Van <4" in text and "South End Outreach Van 2" not in text
    assert "County House of Correction s" in text and "further cell marked s" in text
    assert "County House of Correction <4" not in text  # it holds 4: "<4" would be false


def test_federal_report_measures(seeded, actor: Actor) -> None:
    session, _ = seeded
    report = compute_report(session, actor, "federal_naloxone", Q3)
    summary = report.tables[0]
    assert dict(r for r in summary.body()) == {
        "Kits purchased or received": 70,
        "Naloxone kits dispensed": 22,
        "Naloxone doses dispensed": 76,
        "People trained": 10,
        "Overdose reversals reported": 4,
    }
    source = next(t for t in report.tables if t.id == "distributed_by_source")
    assert dict((r[0], r[1]) for r in source.body())["Prison or jail release"] == 4


def test_cancelled_report_writes_nothing(seeded, actor: Actor, tmp_path: Path) -> None:
    session, _ = seeded
    out = tmp_path / "q.pdf"
    with pytest.raises(Cancelled), session.begin():
        save_report(session, actor, "quarterly_oend", Q3, None, out, cancelled=lambda: True)
    assert not out.exists()


def test_periods() -> None:
    assert Period.parse("2026Q3") == Period("2026Q3", dt.date(2026, 7, 1), dt.date(2026, 9, 30))
    assert Period.parse("2024-02").end == dt.date(2024, 2, 29)
    fy = Period.parse("FY2026Q1", fiscal_start_month=10)
    assert (fy.start, fy.end) == (dt.date(2025, 10, 1), dt.date(2025, 12, 31))
    state = Period.fiscal_quarter(2026, 4, 7)
    assert (state.start, state.end) == (dt.date(2026, 4, 1), dt.date(2026, 6, 30))
    assert Period.fiscal_year(2026, 4).start == dt.date(2025, 4, 1)
    assert Period.fiscal_quarter(2026, 2, 1) == Period("FY2026Q2", dt.date(2026, 4, 1), dt.date(2026, 6, 30))
    cumulative = Period.parse("cumulative", today=dt.date(2026, 1, 31))
    assert cumulative.end == dt.date(2026, 1, 31) and cumulative.start.year == 1900
    with pytest.raises(ValueError, match="not a period"):
        Period.parse("next tuesday")


FORMULA = '=HYPERLINK("http://x","y")'


def test_a_county_typed_as_a_formula_reads_back_from_the_workbook_as_text(seeded, actor: Actor, tmp_path: Path) -> None:
    session, data = seeded
    _unsuppressed(session, actor)
    with session.begin():
        for county in (FORMULA, "＋SUM(1,2)", "-1+2", "@cmd"):
            record_reversal(
                session, actor, overdose_date=dt.date(2025, 8, 9), site_id=data.site_id("NORTH"), county=county
            )
    out = tmp_path / "q.xlsx"
    with session.begin():
        save_report(session, actor, "quarterly_oend", Q3, None, out)
    ws = load_workbook(out)["Reversals by county"]
    cells = {r[0].value: r for r in ws.iter_rows(min_row=4, max_row=ws.max_row) if r[0].value}
    for county in (FORMULA, "＋SUM(1,2)", "-1+2", "@cmd"):
        name, count = cells[county][0], cells[county][1]
        assert name.data_type == "s" and name.quotePrefix, county  # stored as text, shown as typed
        assert count.value == 1 and count.data_type == "n"  # numbers stay numbers
    assert cells["Essex"][0].data_type == "s" and not cells["Essex"][0].quotePrefix


def test_a_template_sets_its_own_small_cell_threshold(seeded, actor: Actor) -> None:
    session, _ = seeded
    text = 'title = "x"\nthreshold = 4\n[[tables]]\nid = "a"\ntitle = "A"\nmeasure = "people_trained"\nrows = "site"\n'
    report = compute_report(session, actor, parse_template("t", text), Q3)
    # JAIL 4 and SOUTH 2 are both 1-4, so both print "<5" truthfully and nothing more is needed
    assert [row[1] for row in report.tables[0].body()] == ["<5", 5, "<5", 10]
    assert report.threshold == 4
