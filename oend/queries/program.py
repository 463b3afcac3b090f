"""The program's own set-up as the administration lists show it: sites, partners, products, curriculum topics.

Retired entries are listed too (a coordinator reinstates them from here); the choice lists of the forms, in
``oend.queries.choices``, offer active ones only.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from oend.model import Partner, Product, Site, Topic
from oend.model.codes import Formulation, PartnerCategory, Route, SiteKind


@dataclass(frozen=True)
class SiteRow:
    id: uuid.UUID
    code: str
    name: str
    kind: SiteKind
    region: str | None
    county: str | None
    zip_code: str | None
    partner: str | None
    active: bool
    partner_id: uuid.UUID | None


@dataclass(frozen=True)
class PartnerRow:
    id: uuid.UUID
    name: str
    category: PartnerCategory
    region: str | None
    active: bool
    sites: int


@dataclass(frozen=True)
class ProductRow:
    id: uuid.UUID
    code: str
    name: str
    formulation: Formulation
    route: Route
    strength: str | None
    doses_per_kit: int
    active: bool


@dataclass(frozen=True)
class TopicRow:
    id: uuid.UUID
    code: str
    label: str
    position: int
    active: bool


def site_rows(session: Session, *, include_retired: bool = True) -> list[SiteRow]:
    """Sites by code, with their partner's name."""
    stmt = (
        select(
            Site.id,
            Site.code,
            Site.name,
            Site.kind,
            Site.region,
            Site.county,
            Site.zip_code,
            func.coalesce(Partner.name, Site.partner).label("partner"),
            Site.active,
            Site.partner_id,
        )
        .outerjoin(Partner, Partner.id == Site.partner_id)
        .where(Site.deleted.is_(False))
    )
    if not include_retired:
        stmt = stmt.where(Site.active.is_(True))
    return [
        SiteRow(r.id, r.code, r.name, r.kind, r.region, r.county, r.zip_code, r.partner, r.active, r.partner_id)
        for r in session.execute(stmt.order_by(Site.code))
    ]


def partner_rows(session: Session, *, include_retired: bool = True) -> list[PartnerRow]:
    """Partner organisations by name, with how many live sites each has."""
    sites = (
        select(func.count())
        .where(Site.partner_id == Partner.id, Site.deleted.is_(False))
        .correlate(Partner)
        .scalar_subquery()
    )
    stmt = select(Partner.id, Partner.name, Partner.category, Partner.region, Partner.active, sites).where(
        Partner.deleted.is_(False)
    )
    if not include_retired:
        stmt = stmt.where(Partner.active.is_(True))
    return [PartnerRow(*row) for row in session.execute(stmt.order_by(func.lower(Partner.name)))]


def product_rows(session: Session, *, include_retired: bool = True) -> list[ProductRow]:
    """Products by name."""
    stmt = select(
        Product.id,
        Product.code,
        Product.name,
        Product.formulation,
        Product.route,
        Product.strength,
        Product.doses_per_kit,
        Product.active,
    ).where(Product.deleted.is_(False))
    if not include_retired:
        stmt = stmt.where(Product.active.is_(True))
    return [ProductRow(*row) for row in session.execute(stmt.order_by(Product.name))]


def topic_rows(session: Session, *, include_retired: bool = True) -> list[TopicRow]:
    """Curriculum topics in the order forms list them."""
    stmt = select(Topic.id, Topic.code, Topic.label, Topic.position, Topic.active).where(Topic.deleted.is_(False))
    if not include_retired:
        stmt = stmt.where(Topic.active.is_(True))
    return [TopicRow(*row) for row in session.execute(stmt.order_by(Topic.position, Topic.code))]
