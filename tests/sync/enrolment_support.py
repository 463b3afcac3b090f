"""Two laptops of one program set up the real way: the coordinator's with set-up, the worker's joined from an
enrolment file, each with its own encrypted file and installation folder."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from oend.db import Database
from oend.model.codes import Role
from oend.services import accounts, users
from oend.services.accounts import SignedIn
from oend.services.enrolment import EnrolmentWritten, write_enrolment
from oend.services.published_enrolment import EnrolmentPublished, publish_enrolment
from oend.services.sync import server

ADMIN_PASSWORD = "correct horse battery staple"
WORKER_PASSWORD = "tide pool lantern orchard"


@dataclass
class Laptop:
    """One laptop: its database file and the installation folder that names its device."""

    folder: Path
    monkeypatch: pytest.MonkeyPatch

    @property
    def target(self) -> str:
        return str(self.folder / "oend.db")

    @contextmanager
    def used(self) -> Iterator[None]:
        """Work on this laptop: its installation folder is the one in use."""
        self.monkeypatch.setenv("OEND_HOME", str(self.folder / "home"))
        yield

    def sign_in(self, username: str, password: str) -> SignedIn:
        with self.used():
            signed = accounts.sign_in(self.target, username, password)
            signed.db.identity  # noqa: B018 - the device is settled while this laptop's folder is in use
            return signed


def coordinator_laptop(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Laptop:
    """A laptop set up with a new program, its administrator ``admin`` and a coordinator ``worker``."""
    laptop = Laptop(folder, monkeypatch)
    with laptop.used():
        accounts.setup_program(laptop.target, "Riverside", "admin", "Ada Admin", ADMIN_PASSWORD)
    admin = laptop.sign_in("admin", ADMIN_PASSWORD)
    try:
        with admin.db.transaction() as session:
            users.add_user(
                session,
                admin.actor,
                admin.keyring,
                username="worker",
                display_name="Wren Worker",
                role=Role.COORDINATOR,
                password=WORKER_PASSWORD,
            )
    finally:
        accounts.sign_out(admin)
    return laptop


def enrol(laptop: Laptop, out: Path, *names: str) -> EnrolmentWritten:
    """The administrator writes an enrolment file for ``names`` on ``laptop``."""
    admin = laptop.sign_in("admin", ADMIN_PASSWORD)
    try:
        with admin.db.transaction() as session:
            return write_enrolment(session, admin.actor, admin.keyring, out, names).record
    finally:
        accounts.sign_out(admin)


def publish(laptop: Laptop, server_db: Database, *names: str, push: bool = True) -> EnrolmentPublished:
    """The administrator sends the laptop's records to the server, then leaves the enrolment there."""
    admin = laptop.sign_in("admin", ADMIN_PASSWORD)
    try:
        if push:
            server.push(admin.db, server_db, admin.actor)
        with admin.db.transaction() as session:
            return publish_enrolment(session, admin.actor, admin.keyring, server_db, list(names)).record
    finally:
        accounts.sign_out(admin)
