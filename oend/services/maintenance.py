"""Checks that the stored data is whole and consistent (``oend db check``), and that its signed rows hold."""

from __future__ import annotations

import dataclasses

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from oend.model import Lot, Site
from oend.model.codes import SupplyType
from oend.queries.stock import ledger
from oend.queries.supply import supply_contradictions
from oend.reporting.progress import CancelCheck, Progress, Tracker
from oend.security.keyslots import KeyFile
from oend.services import audit_chain, authority
from oend.services.audit_chain import TrailCheck
from oend.services.corrections import DEFAULT_CORRECTION_DAYS, window_is_genuine


def check(session: Session, key_file: KeyFile | None = None) -> list[str]:
    """Problems found, in plain words; an empty list means the database is sound."""
    return damage(session) + verify_trust(session, key_file).problems


def damage(session: Session) -> list[str]:
    """What is wrong with the file and its figures (not who changed it): what a backup can put right."""
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
    return problems + _supply_problems(session)


@dataclasses.dataclass(frozen=True)
class Trust:
    """What verifying the signed rows found: users whose rights fail their signature, the setting naming the
    authority key, the settings that grant rights, and the audit trail's chains and checkpoints."""

    forged_users: tuple[str, ...]
    forged: tuple[str, ...]  # one line per user in ``forged_users``
    key: tuple[str, ...]
    trail: TrailCheck
    settings: tuple[str, ...] = ()

    @property
    def problems(self) -> list[str]:
        rights = [f"rights: {line}" for line in self.forged]
        granting = [f"settings: {line}" for line in self.settings]
        return rights + [f"authority: {line}" for line in self.key] + granting + [b.text() for b in self.trail.breaks]


def verify_trust(
    session: Session,
    key_file: KeyFile | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Trust:
    """Verify every signed row against the authority key (the key file's, when it names one).

    ``progress(done, total)`` counts the audit events walked; ``cancelled()`` stops the walk (``Cancelled``).
    """
    public, key = authority.trusted_public_key(session, key_file)
    users = authority.unverified_users(session, public)
    tracker = Tracker(audit_chain.count_events(session), progress, cancelled)
    trail = audit_chain.check_trail(session, public, tracker)
    forged = tuple(authority.forged_text(u) for u in users)
    return Trust(tuple(u.username for u in users), forged, tuple(key), trail, _granting_settings(session))


def _granting_settings(session: Session) -> tuple[str, ...]:
    """The settings that grant rights and fail their signature, each with what applies meanwhile."""
    if window_is_genuine(session):
        return ()
    return (
        "the days outreach workers may correct their own entries were changed outside the app; "
        f"{DEFAULT_CORRECTION_DAYS} days apply until an administrator sets them again",
    )


def trust_problems(session: Session) -> list[str]:
    """Users' rights that fail their signature, and audit chains or checkpoints that do not hold."""
    return verify_trust(session).problems


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
