"""The program's sites and naloxone products: set up by coordinators, used by every other record."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.changes import Area, Changed
from oend.core.checks import Checks
from oend.model import Product, Site
from oend.model.codes import FORMULATION_DEFAULTS, AuditAction, Formulation, Role, SiteKind
from oend.services import audit

CODE_PATTERN = re.compile(r"[A-Z0-9][A-Z0-9_-]{0,39}")


def _clean_code(session: Session, checks: Checks, model: type[Site] | type[Product], code: str | None) -> str | None:
    cleaned = checks.text("code", code, required=True, max_len=40)
    if cleaned is None:
        return None
    cleaned = cleaned.upper()
    if not CODE_PATTERN.fullmatch(cleaned):
        checks.fail("code", "may hold only letters, digits, - and _")
    elif session.scalar(select(model.id).where(model.code == cleaned)) is not None:
        checks.fail("code", "{code} is already in use", code=cleaned)
    return cleaned


def add_site(
    session: Session,
    actor: Actor,
    *,
    code: str,
    name: str,
    kind: str | SiteKind,
    region: str | None = None,
    partner: str | None = None,
    county: str | None = None,
    zip_code: str | None = None,
) -> Changed[Site]:
    actor.require_role(Role.COORDINATOR, Role.ADMINISTRATOR)
    checks = Checks()
    site = Site(
        code=_clean_code(session, checks, Site, code),
        name=checks.text("name", name, required=True, max_len=120),
        kind=checks.code("kind", kind, SiteKind, required=True),
        region=checks.text("region", region, max_len=80),
        partner=checks.text("partner", partner, max_len=120),
        county=checks.text("county", county, max_len=80),
        zip_code=checks.text("zip_code", zip_code, max_len=10),
    )
    checks.done()
    audit.stamp(site, actor, new=True)
    session.add(site)
    session.flush()
    audit.record(session, actor, AuditAction.CREATE, "site", site.id, after=audit.snapshot(site))
    return Changed(site, frozenset({Area.SITES}))


def add_product(
    session: Session,
    actor: Actor,
    *,
    code: str,
    name: str,
    formulation: str | Formulation,
    doses_per_kit: int | None = None,
) -> Changed[Product]:
    """A naloxone product; doses per kit and route follow from the formulation unless given."""
    actor.require_role(Role.COORDINATOR, Role.ADMINISTRATOR)
    checks = Checks()
    clean_code = _clean_code(session, checks, Product, code)
    clean_name = checks.text("name", name, required=True, max_len=120)
    form = checks.code("formulation", formulation, Formulation, required=True)
    doses = checks.integer("doses_per_kit", doses_per_kit, low=1, high=50)
    checks.done()
    assert form is not None
    default_doses, route = FORMULATION_DEFAULTS[form]
    product = Product(
        code=clean_code, name=clean_name, formulation=form, route=route, doses_per_kit=doses or default_doses
    )
    audit.stamp(product, actor, new=True)
    session.add(product)
    session.flush()
    audit.record(session, actor, AuditAction.CREATE, "product", product.id, after=audit.snapshot(product))
    return Changed(product, frozenset({Area.STOCK}))
