"""Who is due a new kit (the Today tile): the grouped queries against the definition applied row by row."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Collection
from dataclasses import dataclass, field

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.db import Database
from oend.model import Dispensing, Lot, Participant, Product, Reversal, Site
from oend.model.codes import Formulation, ParticipantCategory, Role, Route, SiteKind, SupplySource, SupplyType
from oend.queries.dashboard import due_a_new_kit
from oend.reporting.alerts import awaiting_refill

TODAY = dt.date(2026, 6, 15)
DAY = dt.timedelta(days=1)


@dataclass
class Program:
    """What the rows were made from, so a test can name sites and people."""

    session: Session
    product: uuid.UUID
    sites: list[uuid.UUID]
    lots: dict[dt.date, uuid.UUID]  # by expiry date
    people: list[uuid.UUID] = field(default_factory=list)

    def person(self) -> uuid.UUID:
        p = Participant(code=f"P{len(self.people):04d}", category=ParticipantCategory.AT_RISK)
        self.session.add(p)
        self.session.flush()
        self.people.append(p.id)
        return p.id

    def kit(self, who: uuid.UUID | None, day: dt.date, site: int, expires: dt.date, deleted: bool = False) -> None:
        self.session.add(
            Dispensing(
                dispensed_on=day,
                site_id=self.sites[site],
                participant_id=who,
                product_id=self.product,
                lot_id=self.lots[expires],
                quantity=1,
                supply_type=SupplyType.NEW,
                supply_source=SupplySource.OUTREACH,
                deleted=deleted,
            )
        )

    def report(self, who: uuid.UUID | None, day: dt.date, site: int, deleted: bool = False) -> None:
        self.session.add(Reversal(overdose_date=day, site_id=self.sites[site], reporter_id=who, deleted=deleted))


EXPIRIES = (TODAY - 400 * DAY, TODAY - 30 * DAY, TODAY - DAY, TODAY, TODAY + DAY, TODAY + 300 * DAY)


def program(session: Session) -> Program:
    sites = [Site(code=f"S{i}", name=f"Site {i}", kind=SiteKind.OUTREACH) for i in range(4)]
    product = Product(code="NAS", name="Nasal", formulation=Formulation.NASAL_4MG, route=Route.NASAL, doses_per_kit=2)
    session.add_all([*sites, product])
    session.flush()
    lots = {day: Lot(product_id=product.id, lot_number=f"L{i}", expiry_date=day) for i, day in enumerate(EXPIRIES)}
    session.add_all(lots.values())
    session.flush()
    return Program(session, product.id, [s.id for s in sites], {day: lot.id for day, lot in lots.items()})


def reference(session: Session, actor: Actor, sites: Collection[uuid.UUID] | None) -> dict[str, int]:
    """The definition, report by report and kit by kit, over every row read back."""
    expiry = {lot: day for lot, day in session.execute(select(Lot.id, Lot.expiry_date))}
    kits = session.execute(
        select(Dispensing.participant_id, Dispensing.site_id, Dispensing.lot_id, Dispensing.dispensed_on).where(
            Dispensing.deleted.is_(False)
        )
    ).all()
    reports = session.execute(
        select(Reversal.reporter_id, Reversal.site_id, Reversal.overdose_date).where(Reversal.deleted.is_(False))
    ).all()

    def seen(site: uuid.UUID) -> bool:
        return actor.may_use_site(site) and (not sites or site in sites)

    held: dict[uuid.UUID, list[dt.date]] = {}
    for who, site, lot, _ in kits:
        if who is not None and seen(site):
            held.setdefault(who, []).append(expiry[lot])
    expired = {who for who, expiries in held.items() if all(day < TODAY for day in expiries)}
    used = {
        who
        for who, site, day in reports
        if who is not None and seen(site) and not any(k.participant_id == who and k.dispensed_on >= day for k in kits)
    }
    return {"expired": len(expired), "used": len(used)}


def test_the_edges_of_expired_and_used(any_db: Database, actor: Actor) -> None:
    with any_db.transaction() as session:
        p = program(session)
        in_date_today = p.person()
        p.kit(in_date_today, TODAY - 90 * DAY, 0, TODAY)
        expired_deleted_fresh = p.person()
        p.kit(expired_deleted_fresh, TODAY - 500 * DAY, 0, TODAY - DAY)
        p.kit(expired_deleted_fresh, TODAY - 20 * DAY, 0, TODAY + 300 * DAY, deleted=True)
        fresh_elsewhere = p.person()
        p.kit(fresh_elsewhere, TODAY - 500 * DAY, 0, TODAY - 30 * DAY)
        p.kit(fresh_elsewhere, TODAY - 10 * DAY, 1, TODAY + DAY)
        kit_same_day = p.person()
        p.kit(kit_same_day, TODAY - 60 * DAY, 1, TODAY + DAY)
        p.report(kit_same_day, TODAY - 60 * DAY, 0)
        kit_between = p.person()
        p.report(kit_between, TODAY - 80 * DAY, 0)
        p.kit(kit_between, TODAY - 70 * DAY, 2, TODAY + 300 * DAY)
        p.report(kit_between, TODAY - 40 * DAY, 1)
        p.report(kit_between, TODAY - 30 * DAY, 1, deleted=True)
        later_kit_deleted = p.person()
        p.report(later_kit_deleted, TODAY - 50 * DAY, 2)
        p.kit(later_kit_deleted, TODAY - 5 * DAY, 2, TODAY + 300 * DAY, deleted=True)
        p.report(None, TODAY - 5 * DAY, 2)
        p.kit(None, TODAY - 500 * DAY, 2, TODAY - 400 * DAY)

    s0, s1, s2, _ = p.sites
    with any_db.session() as session:
        assert awaiting_refill(session, actor, TODAY) == {"expired": 1, "used": 2}
        assert awaiting_refill(session, actor, TODAY, [s0]) == {"expired": 2, "used": 0}
        assert awaiting_refill(session, actor, TODAY, [s1]) == {"expired": 0, "used": 1}
        assert awaiting_refill(session, actor, TODAY, [s2]) == {"expired": 0, "used": 1}
        assert awaiting_refill(session, actor, TODAY, [s0, s1]) == {"expired": 1, "used": 1}


@pytest.mark.parametrize("seed", [1, 2])
def test_same_people_as_the_definition_row_by_row(any_db: Database, actor: Actor, seed: int) -> None:
    rng = random.Random(seed)
    with any_db.transaction() as session:
        p = program(session)
        people = [p.person() for _ in range(80)]

        def anyone() -> uuid.UUID | None:
            return None if rng.random() < 0.1 else rng.choice(people)

        def day() -> dt.date:
            return TODAY - rng.randrange(900) * DAY

        for _ in range(400):
            p.kit(anyone(), day(), rng.randrange(4), rng.choice(EXPIRIES), deleted=rng.random() < 0.1)
        for _ in range(120):
            p.report(anyone(), day(), rng.randrange(4), deleted=rng.random() < 0.1)

    s0, s1, s2, s3 = p.sites
    site_lead = Actor(uuid.uuid4(), "lead", Role.SITE_LEAD, "test-device", frozenset({s1, s2}))
    cases = [
        (actor, None),
        *((actor, [site]) for site in p.sites),
        (actor, [s0, s3]),
        (site_lead, None),
        (site_lead, [s2]),
        (site_lead, [s0]),
    ]
    with any_db.session() as session:
        answers = []
        for who, sites in cases:
            expected = reference(session, who, sites)
            assert awaiting_refill(session, who, TODAY, sites) == expected, (who.username, sites)
            listed = due_a_new_kit(session, who, TODAY, sites)  # the list the figure opens: the same people
            assert {reason: sum(r.reason == reason for r in listed) for reason in expected} == expected
            answers.append(expected)
    assert len({(a["expired"], a["used"]) for a in answers}) > 4  # the scopes really differ
    assert all(a["expired"] and a["used"] for a in answers[:5])
    assert answers[-1] == {"expired": 0, "used": 0}  # a site the lead does not work at
