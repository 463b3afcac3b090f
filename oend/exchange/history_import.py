"""Reading a program's history from the sheets it kept: training sessions with attendance, hand-outs, reversals.

Each kind is a table of fields, the header words a sheet may use for each, and how a cell is read. This
module turns each row into the plain values the app's own services take (sites, people, products and lots
found by the codes a program writes), naming every refused row by its row number; writing them is
``oend.services.history_import``, through the same services the screens use.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from oend.core.participant_codes import normalise
from oend.errors import FieldError, OendError, ValidationError
from oend.exchange.cell_values import parse_code, parse_date, parse_yes_no, plain_text, simplify
from oend.exchange.sheet_files import SheetFile, read_sheet
from oend.model import Lot, Participant, Product, Site, Topic
from oend.model.codes import (
    AgeBand,
    Gender,
    Outcome,
    ParticipantCategory,
    RefillReason,
    ResponderRelation,
    ReversalSetting,
    SupplySource,
    SupplyType,
    TrainingFormat,
)
from oend.queries.settings import date_order

MAX_ROWS = 200_000  # years of a busy program's records, in one file
REVERSAL_FLAGS = ("called_911", "rescue_breathing", "stayed_with_person", "ems_arrived", "transported")

#: How a cell is read: "date", "text", "int", "flag", "topics", a reference ("site", "participant",
#: "product", "lot"), or a kind of code.
Reader = str | type[StrEnum]


@dataclass(frozen=True)
class Field:
    words: tuple[str, ...]
    reader: Reader


KINDS: dict[str, dict[str, Field]] = {
    "sessions": {
        "session_date": Field(("date", "session date", "training date"), "date"),
        "site": Field(("site", "site code", "location"), "site"),
        "format": Field(("format", "training format", "type"), TrainingFormat),
        "trainer_name": Field(("trainer", "trainer name", "facilitator"), "text"),
        "topics": Field(("topics", "topics covered", "curriculum"), "topics"),
        "participant": Field(("participant", "participant code", "code", "client code", "attendee"), "participant"),
        "pre_score": Field(("pre score", "pre test", "pretest"), "int"),
        "post_score": Field(("post score", "post test", "posttest"), "int"),
        "notes": Field(("notes", "comments"), "text"),
    },
    "dispensings": {
        "dispensed_on": Field(("date", "dispensed on", "date dispensed", "dispense date"), "date"),
        "site": Field(("site", "site code", "location"), "site"),
        "participant": Field(("participant", "participant code", "code", "client code", "recipient"), "participant"),
        "recipient_category": Field(("recipient category", "category"), ParticipantCategory),
        "product": Field(("product", "product code", "naloxone"), "product"),
        "lot": Field(("lot", "lot number", "lot no"), "lot"),
        "quantity": Field(("quantity", "kits", "qty", "number of kits"), "int"),
        "supply_type": Field(("supply", "supply type", "new or refill", "first or refill"), SupplyType),
        "refill_reason": Field(("refill reason", "reason"), RefillReason),
        "reason_note": Field(("reason note",), "text"),
        "supply_source": Field(("source", "supply source"), SupplySource),
        "notes": Field(("notes", "comments"), "text"),
    },
    "reversals": {
        "overdose_date": Field(("date", "overdose date", "date of overdose"), "date"),
        "site": Field(("site", "site code", "reported at"), "site"),
        "reporter": Field(("reporter", "participant", "participant code", "code", "client code"), "participant"),
        "doses": Field(("doses", "doses given", "number of doses"), "int"),
        "outcome": Field(("outcome", "result"), Outcome),
        "setting": Field(("setting", "place", "location type"), ReversalSetting),
        "responder_relation": Field(("who gave naloxone", "responder", "relation"), ResponderRelation),
        "victim_age_band": Field(("age group", "age band"), AgeBand),
        "victim_gender": Field(("gender", "sex"), Gender),
        "called_911": Field(("911 called", "called 911", "911"), "flag"),
        "rescue_breathing": Field(("rescue breathing",), "flag"),
        "stayed_with_person": Field(("stayed with person", "stayed"), "flag"),
        "ems_arrived": Field(("ems arrived", "ems"), "flag"),
        "transported": Field(("transported", "taken to hospital"), "flag"),
        "zip_code": Field(("zip", "zip code", "postal code"), "text"),
        "county": Field(("county",), "text"),
        "notes": Field(("notes", "comments"), "text"),
    },
}
#: The field each kind cannot do without (the services refuse the rest themselves, by name).
REQUIRED = {
    "sessions": ("session_date", "site"),
    "dispensings": ("dispensed_on", "site"),
    "reversals": ("overdose_date", "site"),
}


class CellRefused(OendError):
    """Why a cell cannot be read, as a template and its values (a screen translates the template)."""


@dataclass
class HistoryRow:
    row: int
    values: dict[str, Any]


@dataclass
class HistoryPreview:
    kind: str
    file_name: str
    mapping: dict[str, str]
    rows: list[HistoryRow] = field(default_factory=list)
    errors: list[FieldError] = field(default_factory=list)


def fields_of(kind: str) -> dict[str, Field]:
    if kind not in KINDS:
        raise ValidationError(
            [FieldError("kind", "'{kind}' is not one of: {allowed}", values={"kind": kind, "allowed": tuple(KINDS)})]
        )
    return KINDS[kind]


def read_history(kind: str, path: str | Path, hints: Iterable[str] = ()) -> SheetFile:
    words = {w for f in fields_of(kind).values() for w in f.words}
    return read_sheet(path, max_rows=MAX_ROWS, words=words, hints=tuple(hints))


def guess_history_mapping(kind: str, headers: list[str], given: Mapping[str, str] = {}) -> dict[str, str]:
    """Field -> header: those ``given``, then each other field by the words of its header."""
    mapping = dict(given)
    used = set(mapping.values())
    for header in headers:
        simple = simplify(header)
        for name, spec in fields_of(kind).items():
            if name not in mapping and header not in used and simple in spec.words:
                mapping[name] = header
                used.add(header)
    return mapping


class _Lookups:
    """The program's sites, people, products and lots by the codes a sheet writes, each read once per file."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._cache: dict[str, dict[str, Any]] = {}

    def _table(self, name: str, load: Callable[[], Iterable[tuple[Any, Any]]]) -> dict[Any, Any]:
        if name not in self._cache:
            self._cache[name] = {key: value for key, value in load()}
        return self._cache[name]

    def site(self, code: str) -> uuid.UUID | None:
        return self._table("site", lambda: self.session.execute(select(Site.code, Site.id))).get(code.upper())

    def participant(self, code: str) -> uuid.UUID | None:
        people = select(Participant.code, Participant.id).where(Participant.deleted.is_(False))
        return self._table("participant", lambda: self.session.execute(people)).get(normalise(code))

    def product(self, code: str) -> uuid.UUID | None:
        return self._table("product", lambda: self.session.execute(select(Product.code, Product.id))).get(code.upper())

    def lot(self, product_id: uuid.UUID | None, number: str) -> uuid.UUID | None:
        lots = select(Lot.product_id, Lot.lot_number, Lot.id)
        table = self._table("lot", lambda: (((p, n), i) for p, n, i in self.session.execute(lots)))
        found: uuid.UUID | None = table.get((product_id, number))
        return found

    def topics(self) -> dict[str, str]:
        rows = self.session.execute(select(Topic.code, Topic.label))
        return self._table(
            "topics", lambda: ((key, code) for code, label in rows for key in (simplify(code), simplify(label)))
        )


def _read(name: str, reader: Reader, value: Any, order: str, found: _Lookups, values: dict[str, Any]) -> Any:
    """``value`` as field ``name`` takes it; raises ``CellRefused`` with the reason it cannot be."""
    text = plain_text(value)
    if isinstance(reader, type):
        code = parse_code(reader, value)
        if code is None:
            raise CellRefused(
                "'{value}' is not known (use one of: {allowed})", {"value": text, "allowed": tuple(reader)}
            )
        return code
    if reader == "date":
        day = parse_date(value, order)
        if day is None:
            raise CellRefused("'{value}' is not a date", {"value": text})
        return day
    if reader == "int":
        if not text.isdigit():
            raise CellRefused("'{value}' is not a whole number", {"value": text})
        return int(text)
    if reader == "flag":
        flag = parse_yes_no(value)
        if flag is None:
            raise CellRefused("'{value}' is not yes or no", {"value": text})
        return flag
    if reader == "topics":
        known = found.topics()
        parts = [p for p in (simplify(t) for t in text.replace(",", ";").split(";")) if p]
        unknown = [p for p in parts if p not in known]
        if unknown:
            raise CellRefused("'{value}' is not a topic of the program", {"value": unknown[0]})
        return tuple(known[p] for p in parts)
    if reader in ("site", "participant", "product"):
        found_id = getattr(found, reader)(text)
        if found_id is None:
            raise CellRefused("no {kind} has the code '{value}'", {"kind": reader, "value": text})
        return found_id
    if reader == "lot":
        lot_id = found.lot(values.get("product"), text)
        if lot_id is None:
            raise CellRefused("the product has no lot '{value}'", {"value": text})
        return lot_id
    return text


def validate_history(session: Session, kind: str, sheet: SheetFile, mapping: Mapping[str, str]) -> HistoryPreview:
    """Every row's values as the services take them, or the reasons a row is refused; nothing is written."""
    spec = fields_of(kind)
    problems = [FieldError(f, "is not a {kind} field", values={"kind": kind}) for f in mapping if f not in spec]
    problems += [
        FieldError("mapping", "the file has no column '{column}'", values={"column": h})
        for h in mapping.values()
        if h not in sheet.headers
    ]
    problems += [FieldError(f, "choose the column that holds it") for f in REQUIRED[kind] if f not in mapping]
    if problems:
        raise ValidationError(problems)
    preview = HistoryPreview(kind, sheet.name, dict(mapping))
    order, found = date_order(session), _Lookups(session)
    columns = sorted(((name, sheet.headers.index(h)) for name, h in mapping.items()), key=lambda c: c[0] == "lot")
    for number, raw in sheet.rows:
        values: dict[str, Any] = {}
        refused = False
        for name, index in columns:  # a lot is read after its product
            value = raw[index] if index < len(raw) else None
            if value is None or not plain_text(value):
                continue
            try:
                values[name] = _read(name, spec[name].reader, value, order, found, values)
            except CellRefused as reason:
                template = reason.template  # its literal is at the raise
                preview.errors.append(FieldError(name, template, number, dict(reason.values)))
                refused = True
        missing = [name for name in REQUIRED[kind] if name not in values and name in mapping]
        for name in missing:
            if not any(e.row == number and e.field == name for e in preview.errors):
                preview.errors.append(FieldError(name, "is missing", number))
        if not refused and not missing:
            preview.rows.append(HistoryRow(number, values))
    return preview
