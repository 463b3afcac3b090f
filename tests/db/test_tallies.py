"""The tallies the database keeps (``oend.model.tallies``) equal a count from scratch after any kind of write."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from oend.db import Database, migrate, open_database
from oend.model import Dispensing, Lot, Reversal, StockMovement
from oend.model.codes import MovementKind
from oend.model.tallies import kit_holders, kit_holders_at_site, stock_on_hand
from tests.reporting.test_due_a_new_kit import DAY, EXPIRIES, TODAY, Program, program

Tallies = tuple[dict[Any, int], dict[Any, tuple[Any, ...]], dict[Any, tuple[Any, ...]]]


def from_scratch(session: Session) -> Tallies:
    """Stock per (site, lot), each person's latest expiry, kit and report, and per (site, person) the latest
    expiry and report there, worked out here from every live row."""
    stock: dict[Any, int] = {}
    for site, lot, quantity in session.execute(
        select(StockMovement.site_id, StockMovement.lot_id, StockMovement.quantity).where(
            StockMovement.deleted.is_(False)
        )
    ):
        stock[(site, lot)] = stock.get((site, lot), 0) + quantity
    expiry = {lot: day for lot, day in session.execute(select(Lot.id, Lot.expiry_date))}
    latest: dict[Any, list[Any]] = {}

    def later(who: Any, at: int, day: dt.date, into: dict[Any, list[Any]] = latest) -> None:
        dates = into.setdefault(who, [None] * (3 if into is latest else 2))
        dates[at] = day if dates[at] is None else max(dates[at], day)

    at_site: dict[Any, list[Any]] = {}

    for site, lot, quantity in session.execute(
        select(Dispensing.site_id, Dispensing.lot_id, Dispensing.quantity).where(Dispensing.deleted.is_(False))
    ):
        stock[(site, lot)] = stock.get((site, lot), 0) - quantity
    for who, site, lot, day in session.execute(
        select(Dispensing.participant_id, Dispensing.site_id, Dispensing.lot_id, Dispensing.dispensed_on).where(
            Dispensing.deleted.is_(False), Dispensing.participant_id.is_not(None)
        )
    ):
        later(who, 0, expiry[lot])
        later(who, 1, day)
        later((site, who), 0, expiry[lot], at_site)
    for who, site, day in session.execute(
        select(Reversal.reporter_id, Reversal.site_id, Reversal.overdose_date).where(
            Reversal.deleted.is_(False), Reversal.reporter_id.is_not(None)
        )
    ):
        later(who, 2, day)
        later((site, who), 1, day, at_site)
    stock = {k: n for k, n in stock.items() if n}
    return stock, {k: tuple(v) for k, v in latest.items()}, {k: tuple(v) for k, v in at_site.items()}


def kept(session: Session) -> Tallies:
    """The tallies as the database keeps them, less the rows left empty by a void."""
    stock = {(s, lot): n for s, lot, n in session.execute(select(stock_on_hand)) if n}
    holders = {who: tuple(dates) for who, *dates in session.execute(select(kit_holders)) if any(dates)}
    at_site = {(s, who): tuple(dates) for s, who, *dates in session.execute(select(kit_holders_at_site)) if any(dates)}
    return stock, holders, at_site


def fill(p: Program, rng: random.Random, people: list[uuid.UUID]) -> None:
    def anyone() -> uuid.UUID | None:
        return None if rng.random() < 0.2 else rng.choice(people)

    for _ in range(60):
        p.session.add(
            StockMovement(
                movement_date=TODAY - rng.randrange(300) * DAY,
                site_id=rng.choice(p.sites),
                lot_id=rng.choice(list(p.lots.values())),
                kind=MovementKind.RECEIVE,
                quantity=rng.randrange(1, 50),
                deleted=rng.random() < 0.1,
            )
        )
    for _ in range(120):
        p.kit(anyone(), TODAY - rng.randrange(600) * DAY, rng.randrange(4), rng.choice(EXPIRIES), rng.random() < 0.1)
    for _ in range(40):
        p.report(anyone(), TODAY - rng.randrange(600) * DAY, rng.randrange(4), rng.random() < 0.1)


def change(session: Session, rng: random.Random, p: Program, people: list[uuid.UUID]) -> str:
    """One write of the kinds corrections, merges and syncs make; what it was."""
    table: Any = rng.choice([Dispensing, Reversal, StockMovement, Lot])
    row: Any = rng.choice(session.scalars(select(table)).all())
    kind = rng.choice(["void", "unvoid", "move", "date", "person", "quantity", "remove"])
    if table is Lot:
        row.expiry_date = rng.choice(EXPIRIES) + rng.randrange(-3, 4) * DAY
        return "lot expiry"
    if kind == "remove":
        session.execute(delete(table).where(table.id == row.id))
    elif kind in ("void", "unvoid"):
        row.deleted = kind == "void"
    elif kind == "move" and table is not Reversal:
        row.site_id, row.lot_id = rng.choice(p.sites), rng.choice(list(p.lots.values()))
    elif kind == "date":
        day = TODAY - rng.randrange(600) * DAY
        setattr(
            row,
            "overdose_date" if table is Reversal else "dispensed_on" if table is Dispensing else "movement_date",
            day,
        )
    elif kind == "person" and table is not StockMovement:
        setattr(row, "reporter_id" if table is Reversal else "participant_id", rng.choice([None, *people]))
    elif kind == "quantity" and table is not Reversal:
        row.quantity = rng.randrange(1, 30)
    return f"{kind} {table.__tablename__}"


@pytest.mark.parametrize("seed", [1, 2])
def test_tallies_equal_a_count_from_scratch_after_every_write(any_db: Database, seed: int) -> None:
    rng = random.Random(seed)
    with any_db.transaction() as session:
        p = program(session)
        people = [p.person() for _ in range(25)]
        fill(p, rng, people)
    with any_db.session() as session:
        assert kept(session) == from_scratch(session)
        assert len(kept(session)[1]) > 10
    for _ in range(60):
        with any_db.transaction() as session:
            p.session = session
            what = change(session, rng, p, people)
        with any_db.session() as session:
            assert kept(session) == from_scratch(session), what


def test_an_older_database_gets_its_tallies_from_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "last-year.db"
    db = open_database(str(path), upgrade=False)
    migrate.upgrade(db.engine, path, "0008")  # the revision before the tallies
    with Session(db.engine) as session, session.begin():  # as that release wrote: no change log yet
        p = program(session)
        fill(p, random.Random(3), [p.person() for _ in range(25)])
    db.close()
    db = open_database(str(path))
    try:
        with db.session() as session:
            assert kept(session) == from_scratch(session)
            assert len(kept(session)[0]) > 5
    finally:
        db.close()
