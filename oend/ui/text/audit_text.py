"""How an audit event reads on screen and in an export: the record by what a person recognises, each change as
"field: before → after" in words, the time (the action's words are in ``oend.core.labels``)."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from oend.model.codes import (
    AgeBand,
    CurriculumTopic,
    Ethnicity,
    Formulation,
    Gender,
    MovementKind,
    ParticipantCategory,
    PartnerCategory,
    Race,
    RefillReason,
    Residence,
    ResponderRelation,
    ReversalSetting,
    Role,
    Route,
    SiteKind,
    Substance,
    SupplySource,
    SupplyType,
    TrainingFormat,
    WriteOffReason,
)
from oend.queries.audit import FIELD_KINDS, AuditRow
from oend.ui.text.labels import label

CONTEXT = "AuditText"
#: Bookkeeping every synced row carries: not news to the person reading the trail.
HIDDEN = frozenset({"id", "created_at", "updated_at", "created_by", "updated_by", "device_id", "password_hash"})

RECORD_KINDS = {
    "participant": QT_TRANSLATE_NOOP("AuditText", "Participant"),
    "site": QT_TRANSLATE_NOOP("AuditText", "Site"),
    "product": QT_TRANSLATE_NOOP("AuditText", "Product"),
    "lot": QT_TRANSLATE_NOOP("AuditText", "Lot"),
    "training_session": QT_TRANSLATE_NOOP("AuditText", "Training session"),
    "dispensing": QT_TRANSLATE_NOOP("AuditText", "Kit handed out"),
    "reversal": QT_TRANSLATE_NOOP("AuditText", "Reversal"),
    "stock_movement": QT_TRANSLATE_NOOP("AuditText", "Stock movement"),
    "user": QT_TRANSLATE_NOOP("AuditText", "User"),
    "setting": QT_TRANSLATE_NOOP("AuditText", "Settings"),
    "database": QT_TRANSLATE_NOOP("AuditText", "Database"),
    "curriculum_topic": QT_TRANSLATE_NOOP("AuditText", "Curriculum topic"),
    "audit_events": QT_TRANSLATE_NOOP("AuditText", "Audit trail"),
    "attendance": QT_TRANSLATE_NOOP("AuditText", "Attendance"),
    "referral": QT_TRANSLATE_NOOP("AuditText", "Referral"),
    "follow_up": QT_TRANSLATE_NOOP("AuditText", "Follow-up"),
    "partner": QT_TRANSLATE_NOOP("AuditText", "Program partner"),
    "provider": QT_TRANSLATE_NOOP("AuditText", "Care provider"),
}

FIELDS = {
    "code": QT_TRANSLATE_NOOP("AuditText", "Code"),
    "name": QT_TRANSLATE_NOOP("AuditText", "Name"),
    "first_name": QT_TRANSLATE_NOOP("AuditText", "First name"),
    "last_name": QT_TRANSLATE_NOOP("AuditText", "Last name"),
    "display_name": QT_TRANSLATE_NOOP("AuditText", "Name"),
    "username": QT_TRANSLATE_NOOP("AuditText", "Username"),
    "role": QT_TRANSLATE_NOOP("AuditText", "Role"),
    "active": QT_TRANSLATE_NOOP("AuditText", "In use"),
    "deleted": QT_TRANSLATE_NOOP("AuditText", "Deleted"),
    "date_of_birth": QT_TRANSLATE_NOOP("AuditText", "Date of birth"),
    "birth_year": QT_TRANSLATE_NOOP("AuditText", "Birth year"),
    "age_band": QT_TRANSLATE_NOOP("AuditText", "Age band"),
    "category": QT_TRANSLATE_NOOP("AuditText", "Category"),
    "gender": QT_TRANSLATE_NOOP("AuditText", "Gender"),
    "race": QT_TRANSLATE_NOOP("AuditText", "Race"),
    "ethnicity": QT_TRANSLATE_NOOP("AuditText", "Ethnicity"),
    "zip_code": QT_TRANSLATE_NOOP("AuditText", "ZIP code"),
    "residence": QT_TRANSLATE_NOOP("AuditText", "Residence"),
    "county": QT_TRANSLATE_NOOP("AuditText", "County"),
    "substances": QT_TRANSLATE_NOOP("AuditText", "Substances"),
    "overdose_witnessed": QT_TRANSLATE_NOOP("AuditText", "Has witnessed an overdose"),
    "overdose_experienced": QT_TRANSLATE_NOOP("AuditText", "Has had an overdose"),
    "home_site_id": QT_TRANSLATE_NOOP("AuditText", "Home site"),
    "expected_release_date": QT_TRANSLATE_NOOP("AuditText", "Expected release"),
    "released_on": QT_TRANSLATE_NOOP("AuditText", "Released on"),
    "merged_into_id": QT_TRANSLATE_NOOP("AuditText", "Merged into"),
    "notes": QT_TRANSLATE_NOOP("AuditText", "Notes"),
    "dispensed_on": QT_TRANSLATE_NOOP("AuditText", "Date"),
    "site_id": QT_TRANSLATE_NOOP("AuditText", "Site"),
    "site_ids": QT_TRANSLATE_NOOP("AuditText", "Sites"),
    "from_site_id": QT_TRANSLATE_NOOP("AuditText", "From site"),
    "to_site_id": QT_TRANSLATE_NOOP("AuditText", "To site"),
    "participant_id": QT_TRANSLATE_NOOP("AuditText", "Participant"),
    "recipient_category": QT_TRANSLATE_NOOP("AuditText", "Anonymous recipient"),
    "product_id": QT_TRANSLATE_NOOP("AuditText", "Product"),
    "lot_id": QT_TRANSLATE_NOOP("AuditText", "Lot"),
    "quantity": QT_TRANSLATE_NOOP("AuditText", "Kits"),
    "supply_type": QT_TRANSLATE_NOOP("AuditText", "Supply"),
    "refill_reason": QT_TRANSLATE_NOOP("AuditText", "Refill reason"),
    "reason_note": QT_TRANSLATE_NOOP("AuditText", "Reason"),
    "supply_source": QT_TRANSLATE_NOOP("AuditText", "Supply source"),
    "dispensed_by": QT_TRANSLATE_NOOP("AuditText", "Handed out by"),
    "training_session_id": QT_TRANSLATE_NOOP("AuditText", "Training session"),
    "session_id": QT_TRANSLATE_NOOP("AuditText", "Training session"),
    "reversal_id": QT_TRANSLATE_NOOP("AuditText", "Reversal"),
    "strength": QT_TRANSLATE_NOOP("AuditText", "Strength"),
    "formulation": QT_TRANSLATE_NOOP("AuditText", "Formulation"),
    "route": QT_TRANSLATE_NOOP("AuditText", "Route"),
    "doses_per_kit": QT_TRANSLATE_NOOP("AuditText", "Doses per kit"),
    "lot_number": QT_TRANSLATE_NOOP("AuditText", "Lot number"),
    "expiry_date": QT_TRANSLATE_NOOP("AuditText", "Expires"),
    "recalled": QT_TRANSLATE_NOOP("AuditText", "Recalled"),
    "movement_date": QT_TRANSLATE_NOOP("AuditText", "Date"),
    "kind": QT_TRANSLATE_NOOP("AuditText", "Kind"),
    "write_off_reason": QT_TRANSLATE_NOOP("AuditText", "Write-off reason"),
    "reference": QT_TRANSLATE_NOOP("AuditText", "Reference"),
    "session_date": QT_TRANSLATE_NOOP("AuditText", "Date"),
    "trainer_id": QT_TRANSLATE_NOOP("AuditText", "Trainer"),
    "trainer_name": QT_TRANSLATE_NOOP("AuditText", "Trainer"),
    "format": QT_TRANSLATE_NOOP("AuditText", "Format"),
    "topics": QT_TRANSLATE_NOOP("AuditText", "Topics"),
    "overdose_date": QT_TRANSLATE_NOOP("AuditText", "Date"),
    "overdose_time": QT_TRANSLATE_NOOP("AuditText", "Time"),
    "reporter_id": QT_TRANSLATE_NOOP("AuditText", "Reported by"),
    "setting": QT_TRANSLATE_NOOP("AuditText", "Setting"),
    "responder_relation": QT_TRANSLATE_NOOP("AuditText", "Who gave naloxone"),
    "victim_age_band": QT_TRANSLATE_NOOP("AuditText", "Age band"),
    "victim_gender": QT_TRANSLATE_NOOP("AuditText", "Gender"),
    "victim_race": QT_TRANSLATE_NOOP("AuditText", "Race"),
    "victim_ethnicity": QT_TRANSLATE_NOOP("AuditText", "Ethnicity"),
    "fentanyl_suspected": QT_TRANSLATE_NOOP("AuditText", "Fentanyl suspected"),
    "conscious_before_naloxone": QT_TRANSLATE_NOOP("AuditText", "Conscious before naloxone"),
    "doses": QT_TRANSLATE_NOOP("AuditText", "Doses"),
    "rescue_breathing": QT_TRANSLATE_NOOP("AuditText", "Rescue breathing"),
    "stayed_with_person": QT_TRANSLATE_NOOP("AuditText", "Stayed with the person"),
    "called_911": QT_TRANSLATE_NOOP("AuditText", "Called 911"),
    "ems_arrived": QT_TRANSLATE_NOOP("AuditText", "EMS arrived"),
    "outcome": QT_TRANSLATE_NOOP("AuditText", "Outcome"),
    "transported": QT_TRANSLATE_NOOP("AuditText", "Transported"),
    "linked_to_care": QT_TRANSLATE_NOOP("AuditText", "Linked to care"),
    "replacement_offered": QT_TRANSLATE_NOOP("AuditText", "Replacement offered"),
    "default_site": QT_TRANSLATE_NOOP("AuditText", "Default site"),
    "pre_score": QT_TRANSLATE_NOOP("AuditText", "Score before"),
    "post_score": QT_TRANSLATE_NOOP("AuditText", "Score after"),
}

CODED: dict[str, type[StrEnum]] = {
    "category": ParticipantCategory,
    "recipient_category": ParticipantCategory,
    "gender": Gender,
    "victim_gender": Gender,
    "race": Race,
    "victim_race": Race,
    "ethnicity": Ethnicity,
    "victim_ethnicity": Ethnicity,
    "age_band": AgeBand,
    "victim_age_band": AgeBand,
    "residence": Residence,
    "substances": Substance,
    "role": Role,
    "supply_type": SupplyType,
    "refill_reason": RefillReason,
    "supply_source": SupplySource,
    "formulation": Formulation,
    "route": Route,
    "write_off_reason": WriteOffReason,
    "format": TrainingFormat,
    "topics": CurriculumTopic,
    "setting": ReversalSetting,
    "responder_relation": ResponderRelation,
}
#: A field called "kind" or "category" means something else on each kind of record.
CODED_BY_RECORD: dict[tuple[str, str], type[StrEnum]] = {
    ("site", "kind"): SiteKind,
    ("stock_movement", "kind"): MovementKind,
    ("partner", "category"): PartnerCategory,
}
EMPTY: tuple[object, ...] = (None, "", [])


def _tr(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


def field_label(name: str) -> str:
    """A field as the forms call it; an unknown one in plain words rather than as a column name."""
    return _tr(FIELDS[name]) if name in FIELDS else name.removesuffix("_id").replace("_", " ").capitalize()


def value_text(row: AuditRow, name: str, value: object) -> str:
    """A stored value in words: a record by its name, a code by its label, yes or no."""
    if value in EMPTY:
        return "—"
    if isinstance(value, list):
        return ", ".join(value_text(row, name, item) for item in value)
    if name in FIELD_KINDS:
        return row.names.get(str(value), str(value)[:8])
    coded = CODED_BY_RECORD.get((row.entity, name)) or CODED.get(name)
    if coded is not None:
        return label(coded, str(value))
    if isinstance(value, bool):
        return _tr("yes") if value else _tr("no")
    return str(value)


def record_kind(entity: str) -> str:
    """A kind of record in words, named as the audit trail names it ("participant") or by its table
    ("participants"); an unknown one in plain words rather than as a table name."""
    for name in (entity, entity.removesuffix("s")):
        if name in RECORD_KINDS:
            return _tr(RECORD_KINDS[name])
    return entity.replace("_", " ").capitalize()


def record_text(row: AuditRow) -> str:
    """The kind of record and what a person knows it by (a participant's code, a lot's product and number)."""
    kind = record_kind(row.entity)
    if row.entity_id is None:
        return kind
    return f"{kind} {row.names.get(str(row.entity_id), str(row.entity_id)[:8])}"


def user_text(row: AuditRow) -> str:
    """Who acted, by name (the username where the account is gone)."""
    return row.user_name or row.username or "—"


def detail_text(row: AuditRow) -> str:
    """The event's note, or the fields a change touched: ``field: before → after`` (empty values left out)."""
    if row.detail:
        return row.detail
    before, after = row.before or {}, row.after or {}
    parts = []
    for name in [n for n in dict.fromkeys([*before, *after]) if n not in HIDDEN]:
        old, new = before.get(name), after.get(name)
        if (old in EMPTY and new in EMPTY) or (name == "deleted" and not old and not new):
            continue
        if name in before and name in after:
            parts.append(f"{field_label(name)}: {value_text(row, name, old)} → {value_text(row, name, new)}")
        else:
            parts.append(f"{field_label(name)}: {value_text(row, name, new if name in after else old)}")
    return "; ".join(parts)[:500]


def local_time(at: dt.datetime) -> str:
    """A stored UTC time in this computer's time zone (SQLite hands times back without a zone)."""
    aware = at if at.tzinfo is not None else at.replace(tzinfo=dt.UTC)
    return aware.astimezone().strftime("%Y-%m-%d %H:%M:%S")
