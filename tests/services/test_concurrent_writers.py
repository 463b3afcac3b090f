"""Several programs writing one SQLite file at once lose no save: counted, not timed.

Each writer is its own process (as two laptops' windows on one shared file, or an import beside the app)
and goes through the services, one transaction per action, as the app does. Each takes the write lock
when it begins and waits its turn, so every action lands, and stock on hand is exactly the receipts less
the kits handed out.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import uuid
from dataclasses import dataclass
from multiprocessing.synchronize import Event
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from oend.core.actor import Actor
from oend.db import open_database
from oend.model import Dispensing, Participant, StockMovement
from oend.model.codes import MovementKind
from oend.queries.stock import lot_on_hand
from oend.services import dispensing, participants, stock
from tests.support.world import TODAY, build_world

ROUNDS = 5  # each round: one receipt, one enrolment, then kits handed out
KITS_PER_ROUND = 6  # 30 dispensings per writer
RECEIVED_PER_ROUND = 10  # more than a round hands out: stock never runs short, whatever the interleaving
START_TIMEOUT_S = 60


@dataclass(frozen=True)
class Plan:
    """What a writer needs to know about the program (plain values: it crosses to another process)."""

    path: str
    site_id: uuid.UUID
    product_id: uuid.UUID
    lot_number: str
    expiry_date: dt.date


def write_many(plan: Plan, writer: int, start: Event, results: Any) -> None:
    """One writer's actions, each in its own transaction; reports how many it saved, or what stopped it."""
    db = open_database(plan.path)
    actor = Actor.system(f"writer-{writer}", f"writer{writer}")
    saved = 0
    try:
        start.wait(START_TIMEOUT_S)
        for _ in range(ROUNDS):
            with db.transaction() as session:
                stock.receive_stock(
                    session,
                    actor,
                    site_id=plan.site_id,
                    product_id=plan.product_id,
                    lot_number=plan.lot_number,
                    expiry_date=plan.expiry_date,
                    quantity=RECEIVED_PER_ROUND,
                    received_on=TODAY,
                )
            with db.transaction() as session:
                person = participants.enrol_participant(
                    session, actor, category="at_risk", home_site_id=plan.site_id
                ).record
            saved += 2
            for kit in range(KITS_PER_ROUND):
                with db.transaction() as session:
                    dispensing.dispense(
                        session,
                        actor,
                        site_id=plan.site_id,
                        dispensed_on=TODAY,
                        supply_type="new",
                        product_id=plan.product_id,
                        participant_id=person.id if kit == 0 else None,
                        recipient_category=None if kit == 0 else "family_friend",
                    )
                saved += 1
        results.put((writer, saved, None))
    except Exception as error:  # reported to the test, which fails naming it
        results.put((writer, saved, f"{type(error).__name__}: {error}"))
    finally:
        db.close()


@pytest.mark.parametrize("writers", [2, 5])
def test_writers_in_parallel_lose_no_save_and_stock_adds_up(tmp_path: Path, writers: int) -> None:
    path = tmp_path / "shared.db"
    db = open_database(str(path))
    world = build_world(db, Actor.system("set-up", "tester"))
    with db.session() as session:
        initial = lot_on_hand(session, world.van.id, world.lot.id)
        people_before = session.scalar(select(func.count()).select_from(Participant))
    db.close()
    plan = Plan(str(path), world.van.id, world.nasal.id, world.lot.lot_number, world.lot.expiry_date)

    spawn = multiprocessing.get_context("spawn")
    start, results = spawn.Event(), spawn.Queue()
    processes = [spawn.Process(target=write_many, args=(plan, n, start, results)) for n in range(writers)]
    for process in processes:
        process.start()
    start.set()
    reports = sorted(results.get(timeout=120) for _ in processes)
    for process in processes:
        process.join(30)

    per_writer = ROUNDS * (2 + KITS_PER_ROUND)
    assert reports == [(n, per_writer, None) for n in range(writers)]
    db = open_database(str(path))
    try:
        with db.session() as session:
            kits_out = session.scalar(select(func.count()).select_from(Dispensing))
            receipts = session.scalar(
                select(func.count()).select_from(StockMovement).where(StockMovement.kind == MovementKind.RECEIVE)
            )
            people = session.scalar(select(func.count()).select_from(Participant))
            on_hand = lot_on_hand(session, world.van.id, world.lot.id)
        assert kits_out == writers * ROUNDS * KITS_PER_ROUND
        assert receipts == 1 + writers * ROUNDS  # the world's first shipment, then every writer's
        assert people == people_before + writers * ROUNDS
        assert on_hand == initial + writers * ROUNDS * RECEIVED_PER_ROUND - kits_out
    finally:
        db.close()
