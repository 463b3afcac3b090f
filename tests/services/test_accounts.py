"""Setting up, signing in, the lockout, the idle lock and managing users, on SQLite (key slots) and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from oend.db import open_database
from oend.errors import DatabaseError, NotFoundError, PermissionDenied, ValidationError
from oend.model import AuditEvent, Participant, User
from oend.model.codes import AuditAction, Role
from oend.security.keyslots import KeyFile
from oend.security.lockout import AccountLocked, LockoutPolicy, SignInError
from oend.services import accounts, sites, users
from oend.services.accounts import SignedIn
from tests.security.support import ADMIN, KNOWN_LAST_NAME, PASSWORD, enrol_known, set_up

FAST_LOCK = LockoutPolicy(free_attempts=3, first_delay=dt.timedelta(seconds=1), max_delay=dt.timedelta(seconds=5))
NEW_PASSWORD = "a different long passphrase"


@pytest.fixture(params=["sqlite", "postgres"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A set-up program: an encrypted file with key slots, or a server database with password hashes."""
    where = str(tmp_path / "oend.db") if request.param == "sqlite" else request.getfixturevalue("pg_url")
    accounts.setup_program(where, "Riverside OEND", ADMIN, "Ada Admin", PASSWORD)
    return where


@pytest.fixture
def admin(target: str) -> Iterator[SignedIn]:
    signed = accounts.sign_in(target, ADMIN, PASSWORD)
    yield signed
    accounts.sign_out(signed)


def _events(signed: SignedIn, action: AuditAction) -> list[AuditEvent]:
    with signed.db.session() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.at)))


def _add(signed: SignedIn, username: str, role: str = "coordinator", **kw: object) -> User:
    with signed.db.transaction() as s:
        return users.add_user(
            s,
            signed.actor,
            signed.keyring,
            username=username,
            display_name=username.title(),
            role=role,
            password=kw.pop("password", PASSWORD),
            **kw,  # type: ignore[arg-type]
        ).record


def test_setup_gives_a_recovery_key_only_for_an_encrypted_file(target: str) -> None:
    assert accounts.is_set_up(target)
    with pytest.raises(DatabaseError, match="already set up"):
        accounts.setup_program(target, "Again", "other", "Other", PASSWORD)


def test_setup_refuses_bad_values_naming_each_field(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as refused:
        accounts.setup_program(str(tmp_path / "x.db"), "", "no spaces allowed", "", "short")
    assert refused.value.fields == {"program_name", "username", "display_name", "password"}
    assert not (tmp_path / "x.db").exists() and not (tmp_path / "x.db.keys").exists()


def test_sign_in_builds_the_actor_and_audits_it(admin: SignedIn) -> None:
    assert admin.actor.role is Role.ADMINISTRATOR and admin.actor.user_id is not None
    assert (admin.keyring is not None) == admin.db.is_sqlite
    [event] = _events(admin, AuditAction.SIGN_IN)
    assert event.user_id == admin.actor.user_id and event.username == ADMIN


def test_a_wrong_password_or_unknown_user_is_refused_and_audited(target: str) -> None:
    for username, password in ((ADMIN, "not the password"), ("nobody", PASSWORD)):
        with pytest.raises(SignInError, match="wrong username or password"):
            accounts.sign_in(target, username, password)
    signed = accounts.sign_in(target, ADMIN, PASSWORD)
    try:
        failed = _events(signed, AuditAction.SIGN_IN_FAILED)
        assert [e.username for e in failed] == [ADMIN, accounts.UNKNOWN_USER]  # a name no user has is not kept
    finally:
        accounts.sign_out(signed)


def test_lockout_refuses_even_the_right_password_and_grows_with_each_failure(target: str) -> None:
    def fail() -> None:
        with pytest.raises(SignInError):
            accounts.sign_in(target, ADMIN, "not the password", policy=FAST_LOCK)

    for _ in range(3):
        fail()
    with pytest.raises(AccountLocked) as first:
        accounts.sign_in(target, ADMIN, PASSWORD, policy=FAST_LOCK)
    assert 0.5 < first.value.retry_after <= 1.0
    time.sleep(first.value.retry_after + 0.05)
    fail()  # the fourth failure in a row locks for twice as long
    with pytest.raises(AccountLocked) as second:
        accounts.sign_in(target, ADMIN, PASSWORD, policy=FAST_LOCK)
    assert 1.5 < second.value.retry_after <= 2.0
    time.sleep(second.value.retry_after + 0.05)
    accounts.sign_out(accounts.sign_in(target, ADMIN, PASSWORD, policy=FAST_LOCK))  # success clears the counter
    fail()
    accounts.sign_out(accounts.sign_in(target, ADMIN, PASSWORD, policy=FAST_LOCK))


def test_unlock_after_idle_checks_the_password_without_reopening(admin: SignedIn) -> None:
    engine = admin.db.engine
    with pytest.raises(SignInError):
        accounts.unlock(admin, "not the password", policy=FAST_LOCK)
    accounts.unlock(admin, PASSWORD, policy=FAST_LOCK)
    assert admin.db.engine is engine
    assert [e.detail for e in _events(admin, AuditAction.SIGN_IN_FAILED)] == ["unlock"]


def test_administrator_adds_users_who_then_sign_in_with_their_sites(admin: SignedIn) -> None:
    with admin.db.transaction() as s:
        van = sites.add_site(s, admin.actor, code="VAN1", name="Outreach van", kind="outreach").record
    _add(admin, "wanda", "outreach_worker", site_codes=["VAN1"])
    worker = accounts.sign_in(admin.target, "wanda", PASSWORD)
    try:
        assert worker.actor.role is Role.OUTREACH_WORKER and worker.actor.site_ids == {van.id}
        with worker.db.transaction() as s, pytest.raises(PermissionDenied):
            users.add_user(
                s, worker.actor, worker.keyring, username="x1", display_name="X", role="coordinator", password=PASSWORD
            )
    finally:
        accounts.sign_out(worker)
    with admin.db.session() as s:
        rows = users.list_users(s, admin.actor, admin.keyring)
    assert [(r.username, r.role, r.site_codes) for r in rows] == [
        (ADMIN, Role.ADMINISTRATOR, ()),
        ("wanda", Role.OUTREACH_WORKER, ("VAN1",)),
    ]
    assert {r.has_key_slot for r in rows} == ({True} if admin.db.is_sqlite else {None})


def test_adding_a_user_refuses_bad_values_and_duplicates(admin: SignedIn) -> None:
    with admin.db.transaction() as s, pytest.raises(ValidationError) as refused:
        users.add_user(
            s,
            admin.actor,
            admin.keyring,
            username=ADMIN,
            display_name="",
            role="boss",
            password="short",
            site_codes=["NOPE"],
        )
    assert refused.value.fields == {"username", "display_name", "role", "password", "sites"}


def test_a_disabled_user_cannot_sign_in_and_a_reset_brings_them_back(admin: SignedIn) -> None:
    _add(admin, "cory")
    with admin.db.transaction() as s:
        users.disable_user(s, admin.actor, admin.keyring, "cory")
    with pytest.raises(SignInError):
        accounts.sign_in(admin.target, "cory", PASSWORD)
    with admin.db.transaction() as s:
        with pytest.raises(PermissionDenied):
            users.disable_user(s, admin.actor, admin.keyring, ADMIN)
        with pytest.raises(NotFoundError):
            users.disable_user(s, admin.actor, admin.keyring, "ghost")
        users.reset_password(s, admin.actor, admin.keyring, "cory", NEW_PASSWORD)
    accounts.sign_out(accounts.sign_in(admin.target, "cory", NEW_PASSWORD))


def test_password_change_and_admin_reset_keep_the_data_readable(admin: SignedIn) -> None:
    code = enrol_known(admin)
    _add(admin, "cory")
    cory = accounts.sign_in(admin.target, "cory", PASSWORD)
    try:
        with cory.db.transaction() as s:
            with pytest.raises(ValidationError) as refused:
                users.change_password(s, cory.actor, cory.keyring, "not the password", NEW_PASSWORD)
            assert refused.value.fields == {"old_password"}
            users.change_password(s, cory.actor, cory.keyring, PASSWORD, NEW_PASSWORD)
    finally:
        accounts.sign_out(cory)
    with pytest.raises(SignInError):
        accounts.sign_in(admin.target, "cory", PASSWORD)
    cory = accounts.sign_in(admin.target, "cory", NEW_PASSWORD)
    try:
        with cory.db.session() as s:
            assert s.scalar(select(Participant.code).where(Participant.last_name == KNOWN_LAST_NAME)) == code
    finally:
        accounts.sign_out(cory)
    with admin.db.transaction() as s:  # the administrator does not know Cory's password
        users.reset_password(s, admin.actor, admin.keyring, "cory", "reset by the administrator")
    cory = accounts.sign_in(admin.target, "cory", "reset by the administrator")
    try:
        with cory.db.session() as s:
            assert s.scalar(select(Participant.code).where(Participant.last_name == KNOWN_LAST_NAME)) == code
    finally:
        accounts.sign_out(cory)


def test_the_recovery_key_opens_the_database_when_every_password_is_lost(tmp_path: Path) -> None:
    path = tmp_path / "oend.db"
    recovery = set_up(path).recovery_key
    assert recovery is not None
    signed = accounts.sign_in(str(path), ADMIN, PASSWORD)
    code = enrol_known(signed)
    accounts.sign_out(signed)
    with pytest.raises(SignInError):
        accounts.open_with_recovery_key(str(path), "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    rescued = accounts.open_with_recovery_key(str(path), recovery)
    try:
        with rescued.db.transaction() as s:
            assert s.scalar(select(Participant.code).where(Participant.last_name == KNOWN_LAST_NAME)) == code
            users.reset_password(s, rescued.actor, rescued.keyring, ADMIN, NEW_PASSWORD)
    finally:
        accounts.sign_out(rescued)
    accounts.sign_out(accounts.sign_in(str(path), ADMIN, NEW_PASSWORD))


def test_failed_attempts_on_an_encrypted_file_reach_the_audit_trail_at_the_next_sign_in(tmp_path: Path) -> None:
    path = tmp_path / "oend.db"
    set_up(path)
    with pytest.raises(SignInError):
        accounts.sign_in(str(path), ADMIN, "not the password")
    doc = json.loads(KeyFile.beside(path).path.read_text())
    assert doc["attempts"][ADMIN]["failures"] == 1 and len(doc["failed_sign_ins"]) == 1
    signed = accounts.sign_in(str(path), ADMIN, PASSWORD)
    try:
        assert [e.username for e in _events(signed, AuditAction.SIGN_IN_FAILED)] == [ADMIN]
    finally:
        accounts.sign_out(signed)
    doc = json.loads(KeyFile.beside(path).path.read_text())
    assert doc["attempts"] == {} and doc["failed_sign_ins"] == []


def test_demo_admin_is_created_once_and_can_sign_in(tmp_path: Path) -> None:
    target = str(tmp_path / "demo.db")
    credentials = accounts.ensure_demo_admin(target)
    assert credentials is not None
    username, password = credentials
    accounts.sign_out(accounts.sign_in(target, username, password))
    assert accounts.ensure_demo_admin(target) is None


def test_an_unprotected_plain_database_is_not_set_up(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "plain.db"))
    db.close()
    assert not accounts.is_set_up(str(tmp_path / "plain.db"))
    assert not accounts.is_set_up(str(tmp_path / "missing.db"))
