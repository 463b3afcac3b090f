"""Checks that the stored data is whole and consistent (``oend db check``)."""

from __future__ import annotations

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from oend.model import Lot, Site
from oend.model.codes import SupplyType
from oend.queries.stock import ledger
from oend.queries.supply import supply_contradictions
from oend.services import audit_chain, authority


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
    changes = ledger()
    negative = session.execute(
        select(Site.code, Lot.lot_number, func.sum(changes.c.quantity))
        .join(Site, Site.id == changes.c.site_id)
        .join(Lot, Lot.id == changes.c.lot_id)
        .group_by(Site.code, Lot.id, Lot.lot_number)
        .having(func.sum(changes.c.quantity) < 0)
    ).all()
    problems += [f"stock: site {site} lot {lot} is below zero ({qty})" for site, lot, qty in negative]
    return problems + _supply_problems(session) + trust_problems(session)


def trust_problems(session: Session) -> list[str]:
    """Users' rights that fail their signature, and audit chains or checkpoints that do not hold."""
    public = authority.stored_public_key(session)
    forged = [f"rights: {authority.forged_text(u)}" for u in authority.unverified_users(session, public)]
    return forged + audit_chain.chain_problems(session) + audit_chain.checkpoint_problems(session, public)


def _supply_problems(session: Session) -> list[str]:
    """Kits recorded as new after an earlier kit of the same person, or as a refill with none before."""
    found, count = supply_contradictions(session)
    problems = [
        f"supply: {c.participant_code}'s kit of {c.dispensed_on} at {c.site_code} is recorded as "
        + (
            "a first supply, but they had a kit before"
            if c.supply_type is SupplyType.NEW
            else "a refill, but they had no kit before"
        )
        for c in found
    ]
    if count > len(found):
        problems.append(f"supply: and {count - len(found)} more kits like these")
    return problems
