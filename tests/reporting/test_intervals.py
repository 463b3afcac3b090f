"""Measures over the time between events, checked against figures worked out here from the rows themselves."""

from __future__ import annotations

import datetime as dt
import statistics
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.model import Dispensing, FollowUp, Participant
from oend.model.codes import RefillReason, SupplySource, SupplyType
from oend.reporting.engine import compute_report
from oend.reporting.periods import Period
from oend.reporting.rates import Rate
from oend.reporting.template_format import TemplateError, parse_template
from tests.reporting.seed import Seeded

Q3 = Period.quarter(2025, 3)
D = dt.date
FIGURES = """
title = "Follow-through"
publication = false

[[tables]]
id = "figures"
title = "Over time"
figures = ["repeat_recipients", "days_release_to_kit", "days_release_to_contact", "refills_per_person"]
within_days = WITHIN
"""


@pytest.fixture
def followed(seeded: tuple[Session, Seeded]) -> tuple[Session, Seeded]:
    """The seeded program with more kits, releases and contacts after release, at known dates."""
    session, data = seeded
    with session.begin():
        first = session.scalars(select(Dispensing).where(Dispensing.participant_id.is_not(None))).first()
        assert first is not None
        for who, day in (("A2", D(2025, 7, 25)), ("A3", D(2025, 7, 20)), ("L4", D(2025, 9, 3))):
            session.add(
                Dispensing(
                    dispensed_on=day,
                    site_id=data.sites["NORTH"].id,
                    participant_id=data.people[who].id,
                    product_id=first.product_id,
                    lot_id=first.lot_id,
                    quantity=1,
                    supply_type=SupplyType.REFILL,
                    refill_reason=RefillReason.LOST,
                    supply_source=SupplySource.OUTREACH,
                )
            )
        released = {"L1": D(2025, 8, 1), "L2": D(2025, 8, 3), "L3": D(2025, 8, 5), "L4": D(2025, 9, 1)}
        for who, day in released.items():
            session.get_one(Participant, data.people[who].id).released_on = day
        for who, done, made in (
            ("L1", D(2025, 8, 10), True),
            ("L2", D(2025, 8, 20), False),
            ("L2", D(2025, 8, 25), True),
        ):
            session.add(
                FollowUp(
                    participant_id=data.people[who].id,
                    released_on=released[who],
                    site_id=data.sites["JAIL"].id,
                    due_on=released[who] + dt.timedelta(days=7),
                    done_on=done,
                    contact_made=made,
                )
            )
    return session, data


def _kits(session: Session) -> list[Dispensing]:
    return list(session.scalars(select(Dispensing).where(Dispensing.deleted.is_(False))))


def _repeat(session: Session, within: int) -> int:
    """People with a kit in Q3 and another kit 0..``within`` days before it (every pair compared)."""
    kits = [k for k in _kits(session) if k.participant_id is not None]
    return len(
        {
            k.participant_id
            for k in kits
            if Q3.contains(k.dispensed_on)
            and any(
                o is not k
                and o.participant_id == k.participant_id
                and 0 <= (k.dispensed_on - o.dispensed_on).days <= within
                and (o.dispensed_on, str(o.id)) < (k.dispensed_on, str(k.id))
                for o in kits
            )
        }
    )


def _days_to(session: Session, firsts: dict[Any, list[dt.date]]) -> list[int]:
    released = {
        p.id: p.released_on
        for p in session.scalars(select(Participant))
        if p.released_on and Q3.contains(p.released_on)
    }
    return [
        min(d for d in firsts[p] if d >= r).__sub__(r).days
        for p, r in released.items()
        if any(d >= r for d in firsts.get(p, []))
    ]


@pytest.mark.parametrize("within", [30, 60])
def test_the_figures_match_the_rows(followed: tuple[Session, Seeded], actor: Actor, within: int) -> None:
    session, _ = followed
    kits_by_person: dict[Any, list[dt.date]] = {}
    for k in _kits(session):
        kits_by_person.setdefault(k.participant_id, []).append(k.dispensed_on)
    contacts: dict[Any, list[dt.date]] = {}
    for f in session.scalars(select(FollowUp)):
        if f.contact_made and f.done_on:
            contacts.setdefault(f.participant_id, []).append(f.done_on)
    to_kit, to_contact = _days_to(session, kits_by_person), _days_to(session, contacts)
    assert sorted(to_kit) == [0, 2, 2, 4] and sorted(to_contact) == [9, 22]  # the dates above, by hand
    in_q3 = [k for k in _kits(session) if k.participant_id is not None and Q3.contains(k.dispensed_on)]
    refills = sum(k.supply_type == SupplyType.REFILL for k in in_q3)

    template = parse_template("f", FIGURES.replace("WITHIN", str(within)))
    table = compute_report(session, actor, template, Q3).tables[0]
    assert table.body() == [
        [f"People given a kit again within {within} days", _repeat(session, within)],
        ["Days from release to the first kit (median)", statistics.median(to_kit)],
        ["Days from release to the first contact (median)", statistics.median(to_contact)],
        ["Refills per person given kits", Rate(refills, len({k.participant_id for k in in_q3}), 1)],
    ]
    assert _repeat(session, 30) == 3 and _repeat(session, 60) == 4  # A2, A3 and L4; A1 too after 49 days


def test_small_figures_are_suppressed(followed: tuple[Session, Seeded], actor: Actor) -> None:
    session, _ = followed
    template = parse_template("f", FIGURES.replace("WITHIN", "30").replace("publication = false", "threshold = 3"))
    body = compute_report(session, actor, template, Q3).tables[0].body()
    assert [row[1] for row in body][:3] == ["<4", 2, "<4"]  # 3 people; 4 released with a kit; 2 with a contact


def test_a_wrong_figures_table_is_refused() -> None:
    with pytest.raises(TemplateError) as refused:
        parse_template(
            "f", FIGURES.replace("WITHIN", "0").replace('"refills_per_person"', '"refils"') + 'rows = "site"\n'
        )
    assert sorted(p.field for p in refused.value.problems) == [
        "tables[1].figures",
        "tables[1].rows",
        "tables[1].within_days",
    ]
