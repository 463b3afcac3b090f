"""What the program's set-up services share: who may change the set-up, codes, and the audited add, edit,
retire and reinstate of a reference row (site, partner, product, topic, provider)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.changes import Area, Changed
from oend.core.checks import Checks
from oend.model import Partner, Product, Provider, Site, Topic
from oend.model.base import Synced
from oend.model.codes import AuditAction, Role
from oend.services import audit, authority
from oend.services.lookup import find

CODE_PATTERN = re.compile(r"[A-Z0-9][A-Z0-9_-]{0,39}")
SETUP_ROLES = (Role.COORDINATOR, Role.ADMINISTRATOR)
R = TypeVar("R", bound=Synced)
Retirable = TypeVar("Retirable", Site, Partner, Product, Topic, Provider)


def require_setup_role(session: Session, actor: Actor) -> None:
    """Only coordinators and administrators change the program's set-up, as their signed rows still say."""
    authority.require(session, actor, *SETUP_ROLES)


def clean_code(
    session: Session, checks: Checks, model: Any, code: str | None, *, max_len: int = 40, upper: bool = True
) -> str | None:
    """A new record's code: required, letters, digits, - and _, and held by no other record (retired ones too)."""
    cleaned = checks.text("code", code, required=True, max_len=max_len)
    if cleaned is None:
        return None
    cleaned = cleaned.upper() if upper else cleaned.lower()
    if not CODE_PATTERN.fullmatch(cleaned.upper()):
        checks.fail("code", "may hold only letters, digits, - and _")
    elif session.scalar(select(model.id).where(model.code == cleaned)) is not None:
        checks.fail("code", "{code} is already in use", code=cleaned)
    return cleaned


def refuse_unknown(checks: Checks, changes: dict[str, Any], editable: tuple[str, ...]) -> None:
    for name in sorted(set(changes) - set(editable)):
        checks.fail(name, "cannot be changed")


def create(session: Session, actor: Actor, record: R, entity: str, areas: frozenset[Area]) -> Changed[R]:
    """Write a new record with its audit event."""
    audit.stamp(record, actor, new=True)
    session.add(record)
    session.flush()
    audit.record(session, actor, AuditAction.CREATE, entity, record.id, after=audit.snapshot(record))
    return Changed(record, areas)


def update(
    session: Session, actor: Actor, record: R, entity: str, values: dict[str, Any], areas: frozenset[Area]
) -> Changed[R]:
    """Set ``values`` on ``record``; the audit event keeps the fields that changed, before and after.

    Values equal to the stored ones change nothing and leave no event.
    """
    before = audit.snapshot(record)
    for name, value in values.items():
        setattr(record, name, value)
    old, new = audit.changed_fields(before, audit.snapshot(record))
    if new:
        audit.stamp(record, actor, new=False)
        session.flush()
        audit.record(session, actor, AuditAction.UPDATE, entity, record.id, before=old, after=new)
    return Changed(record, areas)


def set_active(
    session: Session,
    actor: Actor,
    model: type[Retirable],
    record_id: uuid.UUID,
    entity: str,
    active: bool,
    areas: frozenset[Area],
    *,
    refuse: Callable[[Retirable, Checks], None] | None = None,
) -> Changed[Retirable]:
    """Retire a record (forms stop offering it; the records that name it keep it) or reinstate it.

    ``refuse`` adds what else forbids the change (a site that still holds kits).
    """
    require_setup_role(session, actor)
    checks = Checks()
    record = find(session, model, record_id, entity, checks, required=True)
    if record is not None:
        name = record.name if isinstance(record, Partner | Provider) else record.code
        if record.active == active and active:
            checks.fail(entity, "{name} is in use already", name=name)
        elif record.active == active:
            checks.fail(entity, "{name} is retired already", name=name)
        elif refuse is not None:
            refuse(record, checks)
    checks.done()
    assert record is not None
    return update(session, actor, record, entity, {"active": active}, areas)
