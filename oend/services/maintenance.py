"""Checks that the stored data is whole and consistent (``oend db check``)."""

from __future__ import annotations

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from oend.model import Dispensing, Lot, Site, StockMovement
from oend.model.codes import MovementKind


def check(session: Session) -> list[str]:
    """Problems found, in plain words; an empty list means the database is sound."""
    problems: list[str] = []
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        result = session.execute(text("PRAGMA integrity_check")).scalars().all()
        problems += [f"integrity: {r}" for r in result if r != "ok"]
        problems += [
            f"foreign key: {row[0]} row {row[1]} points at a missing {row[2]}"
            for row in session.execute(text("PRAGMA foreign_key_check")).all()
        ]
    negative = session.execute(
        select(Site.code, Lot.lot_number, func.sum(StockMovement.quantity))
        .join(Site, Site.id == StockMovement.site_id)
        .join(Lot, Lot.id == StockMovement.lot_id)
        .where(StockMovement.deleted.is_(False))
        .group_by(Site.code, Lot.lot_number)
        .having(func.sum(StockMovement.quantity) < 0)
    ).all()
    problems += [f"stock: site {site} lot {lot} is below zero ({qty})" for site, lot, qty in negative]
    dispensed = session.scalar(
        select(func.coalesce(func.sum(Dispensing.quantity), 0)).where(Dispensing.deleted.is_(False))
    )
    moved_out = session.scalar(
        select(func.coalesce(-func.sum(StockMovement.quantity), 0)).where(
            StockMovement.kind == MovementKind.DISPENSE, StockMovement.deleted.is_(False)
        )
    )
    if dispensed != moved_out:
        problems.append(f"stock: {dispensed} kits dispensed but {moved_out} taken out of stock")
    return problems
