"""The program's sites: where it trains and hands out kits, each perhaps belonging to a partner organisation."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.changes import Area, Changed
from oend.core.checks import Checks
from oend.errors import NotFoundError
from oend.model import Site
from oend.model.codes import SiteKind
from oend.queries.program import SiteRow, site_rows
from oend.queries.stock import stock_levels
from oend.services import catalog
from oend.services.lookup import find
from oend.services.partners import partner_for_site

AREAS = frozenset({Area.SITES})
EDITABLE = ("name", "kind", "region", "county", "zip_code", "partner_id")


def _clean(session: Session, checks: Checks, values: dict[str, Any], site: Site | None) -> dict[str, Any]:
    """The fields present in ``values``, checked; a partner also gives the site its partner's name."""
    out: dict[str, Any] = {}
    if "name" in values:
        out["name"] = checks.text("name", values["name"], required=True, max_len=120)
    if "kind" in values:
        out["kind"] = checks.code("kind", values["kind"], SiteKind, required=True)
    for name, max_len in (("region", 80), ("county", 80), ("zip_code", 10)):
        if name in values:
            out[name] = checks.text(name, values[name], max_len=max_len)
    if "partner_id" in values:
        partner = partner_for_site(session, checks, values["partner_id"], site.partner_id if site else None)
        out["partner_id"] = partner.id if partner else None
        out["partner"] = partner.name if partner else None
    return out


def add_site(
    session: Session,
    actor: Actor,
    *,
    code: str,
    name: str,
    kind: str | SiteKind,
    region: str | None = None,
    county: str | None = None,
    zip_code: str | None = None,
    partner_id: uuid.UUID | None = None,
) -> Changed[Site]:
    """A site; its code is how staff name it (on the command line, in exports) and never changes."""
    catalog.require_setup_role(session, actor)
    checks = Checks()
    clean_code = catalog.clean_code(session, checks, Site, code, max_len=20)
    given = {"name": name, "kind": kind, "region": region, "county": county, "zip_code": zip_code}
    values = _clean(session, checks, given | {"partner_id": partner_id}, None)
    checks.done()
    return catalog.create(session, actor, Site(code=clean_code, active=True, **values), "site", AREAS)


def edit_site(session: Session, actor: Actor, site_id: uuid.UUID, **changes: Any) -> Changed[Site]:
    """Change a site's name, kind, place or partner; its records stay where they are."""
    catalog.require_setup_role(session, actor)
    checks = Checks()
    site = find(session, Site, site_id, "site", checks, required=True)
    catalog.refuse_unknown(checks, changes, EDITABLE)
    values = _clean(session, checks, {k: v for k, v in changes.items() if k in EDITABLE}, site)
    checks.done()
    assert site is not None
    return catalog.update(session, actor, site, "site", values, AREAS)


def retire_site(session: Session, actor: Actor, site_id: uuid.UUID) -> Changed[Site]:
    """New records can no longer choose the site; its old records keep it. Kits still there would be
    stranded, so they must be moved or written off first."""

    def refuse(site: Site, checks: Checks) -> None:
        kits = sum(level.on_hand for level in stock_levels(session, actor, site_id=site.id))
        if kits:
            checks.fail("site", "{kits} kit(s) are still in stock here: transfer or write them off first", kits=kits)

    return catalog.set_active(session, actor, Site, site_id, "site", False, AREAS, refuse=refuse)


def reinstate_site(session: Session, actor: Actor, site_id: uuid.UUID) -> Changed[Site]:
    return catalog.set_active(session, actor, Site, site_id, "site", True, AREAS)


def list_sites(session: Session, actor: Actor, *, include_retired: bool = True) -> list[SiteRow]:
    catalog.require_setup_role(session, actor)
    return site_rows(session, include_retired=include_retired)


def site_id_for_code(session: Session, code: str) -> uuid.UUID:
    """The site with ``code`` (any case), for the command line."""
    found = session.scalar(select(Site.id).where(Site.code == code.strip().upper(), Site.deleted.is_(False)))
    if found is None:
        raise NotFoundError("no site has the code {code}", values={"code": code})
    return found
