"""Reading the first sheet of a file a program kept (XLSX or CSV) as rows of cells, its header row found.

Programs' sheets start with a title, a date printed, a blank line, and only then the headers; CSV comes
in the machine's encoding with the delimiter of its locale. This module finds the header row, decodes
and splits the text, and refuses what is not a sheet (or is built to exhaust the reader) in plain words.
Cells keep their type (a date cell stays a date, a number a number); ``oend.exchange.cell_values`` reads them.
"""

from __future__ import annotations

import codecs
import csv
import zipfile
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from oend.errors import FieldError, ValidationError
from oend.exchange.cell_values import simplify

# These bound what a damaged or hostile file can make the reader hold.
MAX_FILE_BYTES = 50_000_000
MAX_UNPACKED_BYTES = 100_000_000  # all the workbook's parts, as the ZIP declares them
MAX_ZIP_ENTRIES = 1_000
HEADER_SEARCH = 20  # rows above the headers a sheet may spend on titles


@dataclass(frozen=True)
class SheetFile:
    """A sheet as read: its headers, the row they are on, and its non-blank rows with their row numbers."""

    name: str
    headers: list[str]
    rows: list[tuple[int, list[Any]]]
    header_row: int = 1


def refused(path: Path, template: str, **values: Any) -> ValidationError:
    """The file refused, naming it (``{name}`` in the template): a file that cannot be read is the user's to fix."""
    return ValidationError([FieldError("file", template, values={"name": path.name, **values})])


def decode_text(data: bytes) -> str:
    """A text file's content: by its byte-order mark (UTF-8, UTF-16), else UTF-8 if it is valid, else Windows-1252.

    Spreadsheets save CSV in the machine's old code page (Windows-1252, a superset of Latin-1 for letters) or
    as "Unicode text" (UTF-16 with a mark); valid UTF-8 is almost never an accident of another encoding.
    """
    for mark, encoding in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(mark):
            return data[len(mark) :].decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # five bytes cp1252 leaves unassigned become U+FFFD


def _check_size(path: Path) -> None:
    if path.stat().st_size > MAX_FILE_BYTES:
        raise refused(path, "{name} is larger than {size} MB: split it", size=MAX_FILE_BYTES // 1_000_000)


def _check_workbook(path: Path) -> None:
    """Refuse what is not a sound workbook before openpyxl opens it: not a ZIP, too big, or a compression bomb.

    The sizes checked are those the ZIP declares; Python's zipfile never inflates an entry past its declared size.
    """
    _check_size(path)
    if not zipfile.is_zipfile(path):
        raise refused(path, "{name} is not an Excel workbook (.xlsx): save it again from the spreadsheet, or as CSV")
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError) as exc:
        raise refused(
            path, "{name} is a damaged workbook ({reason}): save it again from the spreadsheet", reason=exc
        ) from exc
    if len(entries) > MAX_ZIP_ENTRIES or sum(e.file_size for e in entries) > MAX_UNPACKED_BYTES:
        raise refused(
            path, "{name} unpacks to more than a sheet can hold: save it again from the spreadsheet, or as CSV"
        )


def _read_workbook(path: Path, max_rows: int) -> list[list[Any]]:
    from openpyxl import load_workbook  # loaded with the first spreadsheet, not when the app starts

    _check_workbook(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
        try:
            sheet = wb.worksheets[0]
            return [list(r) for r in sheet.iter_rows(values_only=True, max_row=max_rows + HEADER_SEARCH + 1)]
        finally:
            wb.close()
    except (OSError, ValidationError):
        raise
    except Exception as exc:  # a damaged workbook can fail anywhere inside openpyxl or its XML parser
        raise refused(
            path, "{name} cannot be read as a workbook ({reason}): save it again from the spreadsheet", reason=exc
        ) from exc


def delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most rows of one width (titles above them split into
    one cell whatever the delimiter, which throws the standard library's sniffer off)."""
    sample = text.splitlines()[:50]
    best, best_score = ",", (0, 0)
    for candidate in (",", ";", "\t"):
        try:
            widths = Counter(len(r) for r in csv.reader(sample, delimiter=candidate) if len(r) > 1)
        except csv.Error:
            continue
        if widths:
            width, times = widths.most_common(1)[0]
            if (times, width) > best_score:
                best, best_score = candidate, (times, width)
    return best


def _read_csv(path: Path) -> list[list[Any]]:
    _check_size(path)
    text = decode_text(path.read_bytes())
    try:
        return [list(r) for r in csv.reader(text.splitlines(), delimiter=delimiter(text))]
    except csv.Error as exc:
        raise refused(path, "{name} cannot be read as CSV ({reason})", reason=exc) from exc


def _filled(value: Any) -> bool:
    return value is not None and str(value).strip() != ""


def header_index(raw: list[list[Any]], words: Collection[str], hints: Collection[str] = ()) -> int:
    """Where the headers are among the first rows: the row naming most known columns (``words`` compared
    simplified, ``hints`` as written), else the first of the widest rows (titles fill one cell or two)."""
    top = raw[:HEADER_SEARCH]
    known = set(words)
    hinted = {h.strip() for h in hints}

    def score(row: list[Any]) -> int:
        cells = [str(v).strip() for v in row if _filled(v)]
        return sum(1 for c in cells if simplify(c) in known or c in hinted)

    scores = [score(row) for row in top]
    if max(scores, default=0) > 0:
        return scores.index(max(scores))
    widths = [sum(1 for v in row if _filled(v)) for row in top]
    return widths.index(max(widths, default=0)) if widths else 0


def read_sheet(
    path: str | Path, *, max_rows: int, words: Collection[str] = (), hints: Collection[str] = ()
) -> SheetFile:
    """The first sheet of an XLSX file, or a CSV file (comma, semicolon or tab; UTF-8, UTF-16 or Windows-1252).

    The headers are found below any title rows (see ``header_index``); row numbers are the file's own.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        raw = _read_workbook(path, max_rows)
    elif suffix in (".csv", ".txt", ".tsv"):
        raw = _read_csv(path)
    else:
        raise refused(path, "{name} must be an .xlsx or .csv file")
    if not any(_filled(v) for row in raw for v in row):
        raise refused(path, "{name} is empty")
    at = header_index(raw, words, hints)
    headers = [str(h).strip() if h is not None else "" for h in raw[at]]
    rows = [
        (number, values) for number, values in enumerate(raw[at + 1 :], start=at + 2) if any(_filled(v) for v in values)
    ]
    if len(rows) > max_rows:
        raise refused(path, "{name} has more than {max_rows} rows; split it", max_rows=max_rows)
    return SheetFile(path.name, headers, rows, at + 1)
