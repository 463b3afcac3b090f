"""The short lists the forms offer: sites the user works at, products, topics, partners, people who train.

Each offers active entries only: a retired one stays on the records that name it but is not offered again.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.model import Participant, Partner, Product, Site, Topic, User
from oend.model.codes import SiteKind
from oend.queries.scope import within_sites


@dataclass(frozen=True)
class Choice:
    id: uuid.UUID
    code: str
    name: str
    kind: str = ""


def site_choices(session: Session, actor: Actor, *, kind: SiteKind | None = None) -> list[Choice]:
    """Active sites the actor works at, by code."""
    stmt = select(Site.id, Site.code, Site.name, Site.kind).where(Site.deleted.is_(False), Site.active.is_(True))
    if kind is not None:
        stmt = stmt.where(Site.kind == kind)
    stmt = within_sites(stmt.order_by(Site.code), Site.id, actor)
    return [Choice(r.id, r.code, r.name, r.kind.value) for r in session.execute(stmt)]


def all_site_choices(session: Session) -> list[Choice]:
    """Every active site: a transfer may send kits to a site the sender does not work at."""
    stmt = select(Site.id, Site.code, Site.name, Site.kind).where(Site.deleted.is_(False), Site.active.is_(True))
    return [Choice(r.id, r.code, r.name, r.kind.value) for r in session.execute(stmt.order_by(Site.code))]


def product_choices(session: Session) -> list[Choice]:
    """Active products, by name."""
    stmt = select(Product.id, Product.code, Product.name, Product.formulation).where(
        Product.deleted.is_(False), Product.active.is_(True)
    )
    return [Choice(r.id, r.code, r.name, r.formulation.value) for r in session.execute(stmt.order_by(Product.name))]


def topic_choices(session: Session, codes: Collection[str] | None = None) -> list[Choice]:
    """Active curriculum topics, in the program's order; given ``codes``, those topics, still taught or not (a
    session corrected keeps a topic it covered)."""
    stmt = select(Topic.id, Topic.code, Topic.label).where(Topic.deleted.is_(False))
    stmt = stmt.where(Topic.active.is_(True) if codes is None else Topic.code.in_(list(codes)))
    return [Choice(r.id, r.code, r.label) for r in session.execute(stmt.order_by(Topic.position, Topic.code))]


def partner_choices(session: Session) -> list[Choice]:
    """Active partner organisations, by name; a choice's code is empty (partners have none)."""
    stmt = select(Partner.id, Partner.name, Partner.category).where(
        Partner.deleted.is_(False), Partner.active.is_(True)
    )
    return [Choice(r.id, "", r.name, r.category.value) for r in session.execute(stmt.order_by(Partner.name))]


def trainer_choices(session: Session) -> list[Choice]:
    """Active user accounts, who may be named as a session's trainer."""
    stmt = select(User.id, User.username, User.display_name).where(User.deleted.is_(False), User.active.is_(True))
    return [Choice(r.id, r.username, r.display_name) for r in session.execute(stmt.order_by(User.display_name))]


def participant_by_code(session: Session, actor: Actor, code: str) -> uuid.UUID | None:
    """The live, unmerged participant with ``code`` (any case) the actor may see, or None."""
    stmt = select(Participant.id).where(
        Participant.code == code.strip().upper(),
        Participant.deleted.is_(False),
        Participant.merged_into_id.is_(None),
    )
    return session.scalar(within_sites(stmt, Participant.home_site_id, actor))
