"""Streaming export of a list to XLSX or CSV: a million rows without holding them in memory.

Rows are fetched in batches (``yield_per``) and written straight out, to xlsxwriter's constant-memory
workbook (measured faster than openpyxl's write-only one) or a CSV writer; the file appears under its
name only when complete, and the rows staged on the way stay beside it (``oend.staging``). Text that
could run as a formula is written as text (see ``oend.core.cells``). Nothing here writes to the database:
the export as a user action, recorded in the audit trail, is ``oend.services.exports.export_list``.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import xlsxwriter  # type: ignore[import-untyped]
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.cells import could_run, csv_text
from oend.exchange.lists import (
    BOOL,
    DATE,
    DATETIME,
    TEXT,
    Column,
    ListFilter,
    ListSpec,
    get_list,
    readable,
    shown,
    statement,
)
from oend.reporting.progress import CancelCheck, Progress, Tracker
from oend.staging import scratch_folder, staged

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


class _Book:
    """A list's workbook in xlsxwriter's constant-memory mode: each sheet's rows go straight to a scratch file.

    Cells are written by their column's kind (dates as dates, text that could run as text with Excel's quote
    prefix), with no guessing from the value: a typed-in ``=1+2`` never becomes a formula.
    """

    def __init__(self, path: Path, spec: ListSpec | Sheet, scratch: Path) -> None:
        options = {"constant_memory": True, "tmpdir": str(scratch), "remove_timezone": True}
        options |= {"strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False}
        self.book = xlsxwriter.Workbook(str(path), options)
        self.spec = spec
        self.bold = self.book.add_format({"bold": True})
        self.quoted = self.book.add_format({"quote_prefix": True})
        self.formats = {
            DATE: self.book.add_format({"num_format": "yyyy-mm-dd"}),
            DATETIME: self.book.add_format({"num_format": "yyyy-mm-dd hh:mm"}),
        }

    def new_sheet(self) -> Callable[[int, Sequence[Any]], None]:
        """A new sheet with the headers bold and frozen above the rows; returns the function writing its rows."""
        spec = self.spec
        ws = self.book.add_worksheet(sheet_title(spec.title, len(self.book.worksheets()) + 1))
        for i, column in enumerate(spec.columns):
            ws.set_column(i, i, max(column.width, len(column.header) + 2))
        ws.freeze_panes(1, 0)
        ws.write_row(0, 0, [column.header for column in spec.columns], self.bold)
        quoted = self.quoted

        def text(r: int, c: int, value: Any) -> None:
            if isinstance(value, str):
                ws.write_string(r, c, value, quoted if could_run(value) else None)
            else:
                ws.write(r, c, value)

        def when(fmt: Any) -> Callable[[int, int, Any], None]:
            return lambda r, c, value: ws.write_datetime(r, c, value, fmt)

        by_kind = {TEXT: text, DATE: when(self.formats[DATE]), DATETIME: when(self.formats[DATETIME])}
        by_kind[BOOL] = ws.write_boolean
        put = [by_kind.get(column.kind, ws.write_number) for column in spec.columns]

        def write(r: int, row: Sequence[Any]) -> None:
            for c, value in enumerate(row):
                if value is not None:
                    put[c](r, c, value)

        self.sheet = ws
        return write

    def end_sheet(self, rows: int) -> None:
        self.sheet.autofilter(0, 0, rows, len(self.spec.columns) - 1)

    def abandon(self) -> None:
        """Close the sheets' scratch files without writing the workbook (its folder is removed next)."""
        for ws in self.book.worksheets():
            ws._opt_close()  # xlsxwriter's own close of a constant-memory sheet's row file


def write_xlsx(
    path: Path, spec: ListSpec | Sheet, rows: Iterable[Any], tracker: Tracker, *, sheet_rows: int = SHEET_ROWS
) -> int:
    """Write ``rows`` to an XLSX workbook; returns how many were written.

    A list longer than a sheet holds (``sheet_rows``, its header included) continues on further sheets,
    each with the headers again, so Excel and LibreOffice open every row. The sheets' rows are staged in
    a hidden folder beside ``path``, never in the system's temp folder.
    """
    per_sheet = sheet_rows - 1
    n = on_sheet = 0
    with scratch_folder(path) as scratch:
        book = _Book(path, spec, scratch)
        write = book.new_sheet()
        try:
            for row in rows:
                if on_sheet == per_sheet:
                    book.end_sheet(on_sheet)
                    write = book.new_sheet()
                    on_sheet = 0
                on_sheet += 1
                write(on_sheet, row)
                n += 1
                if n % BATCH == 0:
                    tracker.step(BATCH)
        except BaseException:
            book.abandon()
            raise
        book.end_sheet(on_sheet)
        book.book.close()
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
    with staged(out_path) as tmp:
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
    with staged(out_path) as tmp:
        n = writer(tmp, spec, _rows(session, spec, actor, filters), tracker)
        tracker.check()
    if progress is not None:
        progress(n, max(n, total))
    return ExportResult(out_path, n, spec.name, fmt)
