"""Helpers for the security tests: a set-up program and a participant whose code we can look for."""

from __future__ import annotations

from pathlib import Path

from oend.services import accounts, participants
from oend.services.accounts import SetupResult, SignedIn

PASSWORD = "correct horse battery staple"
ADMIN = "admin"
KNOWN_LAST_NAME = "Quackenbushwell"


def set_up(path: Path) -> SetupResult:
    return accounts.setup_program(str(path), "Riverside OEND", ADMIN, "Ada Admin", PASSWORD)


def enrol_known(signed: SignedIn, first_name: str = "Zephyrina") -> str:
    """Enrol a participant with a distinctive name and return the code the program gave them."""
    with signed.db.transaction() as session:
        person = participants.enrol_participant(
            session,
            signed.actor,
            category="at_risk",
            first_name=first_name,
            last_name=KNOWN_LAST_NAME,
            birth_year=1987,
            gender="woman",
        ).record
        return person.code


def files_of(path: Path) -> list[Path]:
    """The database file and the write-ahead log and index beside it, where they exist."""
    return [p for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")) if p.exists()]
