"""Every shipped template run on a program built through the services; figures counted here from the records."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from oend.core.actor import Actor
from oend.db import Database, open_database
from oend.reporting.engine import list_templates
from oend.reporting.periods import Period
from oend.reporting.report_model import Report
from oend.reporting.tables import Table
from oend.services.reports import save_report
from tests.reporting.program import Records, build_program

Q3 = Period.quarter(2025, 3)
SHIPPED = ("samhsa_sor_tor", "fr_cara", "state_quarterly", "prison_release", "public_dashboard")
ACTOR = Actor.system("test-device", "tester")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, Records]]:
    """One program for the whole module: building it through the services takes a few seconds."""
    db = open_database(str(tmp_path_factory.mktemp("program") / "oend.db"))
    with db.transaction() as session:
        build_program(session, ACTOR)
    with db.session() as session:
        records = Records(session)
    yield db, records
    db.close()


def _run(db: Database, name: str, out: Path, period: Period = Q3) -> Report:
    with db.transaction() as session:
        return save_report(session, ACTOR, name, period, None, out).record


def _pdf(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages).split())


def _table(report: Report, table_id: str) -> Table:
    return next(t for t in report.tables if t.id == table_id)


def _rows(table: Table) -> dict[str, list]:
    return {row[0]: row[1:] for row in table.body()}


def _sheet_rows(path: Path, sheet: str) -> dict[str, list]:
    ws = load_workbook(path)[sheet]
    return {
        r[0].value: [c.value for c in r[1:]] for r in ws.iter_rows(min_row=4) if r[0].value and r[1].value is not None
    }


def test_the_shipped_templates_are_on_offer() -> None:
    assert set(SHIPPED) <= set(list_templates())


def test_every_shipped_template_runs_and_renders(built, tmp_path: Path) -> None:
    db, _ = built
    for name in SHIPPED:
        report = _run(db, name, tmp_path / f"{name}.xlsx")
        _run(db, name, tmp_path / f"{name}.pdf")
        assert report.tables and all(t.values for t in report.tables), name
        assert load_workbook(tmp_path / f"{name}.xlsx").sheetnames[0] == "Report"
        assert report.template.title in _pdf(tmp_path / f"{name}.pdf")


def _in(day: dt.date, start: dt.date, end: dt.date = Q3.end) -> bool:
    return start <= day <= end


def assert_shows(table: Table, expected: dict[str, list[int]], threshold: int | None = None) -> None:
    """Each expected count is printed as it is, or, published, as "<N" when small or "s" when withheld."""
    shown = _rows(table)
    for label, values in expected.items():
        for printed, value in zip(shown[label], values, strict=False):
            if threshold is None or printed == value:
                assert printed == value, (table.id, label, values, shown[label])
            elif printed == f"<{threshold + 1}":
                assert 1 <= value <= threshold, (table.id, label, value)
            else:
                assert printed == "s", (table.id, label, printed, value)


FY2025 = dt.date(2024, 10, 1)  # the federal fiscal year 2025 runs October 2024 - September 2025
BEGINNING = dt.date(1900, 1, 1)


def test_samhsa_sor_tor(built, tmp_path: Path) -> None:
    db, rec = built
    report = _run(db, "samhsa_sor_tor", tmp_path / "sor.xlsx")
    spans = (Q3.start, FY2025, BEGINNING)
    expected = {
        "Kits purchased or received": [sum(m.quantity for m in rec.received if _in(m.movement_date, s)) for s in spans],
        "Naloxone kits dispensed": [sum(k.quantity for k in rec.kits if _in(k.day, s)) for s in spans],
        "Naloxone doses dispensed": [sum(k.doses for k in rec.kits if _in(k.day, s)) for s in spans],
        "People trained": [len({t.person for t in rec.trained if _in(t.day, s)}) for s in spans],
        "Overdose reversals reported": [sum(_in(r.overdose_date, s) for r in rec.reversals) for s in spans],
    }
    measures = _table(report, "measures")
    assert measures.header == ["Measure", "2025Q3", "FY2025 to date", "Since the program began"]
    assert_shows(measures, expected)
    assert expected["Naloxone kits dispensed"][0] < expected["Naloxone kits dispensed"][1]  # the spans differ
    assert (
        _sheet_rows(tmp_path / "sor.xlsx", "Grant measures")["Naloxone doses dispensed"]
        == expected["Naloxone doses dispensed"]
    )
    _run(db, "samhsa_sor_tor", tmp_path / "sor.pdf")
    kits = expected["Naloxone kits dispensed"]
    assert f"Naloxone kits dispensed {kits[0]:,} {kits[1]:,} {kits[2]:,}" in _pdf(tmp_path / "sor.pdf")
    months = _table(report, "kits_by_source_and_month")
    assert months.header[1:] == ["July 2025", "August 2025", "September 2025", "Total"]
    release = [
        sum(k.quantity for k in rec.kits if k.source == "prison_release" and k.day.month == m and _in(k.day, Q3.start))
        for m in (7, 8, 9)
    ]
    assert_shows(months, {"Prison or jail release": [*release, sum(release)]})


def test_fr_cara(built, tmp_path: Path) -> None:
    db, rec = built
    report = _run(db, "fr_cara", tmp_path / "fr.xlsx")
    q3 = [k for k in rec.kits if _in(k.day, Q3.start)]
    staff = [k for k in q3 if k.category == "service_provider"]
    assert_shows(
        _table(report, "equipped"),
        {
            "Service provider or staff": [
                sum(k.quantity for k in staff),
                sum(k.doses for k in staff),
                len({k.person for k in staff if k.person}),
            ],
            "Total": [sum(k.quantity for k in q3), sum(k.doses for k in q3), len({k.person for k in q3 if k.person})],
        },
    )
    linked = [r.linked_to_care for r in rec.reversals if _in(r.overdose_date, Q3.start)]
    yes, no, missing = linked.count(True), linked.count(False), linked.count(None)
    table = _table(report, "linked_to_care")
    assert [[row[0], row[1], str(row[2])] for row in table.body()] == [
        ["Yes", yes, f"{100 * yes / (yes + no):.1f}%"],
        ["No", no, f"{100 * no / (yes + no):.1f}%"],
        ["Not recorded", missing, ""],
        ["Total", len(linked), "100.0%"],
    ]
    assert f"{missing} not recorded" in " ".join(table.notes())
    sheet = _sheet_rows(tmp_path / "fr.xlsx", "Linked to care")
    assert sheet["Yes"] == [yes, pytest.approx(yes / (yes + no))]


def test_state_quarterly(built, tmp_path: Path) -> None:
    db, rec = built
    report = _run(db, "state_quarterly", tmp_path / "state.xlsx")
    q3 = [k for k in rec.kits if _in(k.day, Q3.start)]
    by_month = {
        name: [sum(k.quantity for k in q3 if k.product == code and k.day.month == m) for m in (7, 8, 9)]
        for code, name in (("NAS4", "Nasal spray 4 mg"), ("IMV", "Naloxone 10 mL vial"))
    }
    assert_shows(
        _table(report, "kits_by_product_month"),
        {name: [*cells, sum(cells)] for name, cells in by_month.items()},
        threshold=10,
    )
    key = _table(report, "key_figures")  # state fiscal year from July: to date is the quarter itself
    assert key.header[1:] == ["2025Q3", "FY2026 to date"]
    assert _rows(key)["Naloxone kits dispensed"] == [sum(k.quantity for k in q3)] * 2
    refills = [k for k in q3 if k.supply_type == "refill"]
    assert_shows(_table(report, "supply_type"), {"Refill": [sum(k.quantity for k in refills)]}, threshold=10)
    trained = {t.person for t in rec.trained if _in(t.day, Q3.start)}
    assert _rows(_table(report, "trained_age_gender"))["Total"][-1] == len(trained)
    answers = [r.called_911 for r in rec.reversals if _in(r.overdose_date, Q3.start)]
    assert_shows(
        _table(report, "called_911"),
        {"Yes": [answers.count(True)], "No": [answers.count(False)], "Not recorded": [answers.count(None)]},
        threshold=10,
    )
    _run(db, "state_quarterly", tmp_path / "state.pdf")
    text = _pdf(tmp_path / "state.pdf")
    assert "Counts from 1 to 10 are shown as <11" in text and "Naloxone kits dispensed, by product and month" in text


def test_prison_release_per_facility(built, tmp_path: Path) -> None:
    db, rec = built
    report = _run(db, "prison_release", tmp_path / "prison.xlsx")
    released = [k for k in rec.kits if k.source == "prison_release" and _in(k.day, Q3.start)]
    expected = {
        name: [
            sum(k.quantity for k in released if k.site == code),
            sum(k.doses for k in released if k.site == code),
            len({k.person for k in released if k.site == code and k.person}),
        ]
        for code, name in (("JAIL", "Suffolk County Jail"), ("PRISON", "Norfolk State Prison"))
    }
    table = _table(report, "kits_at_release")
    assert _rows(table) == {
        **expected,
        "Total": [
            sum(k.quantity for k in released),
            sum(k.doses for k in released),
            len({k.person for k in released if k.person}),
        ],
    }
    trained = _rows(_table(report, "trained"))
    for code, name in (("JAIL", "Suffolk County Jail"), ("PRISON", "Norfolk State Prison")):
        assert trained[name][0] == len({t.person for t in rec.trained if t.site == code and _in(t.day, Q3.start)})
    assert set(trained) == {"Suffolk County Jail", "Norfolk State Prison", "Total"}  # facilities only
    assert (
        _sheet_rows(tmp_path / "prison.xlsx", "Kits at release")["Suffolk County Jail"]
        == expected["Suffolk County Jail"]
    )
    _run(db, "prison_release", tmp_path / "prison.pdf")
    jail = expected["Suffolk County Jail"]
    assert f"Suffolk County Jail {jail[0]} {jail[1]} {jail[2]}" in _pdf(tmp_path / "prison.pdf")


def test_public_dashboard_is_suppressed_truthfully(built, tmp_path: Path) -> None:
    db, rec = built
    report = _run(db, "public_dashboard", tmp_path / "public.xlsx")
    q3 = [k for k in rec.kits if _in(k.day, Q3.start)]
    counties = {k.county for k in q3}
    expected = {
        county: [sum(k.quantity for k in q3 if k.county == county and k.day.month == m) for m in (7, 8, 9)]
        for county in counties
    }
    table = _table(report, "kits_by_county_month")
    assert_shows(table, {c: [*v, sum(v)] for c, v in expected.items()}, threshold=10)
    reversals = _table(report, "reversals_by_county")
    by_county = {
        c: sum(r.county == c for r in rec.reversals if _in(r.overdose_date, Q3.start))
        for c in ("Essex", "Suffolk", "Norfolk")
    }
    assert_shows(reversals, {c: [n] for c, n in by_county.items()}, threshold=10)
    assert reversals.hidden and any("Suppressed:" in n for n in reversals.notes())
    sheet = _sheet_rows(tmp_path / "public.xlsx", "Reversals by county")
    for county, n in by_county.items():
        assert sheet[county][0] in (n, "<11", "s") and (sheet[county][0] != "<11" or 1 <= n <= 10)
