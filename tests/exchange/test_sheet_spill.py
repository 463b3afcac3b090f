"""A list longer than a sheet holds, opened by LibreOffice and by openpyxl: every row once, headers on each sheet."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from oend.exchange.export import write_xlsx
from oend.exchange.lists import get_list
from oend.reporting.progress import Tracker
from tests.support.list_rows import dispensing_rows
from tests.support.office import csv_rows, every_sheet

ROWS, SHEET_ROWS = 3500, 2001  # 2,000 rows and a header on the first sheet, 1,500 on the second


def test_rows_past_a_sheets_limit_continue_on_a_second_sheet_that_libreoffice_opens(tmp_path: Path) -> None:
    spec = get_list("dispensing")
    out = tmp_path / "dispensing.xlsx"
    written = write_xlsx(out, spec, dispensing_rows(ROWS), Tracker(ROWS, None, None), sheet_rows=SHEET_ROWS)
    assert written == ROWS
    header = [c.header for c in spec.columns]
    codes = [row[2] for row in dispensing_rows(ROWS)]

    book = load_workbook(out, read_only=True)
    assert book.sheetnames == ["Dispensing", "Dispensing (2)"]
    sheets = [list(ws.iter_rows(values_only=True)) for ws in book.worksheets]
    book.close()
    assert [len(rows) for rows in sheets] == [SHEET_ROWS, ROWS - (SHEET_ROWS - 1) + 1]
    assert all(list(rows[0]) == header for rows in sheets)
    assert [row[2] for rows in sheets for row in rows[1:]] == codes  # every row once, in order

    by_libreoffice = every_sheet(out, tmp_path / "lo")
    assert sorted(by_libreoffice) == ["Dispensing", "Dispensing (2)"]
    opened = [list(csv_rows(by_libreoffice[name])) for name in ("Dispensing", "Dispensing (2)")]
    assert all(rows[0] == header for rows in opened)
    assert [row[2] for rows in opened for row in rows[1:]] == codes
    assert opened[0][1][0] == "2025-01-01" and opened[0][1][11] == "=1+1"  # a date as a date, a formula as text
