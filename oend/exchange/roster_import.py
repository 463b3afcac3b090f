"""Importing a roster (a prison release class, a training sign-in sheet) from XLSX or CSV.

Three steps, so the user stays in control: read the file and map its columns (the mapping is
remembered for next time), validate every row and show each refused row with the reason, then -
only when the user confirms - enrol the good rows in one transaction. This module reads and checks;
the enrolment is ``oend.services.roster_import.import_roster``. A person already enrolled is matched,
not duplicated - by code, by the facility's own number (external id), or, when the roster has no code
column, by the name and date of birth the code is made from - so importing the same file twice changes nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.participant_codes import is_valid, normalise
from oend.errors import FieldError, ValidationError
from oend.exchange.cell_values import parse_code, parse_date, plain_text, simplify
from oend.exchange.sheet_files import SheetFile, read_sheet
from oend.model import Participant, Setting
from oend.model.codes import AgeBand, Ethnicity, Gender, ParticipantCategory, Race
from oend.queries.participant_codes import current_scheme
from oend.queries.settings import date_order

MAPPING_SETTING = "import.roster.mapping"
MAX_ROWS = 50_000

# target field -> the words a roster's header may use for it (compared lower-case, without punctuation)
FIELDS: dict[str, tuple[str, ...]] = {
    "code": ("code", "id", "participant id", "participant code", "client id", "client code", "anonymous code"),
    "external_id": (
        "inmate id",
        "inmate number",
        "inmate no",
        "inmate",
        "booking",
        "booking number",
        "booking no",
        "booking id",
        "din",
        "doc number",
        "doc no",
        "doc id",
        "offender id",
        "offender number",
        "external id",
        "facility id",
    ),
    "first_name": ("first name", "first", "given name", "forename", "nombre"),
    "last_name": ("last name", "last", "surname", "family name", "apellido", "apellidos"),
    "date_of_birth": ("date of birth", "dob", "d o b", "birth date", "birthdate", "fecha de nacimiento"),
    "birth_year": ("birth year", "year of birth"),
    "category": ("category", "participant category", "type"),
    "gender": ("gender", "sex", "sexo", "genero"),
    "age_band": ("age group", "age band", "age range"),
    "race": ("race", "raza"),
    "ethnicity": ("ethnicity", "hispanic", "hispanic latino", "hispanic or latino", "latino", "etnia"),
    "zip_code": ("zip", "zip code", "postcode", "postal code"),
    "county": ("county",),
    "expected_release_date": ("release date", "expected release", "expected release date", "release"),
}
#: Every header word any roster field is known by, for finding the header row below a sheet's titles.
HEADER_WORDS = frozenset(word for words in FIELDS.values() for word in words)
CODED: dict[str, type[StrEnum]] = {
    "category": ParticipantCategory,
    "gender": Gender,
    "age_band": AgeBand,
    "race": Race,
    "ethnicity": Ethnicity,
}
DATES = ("date_of_birth", "expected_release_date")


def read_roster(path: str | Path, hints: Iterable[str] = ()) -> SheetFile:
    """Read a roster's first sheet; its headers are found below any title rows (``hints``: headers a mapping names)."""
    return read_sheet(path, max_rows=MAX_ROWS, words=HEADER_WORDS, hints=tuple(hints))


def remembered_mapping(session: Session) -> dict[str, str]:
    setting = session.get(Setting, MAPPING_SETTING)
    return dict(setting.value.get("columns", {})) if setting else {}


def guess_mapping(session: Session, headers: list[str]) -> dict[str, str]:
    """Target field -> header: the remembered mapping where its headers are present, else by the header's words."""
    present = set(headers)
    mapping = {f: h for f, h in remembered_mapping(session).items() if h in present and f in FIELDS}
    used = set(mapping.values())
    for header in headers:
        simple = simplify(header)
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
    def code(self) -> str | None:
        """The code the roster gives; None when the participant's code is to be made by the program's scheme."""
        return self.values.get("code")


@dataclass
class RosterPreview:
    """What an import would do: new people, people already enrolled, and the refused rows with reasons."""

    file_name: str
    mapping: dict[str, str]
    new: list[RosterRow] = field(default_factory=list)
    existing: list[tuple[RosterRow, uuid.UUID]] = field(default_factory=list)
    errors: list[FieldError] = field(default_factory=list)
    header_row: int = 1

    @property
    def refused_rows(self) -> list[int]:
        return sorted({e.row for e in self.errors if e.row is not None})


def _cell_value(target: str, value: Any, order: str) -> tuple[Any, FieldError | None]:
    """One cell as the value of ``target``, or the reason it cannot be (without its row number yet)."""
    if target in DATES:
        parsed = parse_date(value, order, past=target == "date_of_birth")
        example = "DD/MM/YYYY" if order == "day_first" else "MM/DD/YYYY"
        values = {"value": value, "example": example}
        refused = FieldError(target, "'{value}' is not a date (use YYYY-MM-DD or {example})", values=values)
        return parsed, None if parsed else refused
    if target in CODED:
        code = parse_code(CODED[target], value)
        allowed = tuple(m.value for m in CODED[target])  # the codes a sheet may hold, whatever the language
        values = {"value": value, "allowed": allowed}
        refused = FieldError(target, "'{value}' is not known (use one of: {allowed})", values=values)
        return code, None if code else refused
    text = plain_text(value)
    if target == "birth_year":
        return (
            (int(text), None)
            if text.isdigit()
            else (None, FieldError(target, "'{value}' is not a year", values={"value": value}))
        )
    return text, None


def _row_values(
    number: int, raw: list[Any], columns: dict[str, int], defaults: Mapping[str, Any], order: str
) -> tuple[dict[str, Any], list[FieldError]]:
    """One row's values by target field, and the reasons it is refused (none for a good row)."""
    errors: list[FieldError] = []
    values: dict[str, Any] = {}
    for target, index in columns.items():
        value = raw[index] if index < len(raw) else None
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        parsed, error = _cell_value(target, value, order)
        if error is not None:
            errors.append(dataclasses.replace(error, row=number))
        else:
            values[target] = parsed
    for target, default in defaults.items():
        values.setdefault(target, default)
    if "code" in columns and not values.get("code"):
        errors.append(FieldError("code", "is missing (every row needs the participant ID)", number))
    if "code" not in columns and not values.get("external_id") and not _identity(values):
        errors.append(
            FieldError("code", "cannot be made: the row needs a name and a date of birth (or an external id)", number)
        )
    if not values.get("category"):
        errors.append(FieldError("category", "is missing (map a category column or choose one for the file)", number))
    dob = values.get("date_of_birth")
    if isinstance(dob, dt.date) and dob > dt.date.today():
        errors.append(FieldError("date_of_birth", "cannot be in the future", number))
    return values, errors


def _identity(values: Mapping[str, Any]) -> tuple[str, str, Any] | None:
    """Who a row is when it has no code: the name and date of birth (or birth year) its code is made from."""
    born = values.get("date_of_birth") or values.get("birth_year")
    first, last = simplify(values.get("first_name") or ""), simplify(values.get("last_name") or "")
    return (first, last, born) if born and (first or last) else None


def _person_key(values: Mapping[str, Any], has_code: bool) -> tuple[str, Any]:
    """What makes two rows the same person: the code, else the external id, else the name and birth date."""
    if has_code:
        return ("code", values["code"])
    if values.get("external_id"):
        return ("external_id", values["external_id"])
    return ("identity", _identity(values))


def _enrolled(session: Session, rows: list[RosterRow], has_code: bool) -> dict[tuple[str, Any], uuid.UUID]:
    """The people already enrolled that rows name, by each way a row may name them."""
    found: dict[tuple[str, Any], uuid.UUID] = {}
    live = (Participant.deleted.is_(False), Participant.merged_into_id.is_(None))
    if has_code:
        codes = [r.values["code"] for r in rows]
        for code, pid in session.execute(select(Participant.code, Participant.id).where(Participant.code.in_(codes))):
            found[("code", code)] = pid
    ids = [r.values["external_id"] for r in rows if r.values.get("external_id")]
    for external, pid in session.execute(
        select(Participant.external_id, Participant.id).where(Participant.external_id.in_(ids), *live)
    ) if ids else ():  # fmt: skip
        found.setdefault(("external_id", external), pid)
    births = {r.values.get("date_of_birth") for r in rows} - {None}
    years = {r.values.get("birth_year") for r in rows if not r.values.get("date_of_birth")} - {None}
    if not has_code and (births or years):
        people = select(Participant).where(
            (Participant.date_of_birth.in_(births))
            | (Participant.birth_year.in_(years) & Participant.date_of_birth.is_(None)),
            *live,
        )
        for person in session.scalars(people):
            key = _identity({c: getattr(person, c) for c in ("first_name", "last_name", "date_of_birth", "birth_year")})
            if key is not None:
                found.setdefault(("identity", key), person.id)
    return found


def _check_mapping(roster: SheetFile, mapping: Mapping[str, str]) -> None:
    unknown = [f for f in mapping if f not in FIELDS]
    missing = [h for h in mapping.values() if h not in roster.headers]
    problems = [FieldError(f, "is not a roster field") for f in unknown]
    problems += [FieldError("mapping", "the file has no column '{column}'", values={"column": h}) for h in missing]
    names = {"first_name", "last_name"} & set(mapping)
    births = {"date_of_birth", "birth_year"} & set(mapping)
    if "code" not in mapping and "external_id" not in mapping and not (names and births):
        problems.append(
            FieldError(
                "mapping",
                "choose the column that holds the participant ID, or the name and date of birth columns"
                " the program's code is made from",
            )
        )
    if problems:
        raise ValidationError(problems)


def validate_roster(
    session: Session,
    actor: Actor,
    roster: SheetFile,
    mapping: Mapping[str, str],
    *,
    default_category: str | None = None,
) -> RosterPreview:
    """Check every row before anything is written; nothing here changes the database.

    Without a code column, each new person's code is made at import by the program's scheme from the
    row's name, date of birth and gender.
    """
    _check_mapping(roster, mapping)
    preview = RosterPreview(roster.name, dict(mapping), header_row=roster.header_row)
    columns = {target: roster.headers.index(header) for target, header in mapping.items()}
    has_code = "code" in columns
    defaults = {"category": default_category} if default_category else {}
    scheme = current_scheme(session)
    order = date_order(session)
    first_seen: dict[tuple[str, Any], int] = {}
    candidates: list[RosterRow] = []
    for number, raw in roster.rows:
        values, errors = _row_values(number, raw, columns, defaults, order)
        if errors:
            preview.errors += errors
            continue
        if has_code:
            values["code"] = normalise(values["code"])
        key = _person_key(values, has_code)
        if key in first_seen:
            shown = values.get("code") or values.get("external_id") or " ".join(str(v) for v in key[1] if v)
            again = {"code": shown, "first": first_seen[key]}
            preview.errors.append(FieldError("code", "{code} appears again (first on row {first})", number, again))
            continue
        first_seen[key] = number
        candidates.append(RosterRow(number, values))
    known = _enrolled(session, candidates, has_code) if candidates else {}
    for row in candidates:
        keys = [_person_key(row.values, has_code), ("external_id", row.values.get("external_id"))]
        if not has_code:
            keys.append(("identity", _identity(row.values)))
        match = next((known[k] for k in keys if k in known), None)
        if match is not None:
            preview.existing.append((row, match))
        elif has_code and not is_valid(scheme, row.values["code"]):
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
