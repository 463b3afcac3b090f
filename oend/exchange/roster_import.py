"""Importing a roster (a prison release class, a training sign-in sheet) from XLSX or CSV.

Three steps, so the user stays in control: read the file and map its columns (the mapping is
remembered for next time), validate every row and show each refused row with the reason, then -
only when the user confirms - enrol the good rows in one transaction. This module reads and checks;
the enrolment is ``oend.services.roster_import.import_roster``. A participant whose code is already
enrolled is matched, not duplicated, so importing the same file twice changes nothing.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import re
import uuid
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.labels import labels
from oend.core.participant_codes import is_valid, normalise
from oend.errors import FieldError, ValidationError
from oend.model import Participant, Setting
from oend.model.codes import AgeBand, Ethnicity, Gender, ParticipantCategory, Race
from oend.queries.participant_codes import current_scheme

MAPPING_SETTING = "import.roster.mapping"
MAX_ROWS = 50_000
# A roster of MAX_ROWS rows is a few MB; these bound what a damaged or hostile file can make the reader hold.
MAX_FILE_BYTES = 50_000_000
MAX_UNPACKED_BYTES = 100_000_000  # all the workbook's parts, as the ZIP declares them
MAX_ZIP_ENTRIES = 1_000

# target field -> the words a roster's header may use for it (compared lower-case, without punctuation)
FIELDS: dict[str, tuple[str, ...]] = {
    "code": ("code", "id", "participant id", "participant code", "client id", "client code", "inmate id", "booking"),
    "first_name": ("first name", "first", "given name", "forename"),
    "last_name": ("last name", "last", "surname", "family name"),
    "date_of_birth": ("date of birth", "dob", "birth date", "birthdate"),
    "birth_year": ("birth year", "year of birth"),
    "category": ("category", "participant category", "type"),
    "gender": ("gender", "sex"),
    "age_band": ("age group", "age band", "age range"),
    "race": ("race",),
    "ethnicity": ("ethnicity", "hispanic"),
    "zip_code": ("zip", "zip code", "postcode", "postal code"),
    "county": ("county",),
    "expected_release_date": ("release date", "expected release", "expected release date", "release"),
}
REQUIRED = ("code",)
CODED: dict[str, type[StrEnum]] = {
    "category": ParticipantCategory,
    "gender": Gender,
    "age_band": AgeBand,
    "race": Race,
    "ethnicity": Ethnicity,
}
DATES = ("date_of_birth", "expected_release_date")
DATE_FORMATS = ("%Y-%m-%d", "%m/%d/%Y", "%m/%d/%y", "%Y/%m/%d")


@dataclass(frozen=True)
class RosterFile:
    """A roster as read: its headers and its non-blank rows, each with its row number in the file."""

    name: str
    headers: list[str]
    rows: list[tuple[int, list[Any]]]


def _cell_text(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


def _refused(path: Path, template: str, **values: Any) -> ValidationError:
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
            return data[len(mark) :].decode(encoding)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # five bytes cp1252 leaves unassigned become U+FFFD


def _check_workbook(path: Path) -> None:
    """Refuse what is not a sound workbook before openpyxl opens it: not a ZIP, too big, or a compression bomb.

    The sizes checked are those the ZIP declares; Python's zipfile never inflates an entry past its declared size.
    """
    if path.stat().st_size > MAX_FILE_BYTES:
        raise _refused(path, "{name} is larger than {size} MB: split it", size=MAX_FILE_BYTES // 1_000_000)
    if not zipfile.is_zipfile(path):
        raise _refused(path, "{name} is not an Excel workbook (.xlsx): save it again from the spreadsheet, or as CSV")
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError) as exc:
        raise _refused(
            path, "{name} is a damaged workbook ({reason}): save it again from the spreadsheet", reason=exc
        ) from exc
    if len(entries) > MAX_ZIP_ENTRIES or sum(e.file_size for e in entries) > MAX_UNPACKED_BYTES:
        raise _refused(
            path, "{name} unpacks to more than a roster can hold: save it again from the spreadsheet, or as CSV"
        )


def _read_workbook(path: Path) -> list[list[Any]]:
    from openpyxl import load_workbook  # loaded with the first spreadsheet, not when the app starts

    _check_workbook(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
        try:
            sheet = wb.worksheets[0]
            return [list(r) for r in sheet.iter_rows(values_only=True, max_row=MAX_ROWS + 1)]
        finally:
            wb.close()
    except (OSError, ValidationError):
        raise
    except Exception as exc:  # a damaged workbook can fail anywhere inside openpyxl or its XML parser
        raise _refused(
            path, "{name} cannot be read as a workbook ({reason}): save it again from the spreadsheet", reason=exc
        ) from exc


def _read_csv(path: Path) -> list[list[Any]]:
    if path.stat().st_size > MAX_FILE_BYTES:
        raise _refused(path, "{name} is larger than {size} MB: split it", size=MAX_FILE_BYTES // 1_000_000)
    text = decode_text(path.read_bytes())
    try:
        dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        return [list(r) for r in csv.reader(text.splitlines(), dialect)]
    except csv.Error as exc:
        raise _refused(path, "{name} cannot be read as CSV ({reason})", reason=exc) from exc


def read_roster(path: str | Path) -> RosterFile:
    """Read the first sheet of an XLSX file, or a CSV file (comma, semicolon or tab separated, any usual encoding)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        raw = _read_workbook(path)
    elif suffix in (".csv", ".txt"):
        raw = _read_csv(path)
    else:
        raise _refused(path, "{name} must be an .xlsx or .csv file")
    if not raw:
        raise _refused(path, "{name} is empty")
    headers = [str(h).strip() if h is not None else "" for h in raw[0]]
    rows = [
        (number, [_cell_text(v) for v in values])
        for number, values in enumerate(raw[1:], start=2)
        if any(v not in (None, "") and str(v).strip() for v in values)
    ]
    if len(rows) > MAX_ROWS:
        raise _refused(path, "{name} has more than {max_rows} rows; split it", max_rows=MAX_ROWS)
    return RosterFile(path.name, headers, rows)


def _simplify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def remembered_mapping(session: Session) -> dict[str, str]:
    setting = session.get(Setting, MAPPING_SETTING)
    return dict(setting.value.get("columns", {})) if setting else {}


def guess_mapping(session: Session, headers: list[str]) -> dict[str, str]:
    """Target field -> header: the remembered mapping where its headers are present, else by the header's words."""
    present = set(headers)
    mapping = {f: h for f, h in remembered_mapping(session).items() if h in present and f in FIELDS}
    used = set(mapping.values())
    for header in headers:
        simple = _simplify(header)
        for target, words in FIELDS.items():
            if target not in mapping and header not in used and simple in words:
                mapping[target] = header
                used.add(header)
    return mapping


@dataclass
class RosterRow:
    row: int
    values: dict[str, Any]

    @property
    def code(self) -> str:
        return str(self.values["code"])


@dataclass
class RosterPreview:
    """What an import would do: new people, people already enrolled, and the refused rows with reasons."""

    file_name: str
    mapping: dict[str, str]
    new: list[RosterRow] = field(default_factory=list)
    existing: list[tuple[RosterRow, uuid.UUID]] = field(default_factory=list)
    errors: list[FieldError] = field(default_factory=list)

    @property
    def refused_rows(self) -> list[int]:
        return sorted({e.row for e in self.errors if e.row is not None})


def _code_lookup(enum_cls: type[StrEnum]) -> dict[str, str]:
    """Codes by the code itself and by the words of its label, so a sheet may use either."""
    lookup = {_simplify(m.value): m.value for m in enum_cls}
    for code, text in labels(enum_cls).items():
        lookup[_simplify(text)] = code
    return lookup


def _parse_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _row_values(
    number: int, raw: list[Any], columns: dict[str, int], defaults: Mapping[str, Any], errors: list[FieldError]
) -> dict[str, Any] | None:
    """One row's values by target field, or None (with errors added) when the row is refused."""
    before = len(errors)
    values: dict[str, Any] = {}
    for target, index in columns.items():
        value = raw[index] if index < len(raw) else None
        if isinstance(value, str):
            value = value.strip() or None
        if value is None:
            continue
        if target in DATES:
            parsed = _parse_date(value)
            if parsed is None:
                errors.append(
                    FieldError(
                        target, "'{value}' is not a date (use YYYY-MM-DD or MM/DD/YYYY)", number, {"value": value}
                    )
                )
                continue
            value = parsed
        elif target in CODED:
            code = _code_lookup(CODED[target]).get(_simplify(str(value)))
            if code is None:
                allowed = tuple(m.value for m in CODED[target])  # the codes a sheet may hold, whatever the language
                errors.append(
                    FieldError(
                        target,
                        "'{value}' is not known (use one of: {allowed})",
                        number,
                        {"value": value, "allowed": allowed},
                    )
                )
                continue
            value = code
        elif target == "birth_year":
            if not str(value).isdigit():
                errors.append(FieldError(target, "'{value}' is not a year", number, {"value": value}))
                continue
            value = int(value)
        else:
            value = str(value)
        values[target] = value
    for target, default in defaults.items():
        values.setdefault(target, default)
    if not values.get("code"):
        errors.append(FieldError("code", "is missing (every row needs the participant ID)", number))
    if not values.get("category"):
        errors.append(FieldError("category", "is missing (map a category column or choose one for the file)", number))
    dob = values.get("date_of_birth")
    if isinstance(dob, dt.date) and dob > dt.date.today():
        errors.append(FieldError("date_of_birth", "cannot be in the future", number))
    return values if len(errors) == before else None


def validate_roster(
    session: Session,
    actor: Actor,
    roster: RosterFile,
    mapping: Mapping[str, str],
    *,
    default_category: str | None = None,
) -> RosterPreview:
    """Check every row before anything is written; nothing here changes the database."""
    preview = RosterPreview(roster.name, dict(mapping))
    unknown = [f for f in mapping if f not in FIELDS]
    missing = [h for h in mapping.values() if h not in roster.headers]
    if unknown or missing:
        problems = [FieldError(f, "is not a roster field") for f in unknown]
        problems += [FieldError("mapping", "the file has no column '{column}'", values={"column": h}) for h in missing]
        raise ValidationError(problems)
    if "code" not in mapping:
        raise ValidationError([FieldError("mapping", "choose the column that holds the participant ID")])
    columns = {target: roster.headers.index(header) for target, header in mapping.items()}
    defaults = {"category": default_category} if default_category else {}
    scheme = current_scheme(session)
    first_seen: dict[str, int] = {}
    candidates: list[RosterRow] = []
    for number, raw in roster.rows:
        values = _row_values(number, raw, columns, defaults, preview.errors)
        if values is None:
            continue
        code = normalise(values["code"])
        values["code"] = code
        if code in first_seen:
            preview.errors.append(
                FieldError(
                    "code",
                    "{code} appears again (first on row {first})",
                    number,
                    {"code": code, "first": first_seen[code]},
                )
            )
            continue
        first_seen[code] = number
        candidates.append(RosterRow(number, values))
    known = dict(
        session.execute(
            select(Participant.code, Participant.id).where(Participant.code.in_([c.code for c in candidates]))
        ).all()
    ) if candidates else {}  # fmt: skip
    for row in candidates:
        if row.code in known:
            preview.existing.append((row, known[row.code]))
        elif not is_valid(scheme, row.code):
            preview.errors.append(
                FieldError(
                    "code",
                    "{code} does not follow the scheme: {scheme}",
                    row.row,
                    {"code": row.code, "scheme": scheme.description},
                )
            )
        else:
            preview.new.append(row)
    preview.errors.sort(key=lambda e: (e.row or 0, e.field))
    return preview
