"""What every correction shares: who may correct a record, the version it was opened at, a void's stamp,
and the one audit event that holds the record before and after.

A correction is an edit or a void, never a hard delete: a funder's figure that changes must be explainable
record by record, and a void travels to the other laptops like any other change (the ``deleted`` flag).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from oend.core.actor import Actor
from oend.core.checks import Checks
from oend.errors import PermissionDenied, Phrase
from oend.model import Dispensing
from oend.model.base import Synced, utcnow
from oend.model.codes import AuditAction, Role
from oend.model.voidable import Voidable
from oend.queries.settings import stored
from oend.security import authority as keys
from oend.services import audit, authority
from oend.services.versions import check_version

CORRECTIONS_SETTING = "corrections"
DEFAULT_CORRECTION_DAYS = 7  # an outreach worker's own slip is usually noticed within the week
MAX_REASON = 500

R = TypeVar("R", bound=Synced)


#: The purpose the correction window's signature names: the window widens what outreach workers may correct,
#: so like a user's role it counts only as an administrator signed it.
WINDOW = "correction-window"


def correction_days(session: Session) -> int:
    """How many days after making an entry an outreach worker may still correct it (a program setting); the
    default while the stored window fails its signature."""
    value = stored(session, CORRECTIONS_SETTING).get("outreach_days")
    return int(value) if value is not None and window_is_genuine(session) else DEFAULT_CORRECTION_DAYS


def window_is_genuine(session: Session) -> bool:
    """True when the stored correction window is as an administrator signed it (or none is stored, or the
    database has no authority key yet)."""
    row = stored(session, CORRECTIONS_SETTING)
    value = row.get("outreach_days")
    public = authority.stored_public_key(session)
    if value is None or public is None:
        return True
    return isinstance(value, int) and keys.verify(public, WINDOW, {"outreach_days": value}, row.get("signature"))


def signed_window(actor: Actor, days: int) -> dict[str, Any]:
    """The settings row of a correction window of ``days``, signed with the acting administrator's key."""
    signature = keys.sign(authority.require_signer(actor), WINDOW, {"outreach_days": days})
    return {"outreach_days": days, "signature": signature}


def load(session: Session, model: type[R], record_id: uuid.UUID | None, field: str) -> R:
    """The record to correct, refused by name when it is missing or already void."""
    checks = Checks()
    record = None
    if not isinstance(record_id, uuid.UUID):
        checks.fail(field, "is not a valid record id")
    else:
        record = session.get(model, record_id)
        if record is None:
            checks.fail(field, "does not exist")
        elif record.deleted:
            checks.fail(field, "was voided; a void record cannot be corrected")
    checks.done()
    assert record is not None
    return record


def opened(
    session: Session,
    actor: Actor,
    model: type[R],
    record_id: uuid.UUID | None,
    field: str,
    expected_version: int | None,
    *,
    site: str = "site_id",
) -> R:
    """The record to correct, once ``actor`` may correct it (by the site in its field ``site``) and it is still
    at the version the user opened it at."""
    record = load(session, model, record_id, field)
    require_may_correct(session, actor, record, [getattr(record, site)])
    check_version(session, record, expected_version)
    return record


def require_may_correct(session: Session, actor: Actor, record: Synced, site_ids: Iterable[uuid.UUID | None]) -> None:
    """Coordinators and administrators correct anything; a site lead, entries at their sites; an outreach worker,
    their own entries at their sites for ``correction_days``. Anyone else is refused, saying why, as is anyone
    whose signed user row no longer grants the role and sites they signed in with."""
    authority.require(session, actor, actor.role)
    if actor.all_sites:
        return
    values = {"username": actor.username, "role": actor.role}
    at_own_sites = all(actor.may_use_site(site_id) for site_id in site_ids)
    if actor.role is Role.SITE_LEAD:
        if not at_own_sites:
            raise PermissionDenied("{username} ({role}) may correct only entries at their own sites", values=values)
        return
    if actor.role is not Role.OUTREACH_WORKER:
        raise PermissionDenied("{username} ({role}) may not correct records", values=values)
    if record.created_by is None or record.created_by != actor.user_id:
        raise PermissionDenied(
            "{username} ({role}) may correct only their own entries; ask a site lead or coordinator", values=values
        )
    if not at_own_sites:
        raise PermissionDenied("{username} ({role}) may correct only entries at their own sites", values=values)
    days = correction_days(session)
    if utcnow() - record.created_at > dt.timedelta(days=days):
        raise PermissionDenied(
            "{username} ({role}) may correct an entry only within {days} days of making it; "
            "ask a site lead or coordinator",
            values=values | {"days": days},
        )


def check_reason(checks: Checks, reason: str | None) -> str | None:
    """A void says why: the reason stays on the record and in the audit trail."""
    return checks.text("reason", reason, required=True, max_len=MAX_REASON)


def check_changes(checks: Checks, changes: Mapping[str, Any], editable: Iterable[str], what: Phrase) -> None:
    """Name each field an edit cannot change."""
    for name in sorted(set(changes) - set(editable)):
        checks.fail(name, "is not a field of a {what} that can be corrected", what=what)


def linked_kits(session: Session, link: InstrumentedAttribute[Any], record_id: uuid.UUID) -> int:
    """How many kit hand-overs in the counts name the record through ``link``: kits really handed out stay
    counted, so a void of the record is refused until they are voided or linked elsewhere."""
    return session.scalar(select(func.count()).where(link == record_id, Dispensing.deleted.is_(False))) or 0


def save_edit(session: Session, actor: Actor, entity: str, record: Synced, values: Mapping[str, Any]) -> None:
    """Set checked ``values`` on ``record`` as one audited correction."""
    correction = Correction(session, actor, entity, [record])
    for name, value in values.items():
        setattr(record, name, value)
    correction.save()


def void_rows(
    session: Session,
    actor: Actor,
    entity: str,
    rows: Sequence[Synced],
    reason: str | None,
    *,
    refuse: Callable[[Checks], None] | None = None,
    entity_id: uuid.UUID | None = None,
) -> None:
    """Void ``rows`` as one audited correction once the reason is given; ``refuse`` names what else forbids it."""
    checks = Checks()
    why = check_reason(checks, reason)
    if refuse is not None:
        refuse(checks)
    checks.done()
    assert why is not None
    Correction(session, actor, entity, rows, entity_id).void(why)


def void(record: Voidable, actor: Actor, reason: str) -> None:
    """Take ``record`` out of every count, keeping the row and saying why, when and by whom."""
    assert isinstance(record, Synced)
    record.deleted = True
    record.void_reason = reason
    record.voided_at = utcnow()
    record.voided_by = actor.user_id


class Correction:
    """The rows one correction changes, as they were; ``save`` stamps them and writes ONE audit event.

    With one row the event holds the fields that changed, before and after; with several (the two legs of a
    transfer, a session and its attendees) each row's changes are keyed by the row's id.
    """

    def __init__(
        self, session: Session, actor: Actor, entity: str, rows: Sequence[Synced], entity_id: uuid.UUID | None = None
    ) -> None:
        self.session, self.actor, self.entity = session, actor, entity
        self.rows = list(rows)
        self.entity_id = entity_id or self.rows[0].id  # the record the user corrected, of the rows it changes
        self.before = [audit.snapshot(row) for row in self.rows]

    def save(self, action: AuditAction = AuditAction.UPDATE, detail: str | None = None) -> None:
        """Stamp the rows and record the event; a void keeps each row whole as it was, an edit what changed."""
        for row in self.rows:
            audit.stamp(row, self.actor, new=False)
        self.session.flush()
        diffs = []
        for old, row in zip(self.before, self.rows, strict=True):
            changed_before, changed_after = audit.changed_fields(old, audit.snapshot(row))
            diffs.append((old if action is AuditAction.DELETE else changed_before, changed_after))
        if len(self.rows) == 1:
            before, after = diffs[0]
        else:
            before = {str(row.id): old for row, (old, _) in zip(self.rows, diffs, strict=True)}
            after = {str(row.id): new for row, (_, new) in zip(self.rows, diffs, strict=True)}
        audit.record(
            self.session, self.actor, action, self.entity, self.entity_id, before=before, after=after, detail=detail
        )

    def void(self, reason: str) -> None:
        """Void every row and record it as one event."""
        for row in self.rows:
            assert isinstance(row, Voidable)
            void(row, self.actor, reason)
        self.save(AuditAction.DELETE, detail=f"voided: {reason}")
