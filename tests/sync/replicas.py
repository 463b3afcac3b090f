"""Devices for sync tests: each its own SQLite file and installation folder, exchanging changes as JSON."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from oend.core.actor import Actor
from oend.db import Database, open_database
from oend.db.change_capture import LOCAL_SETTINGS, travelling_tables
from oend.db.memberships import MEMBERSHIPS
from oend.db.row_codec import encode_row, row_key
from oend.model import Dispensing, Setting, StockMovement
from oend.queries.stock import lot_on_hand
from oend.reporting.aggregates import total
from oend.services.sync.apply import ApplyResult
from oend.services.sync.exchange import export_changes, import_changes

REPORTED = ("kits", "dispensing_events", "people_trained", "trainings_attended", "reversals")


@dataclass
class Replica:
    name: str
    db: Database
    actor: Actor

    def run(self, action: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """One service call as one user action on this device."""
        with self.db.transaction() as session:
            return action(session, self.actor, *args, **kwargs).record

    def send(self, peer: Replica) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """What ``peer`` lacks, as it would travel (through JSON)."""
        with self.db.transaction() as session:
            header, changes = export_changes(session, peer.actor.device_id)
        return json.loads(json.dumps(header)), json.loads(json.dumps(changes))

    def receive(self, header: dict[str, Any], changes: list[dict[str, Any]]) -> ApplyResult:
        with self.db.transaction() as session:
            return import_changes(session, self.actor, header, changes)


def program(folder: Path, names: Sequence[str], seed: bytes) -> list[Replica]:
    """Devices of one program: the first made new, the others enrolled from a copy of its database.

    Seeded reference data (the curriculum) has the same ids in every database (``oend.ids.seeded_id``); the
    copy stands for enrolment, which starts a new device from what the program already holds, while each
    device keeps its own identity (its installation folder).
    """
    first = replica(folder, names[0], seed)
    first.db.close()
    for name in names[1:]:
        shutil.copyfile(folder / f"{names[0]}.db", folder / f"{name}.db")
    return [replica(folder, name, seed) for name in names]


def replica(folder: Path, name: str, seed: bytes) -> Replica:
    db = open_database(str(folder / f"{name}.db"), home=folder / f"{name}-home")
    actor = Actor.system(db.device_id, name)
    return Replica(name, db, Actor(actor.user_id, name, actor.role, actor.device_id, authority=seed))


def sync(sender: Replica, receiver: Replica) -> ApplyResult:
    return receiver.receive(*sender.send(receiver))


def content_hash(db: Database, leave_out: frozenset[str] = frozenset()) -> str:
    """A canonical hash of every row that travels, the same on every device that has seen the same changes;
    ``leave_out``: tables not compared."""
    digest = hashlib.sha256()
    with db.session() as session:
        for name, table in sorted(travelling_tables().items()):
            if name in leave_out:
                continue
            rows = [encode_row(table, dict(r)) for r in session.execute(select(table)).mappings()]
            if table.name == Setting.__tablename__:
                rows = [r for r in rows if r["key"] not in LOCAL_SETTINGS]
            for row in sorted(rows, key=lambda r: row_key(table, r)):
                digest.update(json.dumps([name, row], sort_keys=True).encode())
        for membership in MEMBERSHIPS.values():
            links = sorted(tuple(map(str, link)) for link in session.execute(select(membership.link)).all())
            digest.update(json.dumps([membership.link.name, links]).encode())
    return digest.hexdigest()


def report_counts(replica: Replica) -> dict[str, int]:
    with replica.db.session() as session:
        return {measure: total(session, replica.actor, measure) for measure in REPORTED}


def stock_by_ledger(db: Database) -> dict[tuple[str, str], tuple[int, int]]:
    """Per site and lot: stock on hand as the app shows it, and as the live ledger rows add up."""
    with db.session() as session:
        moved = session.execute(
            select(StockMovement.site_id, StockMovement.lot_id, func.sum(StockMovement.quantity))
            .where(StockMovement.deleted.is_(False))
            .group_by(StockMovement.site_id, StockMovement.lot_id)
        ).all()
        given = dict(
            ((site, lot), kits)
            for site, lot, kits in session.execute(
                select(Dispensing.site_id, Dispensing.lot_id, func.sum(Dispensing.quantity))
                .where(Dispensing.deleted.is_(False))
                .group_by(Dispensing.site_id, Dispensing.lot_id)
            ).all()
        )
        return {
            (str(site), str(lot)): (lot_on_hand(session, site, lot), kits - given.get((site, lot), 0))
            for site, lot, kits in moved
        }
