"""Partner organisations: the agencies a program's sites belong to, which reports roll sites up to."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.changes import Area, Changed
from oend.core.checks import Checks
from oend.errors import NotFoundError
from oend.model import Partner, Site
from oend.model.base import utcnow
from oend.model.codes import PartnerCategory
from oend.queries.program import PartnerRow, partner_rows
from oend.services import catalog
from oend.services.lookup import find

AREAS = frozenset({Area.SITES})
EDITABLE = ("name", "category", "region")


def _name_taken(session: Session, name: str, other_than: uuid.UUID | None = None) -> bool:
    stmt = select(Partner.id).where(func.lower(Partner.name) == name.lower(), Partner.deleted.is_(False))
    if other_than is not None:
        stmt = stmt.where(Partner.id != other_than)
    return session.scalar(stmt) is not None


def _clean(session: Session, checks: Checks, values: dict[str, Any], partner_id: uuid.UUID | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "name" in values:
        name = out["name"] = checks.text("name", values["name"], required=True, max_len=120)
        if name is not None and _name_taken(session, name, partner_id):
            checks.fail("name", "{name} is already taken", name=name)
    if "category" in values:
        out["category"] = checks.code("category", values["category"], PartnerCategory, required=True)
    if "region" in values:
        out["region"] = checks.text("region", values["region"], max_len=80)
    return out


def add_partner(
    session: Session,
    actor: Actor,
    *,
    name: str,
    category: str | PartnerCategory,
    region: str | None = None,
) -> Changed[Partner]:
    """A partner organisation; its name is unique, whatever its case."""
    catalog.require_setup_role(session, actor)
    checks = Checks()
    values = _clean(session, checks, {"name": name, "category": category, "region": region}, None)
    checks.done()
    return catalog.create(session, actor, Partner(**values, active=True), "partner", AREAS)


def edit_partner(session: Session, actor: Actor, partner_id: uuid.UUID, **changes: Any) -> Changed[Partner]:
    """Change a partner's name, category or region; its sites carry a new name into reports."""
    catalog.require_setup_role(session, actor)
    checks = Checks()
    partner = find(session, Partner, partner_id, "partner", checks, required=True)
    catalog.refuse_unknown(checks, changes, EDITABLE)
    values = _clean(session, checks, {k: v for k, v in changes.items() if k in EDITABLE}, partner_id)
    checks.done()
    assert partner is not None
    changed = catalog.update(session, actor, partner, "partner", values, AREAS)
    if "name" in values:
        session.execute(
            update(Site)
            .where(Site.partner_id == partner.id, Site.partner != partner.name)
            .values(partner=partner.name, updated_at=utcnow(), updated_by=actor.user_id, device_id=actor.device_id)
        )
    return changed


def retire_partner(session: Session, actor: Actor, partner_id: uuid.UUID) -> Changed[Partner]:
    """No new site may name the partner; the sites that do keep it."""
    return catalog.set_active(session, actor, Partner, partner_id, "partner", False, AREAS)


def reinstate_partner(session: Session, actor: Actor, partner_id: uuid.UUID) -> Changed[Partner]:
    return catalog.set_active(session, actor, Partner, partner_id, "partner", True, AREAS)


def list_partners(session: Session, actor: Actor, *, include_retired: bool = True) -> list[PartnerRow]:
    catalog.require_setup_role(session, actor)
    return partner_rows(session, include_retired=include_retired)


def partner_id_named(session: Session, name: str) -> uuid.UUID:
    """The partner called ``name`` (any case), for the command line."""
    found = session.scalar(
        select(Partner.id).where(func.lower(Partner.name) == name.strip().lower(), Partner.deleted.is_(False))
    )
    if found is None:
        raise NotFoundError("no partner is called {name}", values={"name": name})
    return found


def partner_for_site(
    session: Session, checks: Checks, partner_id: uuid.UUID | None, current: uuid.UUID | None = None
) -> Partner | None:
    """The partner a site is to belong to: an active one, unless the site already belongs to it."""
    partner = find(session, Partner, partner_id, "partner_id", checks)
    if partner is not None and not partner.active and partner.id != current:
        checks.fail("partner_id", "{name} is retired", name=partner.name)
    return partner
