"""Writing a program's history, checked row by row, through the same services as the screens.

A history file is written whole or not at all. Its records have no code of their own to match them by,
so importing the good rows of a file and then the corrected file again would count those rows twice; and
the records lean on each other (a hand-out on the stock before it, a refill on the kit before it). So every
row goes through its service in a savepoint, every refusal is collected with its row number, and any refusal
refuses the file: the user corrects it and imports it again, with nothing to undo. The file's content is
remembered, so the same file cannot be imported twice. A dry run does all of it and rolls it back.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.changes import Area, Changed
from oend.errors import FieldError, ValidationError
from oend.exchange.history_import import REQUIRED, HistoryPreview, HistoryRow
from oend.model.codes import AuditAction
from oend.queries.settings import stored
from oend.services import audit
from oend.services.dispensing import dispense
from oend.services.reversals import record_reversal
from oend.services.settings import store
from oend.services.trainings import Attendee, record_training

FILES_SETTING = "import.history.files"  # digest of each history file imported -> kind, date, records
AREAS = {
    "sessions": frozenset({Area.TRAININGS, Area.PARTICIPANTS}),
    "dispensings": frozenset({Area.DISPENSING, Area.STOCK}),
    "reversals": frozenset({Area.REVERSALS}),
}


@dataclass(frozen=True)
class HistoryResult:
    kind: str
    records: int  # sessions, hand-outs or reports written (or that a dry run would write)
    rows: int
    dry_run: bool


def file_digest(path: str | Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _sessions(rows: list[HistoryRow]) -> Iterator[tuple[list[HistoryRow], dict[str, Any]]]:
    """One training session per date, site, format, trainer and topics; each row one attendee."""
    groups: dict[tuple[Any, ...], list[HistoryRow]] = {}
    for row in rows:
        v = row.values
        key = (v.get("session_date"), v.get("site"), v.get("format"), v.get("trainer_name"), v.get("topics"))
        groups.setdefault(key, []).append(row)
    for group in groups.values():
        first = group[0].values
        attendees = [
            Attendee(r.values["participant"], r.values.get("pre_score"), r.values.get("post_score"))
            for r in group
            if "participant" in r.values
        ]
        yield (
            group,
            {
                "session_date": first["session_date"],
                "site_id": first["site"],
                "format": first.get("format"),
                "topics": list(first.get("topics", ())),
                "trainer_name": first.get("trainer_name"),
                "notes": first.get("notes"),
                "attendees": attendees,
            },
        )


def _renamed(values: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    return {names.get(k, k): v for k, v in values.items()}


REFERENCES = {"site": "site_id", "participant": "participant_id", "product": "product_id", "lot": "lot_id"}
WRITERS: dict[str, Callable[..., Changed[Any]]] = {"dispensings": dispense, "reversals": record_reversal}


def _records(preview: HistoryPreview) -> Iterator[tuple[list[HistoryRow], Callable[..., Changed[Any]], dict[str, Any]]]:
    """Each record to write: the rows it comes from, the service that writes it, and the values it takes."""
    if preview.kind == "sessions":
        for group, values in _sessions(preview.rows):
            yield group, record_training, values
        return
    names = REFERENCES | {"reporter": "reporter_id"}
    day = REQUIRED[preview.kind][0]
    for row in sorted(preview.rows, key=lambda r: (r.values[day], r.row)):  # a refill follows the kit before it
        yield [row], WRITERS[preview.kind], _renamed(row.values, names)


def _row_of(group: list[HistoryRow], error: FieldError) -> int:
    """The row an error is about: an attendee's own row, else the record's first row."""
    if error.field.startswith("attendees[") and error.field.endswith("]"):
        attendees = [r for r in group if "participant" in r.values]
        index = int(error.field[len("attendees[") : -1]) - 1
        if 0 <= index < len(attendees):
            return attendees[index].row
    return group[0].row


@contextmanager
def _rolled_back_if(session: Session, dry_run: bool) -> Iterator[None]:
    if not dry_run:
        yield
        return
    nested = session.begin_nested()
    try:
        yield
    finally:
        nested.rollback()


def import_history(
    session: Session, actor: Actor, preview: HistoryPreview, digest: str, *, dry_run: bool = False
) -> Changed[HistoryResult]:
    """Write every record of ``preview`` in the caller's transaction, or refuse the file with every row's reason.

    Rows the reading refused (``preview.errors``) refuse the file too. ``digest`` identifies the file's content.
    """
    problems = list(preview.errors)
    done = stored(session, FILES_SETTING)
    if digest in done:
        earlier = done[digest]
        problems.insert(
            0,
            FieldError("file", "this file was imported already, on {date}", values={"date": earlier.get("date", "?")}),
        )
    records = 0
    with _rolled_back_if(session, dry_run):
        for group, write, values in _records(preview):
            try:
                with session.begin_nested():
                    write(session, actor, **values)
                records += 1
            except ValidationError as exc:
                problems += [replace(e, row=_row_of(group, e)) for e in exc.errors]
        if problems:
            raise ValidationError(sorted(problems, key=lambda e: (e.row or 0, e.field)))
    result = HistoryResult(preview.kind, records, len(preview.rows), dry_run)
    if dry_run:
        return Changed(result, frozenset())
    store(
        session,
        FILES_SETTING,
        {**done, digest: {"kind": preview.kind, "date": dt.date.today().isoformat(), "records": records}},
    )
    audit.record(
        session,
        actor,
        AuditAction.IMPORT,
        preview.kind,
        detail=f"{preview.file_name}: {records} {preview.kind} from {len(preview.rows)} rows of history",
    )
    return Changed(result, AREAS[preview.kind])
