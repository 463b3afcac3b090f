"""A computed report as a workbook: a cover sheet, then each table on its own named sheet.

Counts are real numbers (a suppressed cell is the text "<11", or "s" when withheld to protect another),
dates are real dates, header rows are frozen, each table has an autofilter, and columns are as wide as
their contents. Every cell goes through ``put``, so text from the data (a county, a site's name)
never runs as a formula.
"""

from __future__ import annotations

import re
from io import BytesIO
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from oend.core.cells import could_run
from oend.reporting.measure_parts import Statistic
from oend.reporting.rates import Rate
from oend.reporting.report_model import Report, small_cells_rule
from oend.reporting.tables import Share, Table

HEADER_ROW = 3  # row 1 the title, row 2 the period and sites, row 3 the column headers
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=13, color="1F6F78")
HEADER_FILL = PatternFill("solid", fgColor="E3F1F2")
TOTAL_BORDER = Border(top=Side(style="thin", color="1D2B36"))
INVALID = re.compile(r"[\[\]:*?/\\]")


def sheet_name(wanted: str, taken: set[str]) -> str:
    """A valid, unique sheet name (at most 31 characters, none of []:*?/\\)."""
    base = INVALID.sub(" ", wanted).strip()[:31] or "Sheet"
    name, n = base, 2
    while name.lower() in taken:
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(name.lower())
    return name


def put(ws: Worksheet, row: int, column: int, value: Any) -> Cell:
    """Write ``value`` into a cell; text a spreadsheet could read as a formula is stored as quoted text."""
    cell = ws.cell(row, column)
    cell.value = value
    if could_run(value):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def fit_columns(ws: Worksheet, widths: dict[int, int]) -> None:
    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = min(max(width + 2, 8), 60)


def _measure(widths: dict[int, int], col: int, value: Any) -> None:
    text = f"{value:,}" if isinstance(value, int) else str(value)
    widths[col] = max(widths.get(col, 0), len(text))


def _written(value: Any) -> Any:
    """What a cell holds: a percentage as its fraction, a statistic as its number (its text when it has none),
    a rate as the number it is."""
    if isinstance(value, Share):
        return value.fraction
    if isinstance(value, Statistic):
        return value.text if value.number is None else value.number
    if isinstance(value, Rate):
        return value.value
    return value


def _cover(ws: Worksheet, report: Report) -> None:
    put(ws, 1, 1, report.template.title).font = TITLE
    words = report.words
    rows: list[tuple[str, Any, str | None]] = [
        (words("Program"), report.program_name, None),
        (words("Report"), report.template.title, None),
        (words("Period"), words.period(report.period), None),
        (words("Period start"), report.period.start, "yyyy-mm-dd"),
        (words("Period end"), report.period.end, "yyyy-mm-dd"),
        (words("Sites"), report.sites_text, None),
        (words("Generated"), report.generated_at.replace(tzinfo=None), "yyyy-mm-dd hh:mm"),
    ]
    if report.threshold:
        rows.append((words("Small cells"), small_cells_rule(report.threshold, words), None))
    widths: dict[int, int] = {}
    for i, (key, value, fmt) in enumerate(rows, start=3):
        put(ws, i, 1, key).font = BOLD
        cell = put(ws, i, 2, value)
        if fmt:
            cell.number_format = fmt
        _measure(widths, 1, key)
        _measure(widths, 2, value if fmt is None else "2026-01-01 00:00")
    fit_columns(ws, widths)


def _table_sheet(ws: Worksheet, report: Report, table: Table) -> None:
    put(ws, 1, 1, table.title).font = TITLE
    words = report.words
    put(ws, 2, 1, f"{words.period(report.period)} ({words.describe(report.period)}) · {report.sites_text}")
    widths: dict[int, int] = {}
    for c, header in enumerate(table.header, start=1):
        cell = put(ws, HEADER_ROW, c, header)
        cell.font, cell.fill = BOLD, HEADER_FILL
        cell.alignment = Alignment(horizontal="left" if c == 1 else "right", wrap_text=False)
        _measure(widths, c, header)
    body = table.body()
    for r, row in enumerate(body, start=HEADER_ROW + 1):
        is_total = table.total_row and r == HEADER_ROW + len(body)
        for c, value in enumerate(row, start=1):
            cell = put(ws, r, c, _written(value))
            if isinstance(value, Statistic):
                cell.number_format = value.number_format
            if isinstance(value, Share):
                cell.number_format = "0.0%"
            elif isinstance(value, Rate):
                cell.number_format = "#,##0.0"
            elif isinstance(value, int):
                cell.number_format = "#,##0"
            elif c > 1:
                cell.alignment = Alignment(horizontal="right")
            if is_total or (table.total_column and c == len(row)):
                cell.font = BOLD
            if is_total:
                cell.border = TOTAL_BORDER
            _measure(widths, c, value)
    last_data = HEADER_ROW + len(body) - (1 if table.total_row else 0)
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 2)
    ws.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(table.header))}{max(last_data, HEADER_ROW)}"
    for i, note in enumerate(table.notes()):
        put(ws, HEADER_ROW + len(body) + 2 + i, 1, note).font = Font(italic=True, color="5B6B75")
    widths[1] = max(widths.get(1, 0), 18)
    fit_columns(ws, widths)


def render_xlsx(report: Report) -> bytes:
    wb = Workbook()
    cover = wb.active
    assert cover is not None
    taken: set[str] = set()
    cover.title = sheet_name(report.words("Report"), taken)
    _cover(cover, report)
    for table in report.tables:
        ws = wb.create_sheet(sheet_name(table.sheet or table.title, taken))
        _table_sheet(ws, report, table)
    buffer = BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
