"""Exports read back with openpyxl and csv: values, types, filters, scope, audit and formula safety."""

from __future__ import annotations

import csv
import datetime as dt
from inspect import signature
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from oend.core.actor import Actor
from oend.exchange.export import SHEET_ROWS, sheet_title, write_list
from oend.exchange.lists import ListFilter
from oend.model import AuditEvent, Participant
from oend.model.codes import AuditAction, Role
from oend.reporting.periods import Period
from oend.reporting.progress import Cancelled
from oend.services.exports import export_list
from oend.services.reversals import record_reversal

Q3 = Period.quarter(2025, 3)
HOSTILE = ["=1+2", "+SUM(A1)", "-2+3", "@cmd", "\tTAB", "\rCR", "＝1+2", "＋SUM(A1)", "－2+3", "＠cmd"]
FORMULA = '=HYPERLINK("http://x","y")'


def _hostile_names(session) -> None:
    with session.begin():
        people = session.scalars(select(Participant).order_by(Participant.code).limit(len(HOSTILE))).all()
        for person, text in zip(people, HOSTILE, strict=True):
            person.last_name = text


def test_dispensing_xlsx_values_types_and_filters(seeded, actor: Actor, tmp_path: Path) -> None:
    session, data = seeded
    out = tmp_path / "d.xlsx"
    with session.begin():
        result = export_list(
            session, actor, "dispensing", out, ListFilter(period=Q3, sites=[data.site_id("NORTH")])
        ).record
    assert result.rows == 4
    ws = load_workbook(out)["Dispensing"]
    assert ws["A1"].value == "Date" and ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:L5"
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    assert [r[6] for r in rows] == [1, 2, 1, 10]
    assert rows[0][0] == dt.datetime(2025, 7, 10) and ws["A2"].is_date
    assert rows[0][1:6] == ["NORTH", "P-A1", "Person who uses drugs / at risk", "NAS4", "N-001"]
    assert rows[3][2] is None and rows[3][3] == "Person who uses drugs / at risk"  # anonymous: category kept
    assert rows[2][7:9] == ["Refill", "Used on someone"]  # codes in the words of their labels
    event = session.scalars(select(AuditEvent).where(AuditEvent.action == AuditAction.EXPORT)).one()
    assert event.entity == "dispensing" and event.detail.startswith("4 rows") and "identifiable" in event.detail


def test_filter_by_column_value_and_csv(seeded, actor: Actor, tmp_path: Path) -> None:
    session, _ = seeded
    out = tmp_path / "r.csv"
    with session.begin():
        result = export_list(session, actor, "reversals", out, ListFilter(equals={"outcome": ["survived"]})).record
    assert result.rows == 3  # two in the quarter, one in April
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:3] == ["Date", "Site", "Reporter"] and {r[11] for r in rows[1:]} == {"Survived"}
    assert rows[1][0] == "2025-04-01"


def test_formula_injection_is_neutralised(seeded, actor: Actor, tmp_path: Path) -> None:
    session, _ = seeded
    _hostile_names(session)
    with session.begin():
        export_list(session, actor, "participants", tmp_path / "p.xlsx")
        export_list(session, actor, "participants", tmp_path / "p.csv")
        export_list(session, actor, "stock", tmp_path / "s.xlsx")  # references seeded as =HYPERLINK(...)
    ws = load_workbook(tmp_path / "p.xlsx").active

    def as_typed(value: str | None) -> str | None:
        """The cell as typed: OOXML writes a carriage return as ``_x000D_``, which openpyxl leaves undecoded in
        inline strings (Excel and LibreOffice decode it), and some XML readers turn a bare one into a line feed."""
        return value.replace("_x000D_", "\r").replace("\n", "\r") if value else value

    last_names = [ws.cell(r, 3) for r in range(2, ws.max_row + 1)]
    hostile_cells = [c for c in last_names if as_typed(c.value) in HOSTILE]
    assert sorted(as_typed(c.value) for c in hostile_cells) == sorted(HOSTILE)  # the text is kept as typed...
    assert all(c.data_type == "s" and c.quotePrefix for c in hostile_cells)  # ...as text that cannot run
    stock = load_workbook(tmp_path / "s.xlsx").active
    assert stock["I2"].value == '=HYPERLINK("x")' and stock["I2"].data_type == "s"
    with (tmp_path / "p.csv").open(encoding="utf-8-sig", newline="") as f:
        csv_rows = list(csv.reader(f))[1:]
    csv_names = [r[2] for r in csv_rows]
    assert sorted(n for n in csv_names if n.startswith("'")) == sorted("'" + h for h in HOSTILE)
    assert "Nguyễn" in [r[1] for r in csv_rows]  # text beyond Latin-1 survives


def test_a_reversal_county_typed_as_a_formula_exports_as_text(seeded, actor: Actor, tmp_path: Path) -> None:
    session, data = seeded
    with session.begin():
        record_reversal(
            session, actor, overdose_date=dt.date(2025, 8, 9), site_id=data.site_id("NORTH"), county=FORMULA
        )
        export_list(session, actor, "reversals", tmp_path / "r.xlsx")
        export_list(session, actor, "reversals", tmp_path / "r.csv")
    ws = load_workbook(tmp_path / "r.xlsx").active
    column = [c.value for c in ws[1]].index("County")
    [cell] = [r[column] for r in ws.iter_rows(min_row=2) if r[column].value == FORMULA]
    assert cell.data_type == "s" and cell.quotePrefix
    with (tmp_path / "r.csv").open(encoding="utf-8-sig", newline="") as f:
        header, *rows = list(csv.reader(f))
    assert "'" + FORMULA in [r[header.index("County")] for r in rows]


def test_scope_limits_rows(seeded, tmp_path: Path) -> None:
    session, data = seeded
    worker = Actor(None, "w", Role.OUTREACH_WORKER, "dev", frozenset({data.site_id("JAIL")}))
    with session.begin():
        result = export_list(session, worker, "participants", tmp_path / "p.xlsx").record
    assert result.rows == 5
    codes = [r[0].value for r in load_workbook(tmp_path / "p.xlsx").active.iter_rows(min_row=2)]
    assert codes == ["P-L1", "P-L2", "P-L3", "P-L4", "P-L5"]


def test_cancel_leaves_no_file(seeded, actor: Actor, tmp_path: Path) -> None:
    session, _ = seeded
    out = tmp_path / "d.xlsx"
    with pytest.raises(Cancelled), session.begin():
        export_list(session, actor, "dispensing", out, cancelled=lambda: True)
    assert not out.exists() and not list(tmp_path.glob(".d.xlsx*"))


def test_sessions_list_counts_attendance(seeded, actor: Actor, tmp_path: Path) -> None:
    session, _ = seeded
    with session.begin():
        export_list(session, actor, "sessions", tmp_path / "s.xlsx", ListFilter(period=Q3))
    rows = [[c.value for c in r] for r in load_workbook(tmp_path / "s.xlsx").active.iter_rows(min_row=2)]
    assert [(r[1], r[5]) for r in rows] == [("NORTH", 5), ("JAIL", 4), ("SOUTH", 2)]


def test_a_list_longer_than_a_sheet_continues_on_further_sheets(seeded, actor: Actor, tmp_path: Path) -> None:
    session, _ = seeded
    with session.begin():
        whole = write_list(session, actor, "dispensing", tmp_path / "one.xlsx")
        split = write_list(session, actor, "dispensing", tmp_path / "split.xlsx", sheet_rows=4)  # 3 rows a sheet
    assert split.rows == whole.rows > 6
    book = load_workbook(tmp_path / "split.xlsx")
    sheets = -(-whole.rows // 3)
    assert book.sheetnames == ["Dispensing", *(f"Dispensing ({i})" for i in range(2, sheets + 1))]
    header = [c.value for c in load_workbook(tmp_path / "one.xlsx").active[1]]
    rows = []
    for ws in book.worksheets:
        assert [c.value for c in ws[1]] == header and ws.freeze_panes == "A2"  # the headers again on every sheet
        assert ws.max_row <= 4 and ws.auto_filter.ref == f"A1:L{ws.max_row}"
        rows += [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    one = [[c.value for c in r] for r in load_workbook(tmp_path / "one.xlsx").active.iter_rows(min_row=2)]
    assert rows == one  # every row once, in order
    assert SHEET_ROWS == 1_048_576 and signature(write_list).parameters["sheet_rows"].default == SHEET_ROWS
    assert sheet_title("Training sessions with a long title", 12) == "Training sessions with a l (12)"


def test_codes_beside_labels_when_asked_and_dates_as_dates(seeded, actor: Actor, tmp_path: Path) -> None:
    session, _ = seeded
    with session.begin():
        export_list(session, actor, "dispensing", tmp_path / "d.xlsx", ListFilter(period=Q3, with_codes=True))
        export_list(session, actor, "dispensing", tmp_path / "d.csv", ListFilter(period=Q3, with_codes=True))
    ws = load_workbook(tmp_path / "d.xlsx").active
    header = [c.value for c in ws[1]]
    assert header[3:5] == ["Recipient category", "Recipient category (code)"]
    assert header[8:14] == [
        "Supply",
        "Supply (code)",
        "Refill reason",
        "Refill reason (code)",
        "Source",
        "Source (code)",
    ]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    assert ("Refill", "refill", "Used on someone", "used_on_someone") in {(r[8], r[9], r[10], r[11]) for r in rows}
    assert all(r[4] == "at_risk" for r in rows if r[3] == "Person who uses drugs / at risk")
    assert ws["A2"].is_date and isinstance(ws["A2"].value, dt.datetime)
    with (tmp_path / "d.csv").open(encoding="utf-8-sig", newline="") as f:
        assert next(csv.reader(f))[3:5] == ["Recipient category", "Recipient category (code)"]
    event = session.scalars(select(AuditEvent).where(AuditEvent.action == AuditAction.EXPORT)).first()
    assert "codes beside labels" in event.detail
