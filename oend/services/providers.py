"""Providers: the services a program refers people to, a list it keeps like its partner organisations."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.changes import Area, Changed
from oend.core.checks import Checks
from oend.errors import NotFoundError
from oend.model import Provider
from oend.model.codes import ReferralKind
from oend.queries.linkage import ProviderRow, provider_rows
from oend.services import catalog
from oend.services.lookup import find

AREAS = frozenset({Area.LINKAGE})
EDITABLE = ("name", "kind", "region")


def _name_taken(session: Session, name: str, other_than: uuid.UUID | None) -> bool:
    stmt = select(Provider.id).where(func.lower(Provider.name) == name.lower(), Provider.deleted.is_(False))
    if other_than is not None:
        stmt = stmt.where(Provider.id != other_than)
    return session.scalar(stmt) is not None


def _clean(session: Session, checks: Checks, values: dict[str, Any], provider_id: uuid.UUID | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "name" in values:
        name = out["name"] = checks.text("name", values["name"], required=True, max_len=120)
        if name is not None and _name_taken(session, name, provider_id):
            checks.fail("name", "{name} is already taken", name=name)
    if "kind" in values:
        out["kind"] = checks.code("kind", values["kind"], ReferralKind)
    if "region" in values:
        out["region"] = checks.text("region", values["region"], max_len=80)
    return out


def add_provider(
    session: Session,
    actor: Actor,
    *,
    name: str,
    kind: str | ReferralKind | None = None,
    region: str | None = None,
) -> Changed[Provider]:
    """A provider; its name is unique, whatever its case, and ``kind`` is what it mainly offers."""
    catalog.require_setup_role(session, actor)
    checks = Checks()
    values = _clean(session, checks, {"name": name, "kind": kind, "region": region}, None)
    checks.done()
    return catalog.create(session, actor, Provider(**values, active=True), "provider", AREAS)


def edit_provider(session: Session, actor: Actor, provider_id: uuid.UUID, **changes: Any) -> Changed[Provider]:
    """Change a provider's name, kind or region; the referrals that name it follow."""
    catalog.require_setup_role(session, actor)
    checks = Checks()
    provider = find(session, Provider, provider_id, "provider", checks, required=True)
    catalog.refuse_unknown(checks, changes, EDITABLE)
    values = _clean(session, checks, {k: v for k, v in changes.items() if k in EDITABLE}, provider_id)
    checks.done()
    assert provider is not None
    return catalog.update(session, actor, provider, "provider", values, AREAS)


def retire_provider(session: Session, actor: Actor, provider_id: uuid.UUID) -> Changed[Provider]:
    """No new referral may name the provider; the referrals that do keep it."""
    return catalog.set_active(session, actor, Provider, provider_id, "provider", False, AREAS)


def reinstate_provider(session: Session, actor: Actor, provider_id: uuid.UUID) -> Changed[Provider]:
    return catalog.set_active(session, actor, Provider, provider_id, "provider", True, AREAS)


def list_providers(session: Session, actor: Actor, *, include_retired: bool = True) -> list[ProviderRow]:
    catalog.require_setup_role(session, actor)
    return provider_rows(session, include_retired=include_retired)


def provider_id_named(session: Session, name: str) -> uuid.UUID:
    """The provider called ``name`` (any case), for the command line."""
    found = session.scalar(
        select(Provider.id).where(func.lower(Provider.name) == name.strip().lower(), Provider.deleted.is_(False))
    )
    if found is None:
        raise NotFoundError("no provider is called {name}", values={"name": name})
    return found
