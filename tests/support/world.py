"""A small, known program to test services against: two sites, two products, stock in one lot."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import func, select

from oend.core.actor import Actor
from oend.db import Database
from oend.errors import ValidationError
from oend.model import Base, Lot, Participant, Product, Site
from oend.services import participants, products, sites, stock

TODAY = dt.date.today()
LAST_MONTH = TODAY - dt.timedelta(days=30)


@dataclass
class World:
    db: Database
    actor: Actor
    van: Site
    prison: Site
    nasal: Product
    im_kit: Product
    lot: Lot  # 40 nasal kits at the van, expiring in two years
    alice: Participant

    def run(self, action: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run one service call as one user action (its own session and transaction)."""
        with self.db.transaction() as session:
            return action(session, self.actor, *args, **kwargs).record


def build_world(db: Database, actor: Actor) -> World:
    with db.transaction() as s:
        van = sites.add_site(s, actor, code="VAN1", name="Outreach van 1", kind="outreach", county="Suffolk").record
        prison = sites.add_site(s, actor, code="HOC", name="House of Correction", kind="correctional_facility").record
        nasal = products.add_product(s, actor, code="NAS4", name="Naloxone nasal 4 mg", formulation="nasal_4mg").record
        im_kit = products.add_product(s, actor, code="IMK", name="IM vial kit", formulation="im_vial_kit").record
        stock.receive_stock(
            s,
            actor,
            site_id=van.id,
            product_id=nasal.id,
            lot_number="A100",
            expiry_date=TODAY.replace(year=TODAY.year + 2),
            quantity=40,
            received_on=LAST_MONTH,
        )
        lot = s.scalars(select(Lot)).one()
        alice = participants.enrol_participant(
            s,
            actor,
            category="at_risk",
            first_name="Alice",
            last_name="Moreno",
            birth_year=1988,
            gender="woman",
            home_site_id=van.id,
        ).record
    return World(db, actor, van, prison, nasal, im_kit, lot, alice)


def row_counts(db: Database) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {
            name: conn.execute(select(func.count()).select_from(t)).scalar_one()
            for name, t in Base.metadata.tables.items()
        }


def assert_refused(
    world: World, action: Callable[..., Any], fields: set[str], *args: Any, **kwargs: Any
) -> ValidationError:
    """The call is refused naming exactly ``fields``, and nothing at all was written."""
    before = row_counts(world.db)
    with pytest.raises(ValidationError) as refused:
        world.run(action, *args, **kwargs)
    assert refused.value.fields == fields, refused.value.errors
    assert row_counts(world.db) == before
    return refused.value
