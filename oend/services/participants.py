"""Enrolling, editing and merging participants."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from functools import partial
from typing import Any

from sqlalchemy import CursorResult, Update, select, update
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.changes import Area, Changed
from oend.core.checks import Checks
from oend.core.participant_codes import CodeInputs, is_valid, normalise
from oend.errors import Phrase
from oend.model import Attendance, Dispensing, Participant, Reversal
from oend.model.base import utcnow
from oend.model.codes import (
    AgeBand,
    AuditAction,
    Ethnicity,
    Gender,
    ParticipantCategory,
    Race,
    Residence,
    Substance,
)
from oend.queries.participant_codes import code_taken, current_scheme, generate_code
from oend.services import audit
from oend.services.corrections import opened, void_rows
from oend.services.lookup import find, find_site
from oend.services.sync import same_code
from oend.services.versions import check_version

ZIP_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9 -]{1,9}")
EDITABLE = (
    "first_name",
    "last_name",
    "external_id",
    "date_of_birth",
    "birth_year",
    "age_band",
    "category",
    "gender",
    "race",
    "ethnicity",
    "zip_code",
    "residence",
    "county",
    "substances",
    "overdose_witnessed",
    "overdose_experienced",
    "home_site_id",
    "expected_release_date",
    "released_on",
    "notes",
)
AREAS = frozenset({Area.PARTICIPANTS})


def _clean(session: Session, actor: Actor, checks: Checks, values: dict[str, Any]) -> dict[str, Any]:
    """Validate and normalise the editable fields present in ``values``."""
    unknown = set(values) - set(EDITABLE)
    for name in sorted(unknown):
        checks.fail(name, "is not a participant field")
    out: dict[str, Any] = {}
    text_fields = {"first_name": 80, "last_name": 80, "external_id": 40, "county": 80, "notes": 2000}
    for name, max_len in text_fields.items():
        if name in values:
            out[name] = checks.text(name, values[name], max_len=max_len)
    if "date_of_birth" in values:
        out["date_of_birth"] = checks.date("date_of_birth", values["date_of_birth"])
    if "birth_year" in values:
        out["birth_year"] = checks.integer("birth_year", values["birth_year"], low=1900, high=dt.date.today().year)
    enums = {
        "age_band": AgeBand,
        "gender": Gender,
        "race": Race,
        "ethnicity": Ethnicity,
        "residence": Residence,
    }
    for name, enum_cls in enums.items():
        if name in values:
            out[name] = checks.code(name, values[name], enum_cls)
    if "category" in values:
        out["category"] = checks.code("category", values["category"], ParticipantCategory, required=True)
    if "zip_code" in values:
        zip_code = checks.text("zip_code", values["zip_code"], max_len=10)
        if zip_code is not None and not ZIP_PATTERN.fullmatch(zip_code):
            checks.fail("zip_code", "must be a ZIP or postal code (letters, digits, spaces)")
        out["zip_code"] = zip_code.upper() if zip_code else None
    if "substances" in values:
        out["substances"] = checks.codes("substances", values["substances"], Substance)
    for name in ("overdose_witnessed", "overdose_experienced"):
        if name in values:
            out[name] = checks.flag(name, values[name])
    for name in ("expected_release_date", "released_on"):
        if name in values:
            out[name] = checks.date(name, values[name], not_future=name == "released_on")
    if "home_site_id" in values:
        site = find_site(session, actor, values["home_site_id"], checks, "home_site_id")
        out["home_site_id"] = site.id if site else None
    dob, year = out.get("date_of_birth"), out.get("birth_year")
    if dob and year and dob.year != year:
        checks.fail("birth_year", "does not match the date of birth")
    return out


def _clean_code(session: Session, checks: Checks, code: str | None) -> str | None:
    if code is None or not str(code).strip():
        return None
    if not isinstance(code, str):
        checks.fail("code", "must be text")
        return None
    code = normalise(code)
    scheme = current_scheme(session)
    if not is_valid(scheme, code):
        checks.fail("code", "does not follow the program's scheme: {scheme}", scheme=scheme.description)
    elif code_taken(session, code):
        checks.fail("code", "{code} is already in use", code=code)
    return code


def enrol_participant(
    session: Session, actor: Actor, *, code: str | None = None, **fields: Any
) -> Changed[Participant]:
    """Enrol a participant; without a code, one is generated in the program's scheme.

    Only ``category`` is required: asking for more would put a barrier before the naloxone.
    """
    checks = Checks()
    fields.setdefault("category", None)
    values = _clean(session, actor, checks, fields)
    clean_code = _clean_code(session, checks, code)
    if values.get("home_site_id") is None and not actor.all_sites:
        checks.fail("home_site_id", "is required")
    checks.done()
    if clean_code is None:
        clean_code = generate_code(
            session,
            CodeInputs(
                values.get("first_name"),
                values.get("last_name"),
                values.get("birth_year"),
                values.get("date_of_birth"),
                values.get("gender"),
            ),
        )
    participant = Participant(code=clean_code, **values)
    if participant.birth_year is None and participant.date_of_birth is not None:
        participant.birth_year = participant.date_of_birth.year
    audit.stamp(participant, actor, new=True)
    session.add(participant)
    session.flush()
    audit.record(session, actor, AuditAction.CREATE, "participant", participant.id, after=audit.snapshot(participant))
    return Changed(participant, AREAS)


def get_participant(session: Session, actor: Actor, participant_id: uuid.UUID) -> Participant:
    """A participant the actor may see; a lookup is recorded as a view in the audit trail."""
    checks = Checks()
    participant = find(session, Participant, participant_id, "participant", checks)
    if participant is not None and not actor.may_use_site(participant.home_site_id):
        checks.fail("participant", "does not exist")
    checks.done()
    assert participant is not None
    audit.record(session, actor, AuditAction.VIEW, "participant", participant.id)
    return participant


def update_participant(
    session: Session,
    actor: Actor,
    participant_id: uuid.UUID,
    *,
    expected_version: int | None = None,
    **changes: Any,
) -> Changed[Participant]:
    """Change some fields of a participant; the audit event keeps the values before and after.

    A new code must follow the program's scheme and be free here; one another device gave someone else
    meanwhile is settled by sync (``oend.services.sync.same_code``).

    ``expected_version`` is the record's version when the edit was opened: a record saved by someone else
    since then is refused (``StaleRecord``), never overwritten.

    Anyone working at the person's home site may: a person's details change over time (a release date,
    a ZIP), unlike the record of an event.
    """
    checks = Checks()
    participant = find(session, Participant, participant_id, "participant", checks)
    if participant is not None and not actor.may_use_site(participant.home_site_id):
        checks.fail("participant", "does not exist")
    code = changes.pop("code", None)
    values = _clean(session, actor, checks, changes)
    if participant is not None and code is not None and normalise(str(code)) != participant.code:
        clean_code = _clean_code(session, checks, code)
        if clean_code is None:
            checks.fail("code", "is required")
        else:
            values["code"] = clean_code
    checks.done()
    assert participant is not None
    check_version(session, participant, expected_version)
    before = audit.snapshot(participant)
    for name, value in values.items():
        setattr(participant, name, value)
    audit.stamp(participant, actor, new=False)
    session.flush()
    old, new = audit.changed_fields(before, audit.snapshot(participant))
    if "code" in old:  # a record waiting under a stand-in for the code left takes it now, as on every device
        same_code.settle(session.connection(), [same_code.participant_code(same_code.wanted(old["code"]))])
    audit.record(session, actor, AuditAction.UPDATE, "participant", participant.id, before=old, after=new)
    return Changed(participant, AREAS)


def void_participant(
    session: Session, actor: Actor, participant_id: uuid.UUID, *, reason: str, expected_version: int | None = None
) -> Changed[Participant]:
    """Void a participant enrolled by mistake. One with kits, trainings or reports on record is refused: those
    are real events, to be voided first, or the record is a duplicate to merge into the one kept."""
    participant = opened(
        session, actor, Participant, participant_id, "participant", expected_version, site="home_site_id"
    )
    void_rows(
        session, actor, "participant", [participant], reason, refuse=partial(_nothing_on_record, session, participant)
    )
    return Changed(participant, AREAS)


def _nothing_on_record(session: Session, participant: Participant, checks: Checks) -> None:
    """Refuse the void of a participant merged into another, or with real events on record."""
    if participant.merged_into_id is not None:
        checks.fail("participant", "was merged into another record")
    held = {
        Phrase("kits"): select(Dispensing.id).where(
            Dispensing.participant_id == participant.id, Dispensing.deleted.is_(False)
        ),
        Phrase("trainings"): select(Attendance.id).where(
            Attendance.participant_id == participant.id, Attendance.deleted.is_(False)
        ),
        Phrase("reports"): select(Reversal.id).where(
            Reversal.reporter_id == participant.id, Reversal.deleted.is_(False)
        ),
    }
    found = [name for name, stmt in held.items() if session.scalar(stmt.limit(1)) is not None]
    if found:
        checks.fail(
            "participant",
            "{code} has {records} on record: void those first, or merge a duplicate into the record kept",
            code=participant.code,
            records=found,
        )


def _rows_updated(session: Session, stmt: Update) -> int:
    """How many rows ``stmt`` changed: an UPDATE without RETURNING yields a cursor result, which counts them."""
    result = session.execute(stmt)
    assert isinstance(result, CursorResult)
    return result.rowcount


def merge_participants(
    session: Session, actor: Actor, keep_id: uuid.UUID, duplicate_id: uuid.UUID
) -> Changed[Participant]:
    """Fold ``duplicate`` into ``keep``: its history moves over, empty fields are filled, it is retired.

    A session both records attended counts once. The duplicate stays as a tombstone pointing at
    ``keep`` so another laptop's rows that still name it can be redirected when they arrive.
    """
    checks = Checks()
    keep = find(session, Participant, keep_id, "keep", checks)
    duplicate = find(session, Participant, duplicate_id, "duplicate", checks)
    for field, record in (("keep", keep), ("duplicate", duplicate)):
        if record is not None and not actor.may_use_site(record.home_site_id):
            checks.fail(field, "does not exist")
        if record is not None and record.merged_into_id is not None:
            checks.fail(field, "was already merged into another record")
    if keep is not None and keep is duplicate:
        checks.fail("duplicate", "is the same record as the one to keep")
    checks.done()
    assert keep is not None and duplicate is not None
    before = audit.snapshot(keep)
    for name in EDITABLE:
        if getattr(keep, name) in (None, [], "") and getattr(duplicate, name) not in (None, [], ""):
            setattr(keep, name, getattr(duplicate, name))
    shared_sessions = select(Attendance.session_id).where(Attendance.participant_id == keep.id)
    stamp = {"updated_at": utcnow(), "updated_by": actor.user_id, "device_id": actor.device_id}
    session.execute(
        update(Attendance)
        .where(Attendance.participant_id == duplicate.id, Attendance.session_id.in_(shared_sessions))
        .values(deleted=True, **stamp)
    )
    moved = {
        "attendance": _rows_updated(
            session,
            update(Attendance)
            .where(Attendance.participant_id == duplicate.id, Attendance.deleted.is_(False))
            .values(participant_id=keep.id, **stamp),
        ),
        "dispensings": _rows_updated(
            session,
            update(Dispensing).where(Dispensing.participant_id == duplicate.id).values(participant_id=keep.id, **stamp),
        ),
        "reversals": _rows_updated(
            session, update(Reversal).where(Reversal.reporter_id == duplicate.id).values(reporter_id=keep.id, **stamp)
        ),
    }
    duplicate.merged_into_id = keep.id
    audit.stamp(duplicate, actor, new=False)
    audit.stamp(keep, actor, new=False)
    session.flush()
    old, new = audit.changed_fields(before, audit.snapshot(keep))
    audit.record(
        session,
        actor,
        AuditAction.MERGE,
        "participant",
        keep.id,
        before=old,
        after=new,
        detail=f"merged {duplicate.code} into {keep.code}; moved {moved}",
    )
    return Changed(keep, frozenset({Area.PARTICIPANTS, Area.TRAININGS, Area.DISPENSING, Area.REVERSALS}))
