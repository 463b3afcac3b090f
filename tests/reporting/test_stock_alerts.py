"""The Today page's stock alerts against the ledger summed by hand: low stock per site and product, lots expiring."""

from __future__ import annotations

import datetime as dt
import random
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.db import Database
from oend.model import Dispensing, Lot, Product, Site, StockMovement
from oend.model.codes import Formulation, MovementKind, Role, Route, SiteKind, SupplySource, SupplyType
from oend.reporting.alerts import StockAlert, stock_alerts

TODAY = dt.date(2026, 6, 15)
DAY = dt.timedelta(days=1)


def ledger(session: Session, rng: random.Random) -> list[uuid.UUID]:
    """Three sites, two products, six lots; receipts, write-offs and hand-overs, some deleted, some pairs emptied."""
    sites = [Site(code=f"S{i}", name=f"Site {i}", kind=SiteKind.FIXED_SITE) for i in range(3)]
    products = [
        Product(
            code=f"P{i}", name=f"Product {i}", formulation=Formulation.NASAL_4MG, route=Route.NASAL, doses_per_kit=2
        )
        for i in range(2)
    ]
    session.add_all([*sites, *products])
    session.flush()
    lots = [
        Lot(product_id=products[i % 2].id, lot_number=f"L{i}", expiry_date=TODAY + days * DAY, recalled=i == 5)
        for i, days in enumerate((-200, -1, 0, 45, 90, 400))
    ]
    session.add_all(lots)
    session.flush()

    def move(site: Site, lot: Lot, quantity: int, deleted: bool = False) -> None:
        kind = MovementKind.RECEIVE if quantity > 0 else MovementKind.WRITE_OFF
        session.add(
            StockMovement(
                movement_date=TODAY - 300 * DAY,
                site_id=site.id,
                lot_id=lot.id,
                kind=kind,
                quantity=quantity,
                deleted=deleted,
            )
        )

    def give(site: Site, lot: Lot, quantity: int, deleted: bool = False) -> None:
        session.add(
            Dispensing(
                dispensed_on=TODAY - 100 * DAY,
                site_id=site.id,
                product_id=lot.product_id,
                lot_id=lot.id,
                quantity=quantity,
                supply_type=SupplyType.NEW,
                supply_source=SupplySource.OUTREACH,
                deleted=deleted,
            )
        )

    emptied, overdrawn = (sites[0], lots[3]), (sites[1], lots[4])
    for site in sites:
        for lot in lots:
            if (site, lot) not in (emptied, overdrawn) and rng.random() < 0.8:
                move(site, lot, rng.randrange(1, 15), deleted=rng.random() < 0.1)
                move(site, lot, -rng.randrange(0, 3))
                for _ in range(rng.randrange(4)):
                    give(site, lot, rng.randrange(1, 6), deleted=rng.random() < 0.2)
    move(*emptied, 6)  # handed out to the last kit
    give(*emptied, 6)
    move(*overdrawn, 3)  # handed out beyond what it received
    give(*overdrawn, 5)
    return [site.id for site in sites]


def by_hand(session: Session, sites: list[uuid.UUID] | None) -> tuple[list[StockAlert], list[StockAlert]]:
    stock: dict[tuple[uuid.UUID, uuid.UUID], int] = {}
    for site, lot, quantity in session.execute(
        select(StockMovement.site_id, StockMovement.lot_id, StockMovement.quantity).where(
            StockMovement.deleted.is_(False)
        )
    ):
        stock[(site, lot)] = stock.get((site, lot), 0) + quantity
    for site, lot, quantity in session.execute(
        select(Dispensing.site_id, Dispensing.lot_id, Dispensing.quantity).where(Dispensing.deleted.is_(False))
    ):
        if (site, lot) in stock:  # stock reaches a site only by a movement
            stock[(site, lot)] -= quantity
    code = {site: code for site, code in session.execute(select(Site.id, Site.code))}
    lots = {lot.id: lot for lot in session.scalars(select(Lot))}
    name = {product: name for product, name in session.execute(select(Product.id, Product.name))}
    usable: dict[tuple[str, str], int] = {}
    expiring = []
    for (site, lot_id), n in stock.items():
        lot = lots[lot_id]
        if n <= 0 or (sites and site not in sites):
            continue
        if lot.expiry_date >= TODAY and not lot.recalled:
            key = (code[site], name[lot.product_id])
            usable[key] = usable.get(key, 0) + n
        if lot.expiry_date <= TODAY + 90 * DAY:
            expiring.append(StockAlert(code[site], name[lot.product_id], lot.lot_number, lot.expiry_date, n))
    low = [StockAlert(s, p, None, None, n) for (s, p), n in sorted(usable.items()) if n < 10]
    return low, sorted(expiring, key=lambda a: (a.expiry_date, a.site_code, a.lot_number))


def test_alerts_match_the_ledger_summed_by_hand(any_db: Database, actor: Actor) -> None:
    with any_db.transaction() as session:
        sites = ledger(session, random.Random(4))
    lead = Actor(uuid.uuid4(), "lead", Role.SITE_LEAD, "test-device", frozenset(sites[1:]))
    with any_db.session() as session:
        lows = 0
        for chosen in (None, *([site] for site in sites), sites[:2]):
            expected = by_hand(session, chosen)
            assert stock_alerts(session, actor, TODAY, chosen) == expected, chosen
            assert expected[1], chosen
            lows += len(expected[0])
        assert stock_alerts(session, lead, TODAY) == by_hand(session, sites[1:])
        emptied = [a for a in stock_alerts(session, actor, TODAY, [sites[0]])[1] if a.lot_number == "L3"]
        overdrawn = [a for a in stock_alerts(session, actor, TODAY, [sites[1]])[1] if a.lot_number == "L4"]
        assert not emptied and not overdrawn
    assert lows > 3
