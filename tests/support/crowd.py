"""Several computers using one server database at the same moment: processes started by spawn (a fresh
interpreter each, as on separate laptops) that open the database themselves and wait at one barrier, so
their actions start together.

Each action returns a plain outcome, never an exception: ``("saved",)``, ``("refused", fields, templates)``
for a ``ValidationError``, ``("failed", class, text)`` for another error a user would read, and
``("bug", repr)`` for anything else (a raw driver error among them).
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from multiprocessing.pool import Pool
from multiprocessing.synchronize import Barrier
from typing import Any

from oend.core.actor import Actor
from oend.db import Database, open_database
from oend.errors import OendError, ValidationError
from oend.model import Lot
from oend.services import dispensing, participants, stock

WORKERS = 5
#: How long a test waits for the crowd before it fails rather than hangs.
PATIENCE_S = 60

Outcome = tuple[Any, ...]
SAVED: Outcome = ("saved",)

_barrier: Barrier | None = None


@contextmanager
def crowd() -> Iterator[Pool]:
    """``WORKERS`` spawned processes sharing one barrier (a barrier opens again once all have passed)."""
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(WORKERS)
    with context.Pool(WORKERS, initializer=_join, initargs=(barrier,)) as pool:
        yield pool


def at_once(pool: Pool, action: Callable[..., Any], calls: Sequence[tuple[Any, ...]]) -> list[Any]:
    """Run ``action`` once per argument tuple, one per process, all released together."""
    assert len(calls) == WORKERS, "each process must reach the barrier"
    return pool.starmap_async(action, calls, chunksize=1).get(PATIENCE_S)


def _join(barrier: Barrier) -> None:
    global _barrier
    _barrier = barrier


def _together() -> None:
    assert _barrier is not None, "run inside crowd()"
    _barrier.wait(PATIENCE_S)


def _actor() -> Actor:
    return Actor.system(f"laptop-{os.getpid()}", "tester")


def _outcome(action: Callable[[], object]) -> Outcome:
    try:
        action()
    except ValidationError as refused:
        return ("refused", sorted(refused.fields), sorted(e.template for e in refused.errors))
    except OendError as failed:
        return ("failed", type(failed).__name__, str(failed))
    except Exception as exc:
        return ("bug", repr(exc))
    return SAVED


def _write(db: Database, service: Callable[..., Any], values: dict[str, Any]) -> None:
    """One user action: the service in its own transaction."""
    with db.transaction() as session:
        service(session, _actor(), **values)


def _together_write(url: str, service: Callable[..., Any], values: dict[str, Any]) -> Outcome:
    db = open_database(url)
    try:
        _together()
        return _outcome(partial(_write, db, service, values))
    finally:
        db.close()


def _receipt(site_id: uuid.UUID, lot: Lot, quantity: int) -> dict[str, Any]:
    return {
        "site_id": site_id,
        "product_id": lot.product_id,
        "lot_number": lot.lot_number,
        "expiry_date": lot.expiry_date,
        "quantity": quantity,
        "received_on": dt.date.today(),
    }


def open_together(url: str) -> Outcome:
    """Open (and so upgrade) the database as the others do."""
    _together()
    return _outcome(lambda: open_database(url).close())


def enrol_together(url: str, code: str, site_id: uuid.UUID) -> Outcome:
    values = {"code": code, "category": "at_risk", "home_site_id": site_id}
    return _together_write(url, participants.enrol_participant, values)


def receive_together(url: str, site_id: uuid.UUID, lot: Lot, quantity: int) -> Outcome:
    """Receive kits of ``lot`` (an unsaved lot, for one not recorded yet)."""
    return _together_write(url, stock.receive_stock, _receipt(site_id, lot, quantity))


#: Kits per action of a work shift.
RECEIVED, DISPENSED = 2, 1


def work_shift(url: str, site_id: uuid.UUID, lot: Lot, actions: int) -> list[tuple[str, Outcome]]:
    """``actions`` user actions in turn, each its own transaction: receive ``RECEIVED`` kits of the lot, then
    dispense ``DISPENSED``; returns what each action was and how it went."""
    handout = {
        "site_id": site_id,
        "dispensed_on": dt.date.today(),
        "supply_type": "new",
        "quantity": DISPENSED,
        "product_id": lot.product_id,
        "recipient_category": "community_member",
    }
    turns = (
        ("received", stock.receive_stock, _receipt(site_id, lot, RECEIVED)),
        ("dispensed", dispensing.dispense, handout),
    )
    db = open_database(url)
    try:
        _together()
        return [
            (kind, _outcome(partial(_write, db, service, values)))
            for kind, service, values in (turns[n % 2] for n in range(actions))
        ]
    finally:
        db.close()
