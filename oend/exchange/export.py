"""Streaming export of a list to XLSX or CSV: a million rows without holding them in memory.

Rows are fetched in batches (``yield_per``) and written straight out, to openpyxl's write-only
workbook or a CSV writer; the file appears under its name only when complete, and the rows openpyxl
stages on the way stay beside it (``oend.staging``). Text that could run as a formula is written as text
(see ``oend.core.cells``). Nothing here writes to the database: the export as a user
action, recorded in the audit trail, is ``oend.services.exports.export_list``.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.cells import could_run, csv_text
from oend.exchange.lists import BOOL, TEXT, Column, ListFilter, ListSpec, get_list, readable, shown, statement
from oend.reporting.progress import CancelCheck, Progress, Tracker
from oend.staging import spreadsheet_scratch_beside, staged

BATCH = 5000
SHEET_ROWS = 1_048_576  # the rows a worksheet holds in Excel and LibreOffice, its header row included
SHEET_TITLE = 31  # the characters a sheet's name may have


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    list_name: str
    fmt: str


@dataclass(frozen=True)
class Sheet:
    """Rows a screen already holds (the list behind a dashboard figure), written as they are shown."""

    title: str
    columns: tuple[Column, ...]


def xlsx_text(ws: Any, value: str) -> WriteOnlyCell:
    """A string cell that cannot run: typed as text, with the quote prefix Excel uses for typed-in text."""
    cell = WriteOnlyCell(ws, value=None)
    cell.value = value
    cell.data_type = "s"
    cell.quotePrefix = True
    return cell


def _rows(session: Session, spec: ListSpec, actor: Actor, filters: ListFilter | None) -> Iterable[Any]:
    return readable(spec, session.execute(statement(spec, actor, filters).execution_options(yield_per=BATCH)))


def count_rows(session: Session, actor: Actor, list_name: str, filters: ListFilter | None = None) -> int:
    stmt = statement(get_list(list_name), actor, filters).order_by(None)
    return int(session.scalar(select(func.count()).select_from(stmt.subquery())) or 0)


def sheet_title(title: str, number: int) -> str:
    """The name of the list's ``number``-th sheet: the title, then "Title (2)", "Title (3)"..."""
    if number == 1:
        return title[:SHEET_TITLE]
    suffix = f" ({number})"
    return title[: SHEET_TITLE - len(suffix)] + suffix


def _new_sheet(wb: Workbook, spec: ListSpec | Sheet, number: int) -> Any:
    """A sheet of the list, with its headers bold and frozen above the rows."""
    ws = wb.create_sheet(sheet_title(spec.title, number))
    for i, column in enumerate(spec.columns, start=1):
        ws.column_dimensions[get_column_letter(i)].width = max(column.width, len(column.header) + 2)
    ws.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for column in spec.columns:
        cell = WriteOnlyCell(ws, value=column.header)
        cell.font = bold
        header.append(cell)
    ws.append(header)
    return ws


def _filter_rows(ws: Any, columns: int, rows: int) -> None:
    ws.auto_filter.ref = f"A1:{get_column_letter(columns)}{rows + 1}"


def write_xlsx(
    path: Path, spec: ListSpec | Sheet, rows: Iterable[Any], tracker: Tracker, *, sheet_rows: int = SHEET_ROWS
) -> int:
    """Write ``rows`` to a write-only workbook; returns how many were written.

    A list longer than a sheet holds (``sheet_rows``, its header included) continues on further sheets,
    each with the headers again, so Excel and LibreOffice open every row.
    """
    wb = Workbook(write_only=True)
    ws = _new_sheet(wb, spec, 1)
    per_sheet = sheet_rows - 1
    text_cols = [i for i, c in enumerate(spec.columns) if c.kind == TEXT]
    n = on_sheet = 0
    try:
        for row in rows:
            if on_sheet == per_sheet:
                _filter_rows(ws, len(spec.columns), on_sheet)
                ws = _new_sheet(wb, spec, len(wb.worksheets) + 1)
                on_sheet = 0
            values = tuple(row)  # openpyxl accepts tuples and lists, not SQLAlchemy rows
            for i in text_cols:
                value = values[i]
                if could_run(value):
                    values = (*values[:i], xlsx_text(ws, value), *values[i + 1 :])
            ws.append(values)
            n += 1
            on_sheet += 1
            if n % BATCH == 0:
                tracker.step(BATCH)
    except BaseException:
        for sheet in wb.worksheets:  # openpyxl's sheet writers close their scratch files before the file is removed
            sheet.close()
        raise
    _filter_rows(ws, len(spec.columns), on_sheet)
    wb.save(path)
    return n


def _csv_value(value: Any, kind: str) -> Any:
    if value is None:
        return ""
    if kind == TEXT:
        return csv_text(value)
    if kind == BOOL:
        return "yes" if value else "no"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def write_csv(path: Path, spec: ListSpec | Sheet, rows: Iterable[Any], tracker: Tracker) -> int:
    """Write ``rows`` as UTF-8 CSV with a byte-order mark (so Excel reads accents right)."""
    kinds = [c.kind for c in spec.columns]
    n = 0
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow([c.header for c in spec.columns])
        for row in rows:
            writer.writerow([_csv_value(v, k) for v, k in zip(row, kinds, strict=True)])
            n += 1
            if n % BATCH == 0:
                tracker.step(BATCH)
    return n


def _writer(fmt: str, sheet_rows: int = SHEET_ROWS) -> Any:
    writers = {"xlsx": partial(write_xlsx, sheet_rows=sheet_rows), "csv": write_csv}
    if fmt not in writers:
        raise ValueError(f"unknown export format '{fmt}' (xlsx or csv)")
    return writers[fmt]


def write_rows(
    out_path: str | Path, title: str, headers: Sequence[str], rows: Sequence[Sequence[str]], fmt: str | None = None
) -> ExportResult:
    """Write rows of text under ``headers`` to ``out_path`` as XLSX or CSV, whole or not at all."""
    out_path = Path(out_path)
    fmt = (fmt or out_path.suffix.lstrip(".")).lower()
    writer = _writer(fmt)
    sheet = Sheet(title[:31], tuple(Column(header, None, TEXT, 16) for header in headers))
    with staged(out_path) as tmp, spreadsheet_scratch_beside(out_path):
        n = writer(tmp, sheet, (tuple(row) for row in rows), Tracker(len(rows), None, None))
    return ExportResult(out_path, n, title, fmt)


def write_list(
    session: Session,
    actor: Actor,
    list_name: str,
    out_path: str | Path,
    filters: ListFilter | None = None,
    fmt: str | None = None,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    sheet_rows: int = SHEET_ROWS,
) -> ExportResult:
    """Write the list ``list_name`` as the user sees it (filters, site scope) to ``out_path``, whole or not at all."""
    spec = shown(get_list(list_name), filters)
    out_path = Path(out_path)
    fmt = (fmt or out_path.suffix.lstrip(".")).lower()
    writer = _writer(fmt, sheet_rows)
    total = count_rows(session, actor, list_name, filters) if progress is not None else 0
    tracker = Tracker(total, progress, cancelled)
    with staged(out_path) as tmp, spreadsheet_scratch_beside(out_path):
        n = writer(tmp, spec, _rows(session, spec, actor, filters), tracker)
        tracker.check()
    if progress is not None:
        progress(n, max(n, total))
    return ExportResult(out_path, n, spec.name, fmt)
