"""A laptop joins a program from an enrolment file, then syncs with the coordinator's laptop both ways."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from oend.errors import OendError, ValidationError
from oend.exchange.bundle import FOREIGN, BundleRefused
from oend.model import Site, Topic
from oend.model.codes import Role
from oend.security import enrolment_file
from oend.security.enrolment_file import DAMAGED, NOT_ENROLMENT, OLDER, WRONG_PASSPHRASE, EnrolmentRefused
from oend.services import accounts, sites, topics
from oend.services.accounts import SignedIn
from oend.services.enrolment import join_program
from oend.services.sync.bundles import export_bundle, import_bundle
from tests.sync.bundle_support import counts
from tests.sync.enrolment_support import (
    ADMIN_PASSWORD,
    WORKER_PASSWORD,
    Laptop,
    coordinator_laptop,
    enrol,
)
from tests.sync.replicas import Replica


@pytest.fixture
def coordinator(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Laptop:
    return coordinator_laptop(tmp_path / "coordinator", monkeypatch)


@pytest.fixture
def worker_laptop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Laptop:
    return Laptop(tmp_path / "worker", monkeypatch)


def exchange(sender: SignedIn, receiver: SignedIn, path: Path) -> int:
    """``sender`` writes what ``receiver`` lacks, ``receiver`` reads it: the changes applied."""
    with sender.db.transaction() as session:
        export_bundle(session, sender.actor, path, for_peer=receiver.actor.device_id)
    with receiver.db.transaction() as session:
        return import_bundle(session, receiver.actor, path).record.applied


def as_replica(signed: SignedIn) -> Replica:
    return Replica(signed.username, signed.db, signed.actor)


def test_a_joined_laptop_and_the_coordinators_exchange_files_both_ways(
    coordinator: Laptop, worker_laptop: Laptop, tmp_path: Path
) -> None:
    written = enrol(coordinator, tmp_path / "riverside.oendjoin", "worker")
    with worker_laptop.used():
        joined = join_program(worker_laptop.target, written.path, written.passphrase.lower().replace("-", " "))
    assert joined.program_name == "Riverside" and joined.usernames == ("worker",) and joined.recovery_key
    admin = coordinator.sign_in("admin", ADMIN_PASSWORD)
    worker = worker_laptop.sign_in("worker", WORKER_PASSWORD)
    try:
        assert admin.actor.device_id != worker.actor.device_id
        with admin.db.transaction() as session:
            sites.add_site(session, admin.actor, code="VAN", name="Outreach van", kind="outreach")
        assert exchange(admin, worker, tmp_path / "to-worker.oendsync") > 0
        with worker.db.transaction() as session:
            topics.add_topic(session, worker.actor, label="Fentanyl test strips")
        assert exchange(worker, admin, tmp_path / "to-admin.oendsync") > 0
        exchange(admin, worker, tmp_path / "again.oendsync")
        assert counts(as_replica(admin)) == counts(as_replica(worker))
        with worker.db.session() as session:
            assert session.scalar(select(Site.name).where(Site.code == "VAN")) == "Outreach van"
        with admin.db.session() as session:
            assert session.scalar(select(Topic.id).where(Topic.label == "Fentanyl test strips")) is not None
    finally:
        accounts.sign_out(admin)
        accounts.sign_out(worker)


def test_the_joined_worker_signs_in_with_their_password_and_role_and_no_one_else_can(
    coordinator: Laptop, worker_laptop: Laptop, tmp_path: Path
) -> None:
    written = enrol(coordinator, tmp_path / "riverside.oendjoin", "worker")
    with worker_laptop.used():
        join_program(worker_laptop.target, written.path, written.passphrase)
    worker = worker_laptop.sign_in("worker", WORKER_PASSWORD)
    try:
        assert worker.actor.role is Role.COORDINATOR and worker.standing is not None and worker.standing.genuine
        assert not worker.notices
    finally:
        accounts.sign_out(worker)
    with pytest.raises(accounts.SignInError):
        worker_laptop.sign_in("admin", ADMIN_PASSWORD)  # not enrolled here
    with pytest.raises(accounts.SignInError):
        worker_laptop.sign_in("worker", ADMIN_PASSWORD)


def test_an_administrator_enrolled_keeps_the_authority_key(
    coordinator: Laptop, worker_laptop: Laptop, tmp_path: Path
) -> None:
    written = enrol(coordinator, tmp_path / "riverside.oendjoin", "admin")
    with worker_laptop.used():
        join_program(worker_laptop.target, written.path, written.passphrase)
    admin = worker_laptop.sign_in("admin", ADMIN_PASSWORD)
    try:
        assert admin.actor.role is Role.ADMINISTRATOR and admin.actor.authority is not None and not admin.notices
    finally:
        accounts.sign_out(admin)


def _left_nothing(laptop: Laptop) -> bool:
    return not laptop.folder.exists() or not any(laptop.folder.glob("oend.db*"))


@pytest.mark.parametrize(
    ("spoil", "expected"),
    [
        ("wrong passphrase", WRONG_PASSPHRASE),
        ("truncated", DAMAGED),
        ("tampered", WRONG_PASSPHRASE),
        ("damaged", DAMAGED),
        ("not enrolment", NOT_ENROLMENT),
        ("records tampered", DAMAGED),
        ("records cut short", DAMAGED),
        ("records of another file", DAMAGED),
        ("older version", OLDER),
    ],
)
def test_a_bad_file_or_passphrase_is_refused_and_nothing_is_written(
    coordinator: Laptop, worker_laptop: Laptop, tmp_path: Path, spoil: str, expected: str
) -> None:
    written = enrol(coordinator, tmp_path / "riverside.oendjoin", "worker")
    data = written.path.read_bytes()
    passphrase = written.passphrase
    if spoil == "wrong passphrase":
        passphrase = "AAAA-BBBB-CCCC-DDDD-EEEE"
    elif spoil == "truncated":
        written.path.write_bytes(data[: len(data) // 2])
    elif spoil == "tampered":  # changed on purpose: the check recomputed, so only the cipher's tag can tell
        line, records = data.split(b"\n", 1)
        envelope = json.loads(line)
        sealed = bytearray(envelope["wrapped"].encode())
        sealed[10] = ord("A") if sealed[10] != ord("A") else ord("B")
        envelope["wrapped"] = sealed.decode()
        envelope["check"] = enrolment_file.checksum(envelope)
        written.path.write_bytes(json.dumps(envelope).encode() + b"\n" + records)
    elif spoil == "records tampered":
        written.path.write_bytes(data[:-40] + bytes([data[-40] ^ 1]) + data[-39:])
    elif spoil == "records cut short":
        written.path.write_bytes(data[:-40])
    elif spoil == "records of another file":  # the same program's, sealed under its key, but not this file's
        other = enrol(coordinator, tmp_path / "other.oendjoin", "worker").path.read_bytes()
        written.path.write_bytes(data.split(b"\n", 1)[0] + b"\n" + other.split(b"\n", 1)[1])
    elif spoil == "older version":
        envelope = json.loads(data.split(b"\n", 1)[0]) | {"version": 1}
        written.path.write_text(json.dumps(envelope, indent=1))
    elif spoil == "damaged":
        written.path.write_bytes(data.replace(b'"nonce": "', b'"nonce": "x', 1))
    else:
        written.path.write_bytes(b"PK\x03\x04 a spreadsheet")
    with worker_laptop.used(), pytest.raises(EnrolmentRefused) as refused:
        join_program(worker_laptop.target, written.path, passphrase)
    assert str(refused.value) == expected
    assert _left_nothing(worker_laptop)


def test_a_laptop_of_another_program_neither_joins_nor_reads_its_files(
    coordinator: Laptop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = coordinator_laptop(tmp_path / "other", monkeypatch)
    written = enrol(coordinator, tmp_path / "riverside.oendjoin", "worker")
    with other.used(), pytest.raises(OendError, match="already holds a program"):
        join_program(other.target, written.path, written.passphrase)
    admin = coordinator.sign_in("admin", ADMIN_PASSWORD)
    try:
        with admin.db.transaction() as session:
            export_bundle(session, admin.actor, tmp_path / "all.oendsync")
    finally:
        accounts.sign_out(admin)
    stranger = other.sign_in("admin", ADMIN_PASSWORD)
    try:
        with stranger.db.transaction() as session, pytest.raises(BundleRefused, match=FOREIGN):
            import_bundle(session, stranger.actor, tmp_path / "all.oendsync")
    finally:
        accounts.sign_out(stranger)


def test_only_active_accounts_with_a_slot_here_are_enrolled(coordinator: Laptop, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as refused:
        enrol(coordinator, tmp_path / "x.oendjoin", "worker", "nobody")
    assert [(e.field, e.values) for e in refused.value.errors] == [("accounts", {"username": "nobody"})]
    assert not (tmp_path / "x.oendjoin").exists()
