"""An insider holding the database key: rights they forge in raw SQL do not count, and rewritten audit events
are found.

Every user's password unwraps the database key, so an outreach worker can open their laptop's file with
sqlcipher3 and run any SQL. These tests do exactly that, then sign in through the app and run ``oend db
check``, on SQLite; on PostgreSQL the app's own role tries the same against the server.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.exc import DBAPIError

from oend.cli import main
from oend.db import Database, open_database
from oend.db.database import apply_key
from oend.db.roles import grant_app_role
from oend.ids import uuid7
from oend.model import AuditCheckpoint, AuditEvent, Setting, User
from oend.model.codes import AuditAction, Role
from oend.security import authority as authority_keys
from oend.security.keyslots import KeyFile, Keyring
from oend.security.lockout import SignInError
from oend.services import accounts, maintenance, sites, users
from oend.services.accounts import SignedIn
from oend.services.authority import SETTING, USER_RIGHTS, rights
from tests.security.support import ADMIN, PASSWORD, set_up

WORKER = "wanda"
WORKER_PASSWORD = "tangerine rooftop accordion"


def _add_worker(signed: SignedIn) -> None:
    with signed.db.transaction() as session:
        site = sites.add_site(session, signed.actor, code="VAN1", name="Outreach van", kind="outreach").record
        users.add_user(
            session,
            signed.actor,
            signed.keyring,
            username=WORKER,
            display_name="Wanda Worker",
            role=Role.OUTREACH_WORKER,
            password=WORKER_PASSWORD,
            site_codes=[site.code],
        )


@pytest.fixture
def program(tmp_path: Path) -> Path:
    """A set-up program with an administrator and one outreach worker, signed out."""
    path = tmp_path / "oend.db"
    set_up(path)
    admin = accounts.sign_in(str(path), ADMIN, PASSWORD)
    _add_worker(admin)
    accounts.sign_out(admin)
    return path


def _worker_key(path: Path, password: str = WORKER_PASSWORD) -> bytes:
    opened = KeyFile.beside(path).unlock_user(WORKER, password)
    assert opened is not None and opened[0].authority is None  # a worker's slot opens the data, never the authority
    return opened[0].key


def _raw_sql(path: Path, *statements: str, key: bytes | None = None) -> None:
    """What the worker can do outside the app: open the file with their key and run SQL."""
    conn = sqlcipher3.connect(str(path))
    apply_key(conn, key or _worker_key(path))
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def _check(path: Path, password: str = WORKER_PASSWORD) -> list[str]:
    """``oend db check``'s findings, read with the worker's key (no sign-in that would add events)."""
    db = open_database(str(path), key=_worker_key(path, password))
    try:
        with db.session() as session:
            return maintenance.check(session)
    finally:
        db.close()


def _events(path: Path) -> list[tuple[str, int]]:
    db = open_database(str(path), key=_worker_key(path))
    try:
        with db.session() as session:
            rows = session.execute(select(AuditEvent.id, AuditEvent.seq).order_by(AuditEvent.seq)).all()
            return [(r.id.hex, r.seq) for r in rows]
    finally:
        db.close()


# --- rights forged in raw SQL ----------------------------------------------------------------------------


def test_a_role_raised_in_raw_sql_is_refused_and_reported(
    program: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _check(program) == []
    _raw_sql(program, f"UPDATE users SET role = 'administrator' WHERE username = '{WORKER}'")

    worker = accounts.sign_in(str(program), WORKER, WORKER_PASSWORD)
    try:
        assert worker.actor.role is Role.OUTREACH_WORKER
        assert worker.actor.site_ids == frozenset() and worker.actor.authority is None
        assert worker.notices == ()  # told to administrators, not to the worker
    finally:
        accounts.sign_out(worker)

    monkeypatch.setenv("OEND_DATABASE", str(program))
    monkeypatch.setenv("OEND_USER", WORKER)
    monkeypatch.setenv("OEND_PASSWORD", WORKER_PASSWORD)
    monkeypatch.setenv("OEND_NEW_PASSWORD", "another very long passphrase")
    assert main(["user", "add", "mallory", "--name", "Mallory", "--role", "administrator"]) != 0
    assert "may not do this" in capsys.readouterr().err

    admin = accounts.sign_in(str(program), ADMIN, PASSWORD)
    try:
        assert any(f"user {WORKER}: rights changed outside the app" in n for n in admin.notices), admin.notices
        with admin.db.session() as session:
            assert session.scalar(select(User).where(User.username == "mallory")) is None
            reported = session.scalars(select(AuditEvent.detail).where(AuditEvent.action == AuditAction.TAMPERING))
            assert any(WORKER in (detail or "") for detail in reported)
    finally:
        accounts.sign_out(admin)

    monkeypatch.setenv("OEND_USER", ADMIN)
    monkeypatch.setenv("OEND_PASSWORD", PASSWORD)
    capsys.readouterr()
    assert main(["db", "check"]) == 1
    out = capsys.readouterr().out
    assert f"user {WORKER}: rights changed outside the app (the row says administrator" in out


def test_an_administrator_fixing_a_forged_user_starts_from_the_lowest_rights(program: Path) -> None:
    _raw_sql(program, f"UPDATE users SET role = 'coordinator' WHERE username = '{WORKER}'")
    admin = accounts.sign_in(str(program), ADMIN, PASSWORD)
    try:
        with admin.db.transaction() as session:
            users.reset_password(session, admin.actor, admin.keyring, WORKER, "a fresh long passphrase here")
    finally:
        accounts.sign_out(admin)
    worker = accounts.sign_in(str(program), WORKER, "a fresh long passphrase here")
    accounts.sign_out(worker)
    assert worker.actor.role is Role.OUTREACH_WORKER and worker.actor.site_ids == frozenset()
    assert _check(program, "a fresh long passphrase here") == []


def test_an_account_an_administrator_disabled_and_switched_on_again_in_raw_sql_cannot_sign_in(program: Path) -> None:
    admin = accounts.sign_in(str(program), ADMIN, PASSWORD)
    with admin.db.transaction() as session:
        users.disable_user(session, admin.actor, admin.keyring, WORKER)
    accounts.sign_out(admin)
    # The worker kept a copy of the database key: they switch the row on and give themselves a slot again.
    assert admin.keyring is not None
    key = admin.keyring.key
    _raw_sql(program, f"UPDATE users SET active = 1 WHERE username = '{WORKER}'", key=key)
    Keyring(KeyFile.beside(program), key).give(WORKER, str(_user_id(program, WORKER, key)), WORKER_PASSWORD, None)

    with pytest.raises(SignInError):
        accounts.sign_in(str(program), WORKER, WORKER_PASSWORD)
    assert _tampering(program, key) == [
        f"user {WORKER}: an account no administrator let sign in (written or switched back on outside the app):"
        " its sign-in was refused"
    ]


def test_an_account_no_administrator_signed_cannot_sign_in(program: Path) -> None:
    _raw_sql(program, f"UPDATE users SET authority_signature = NULL, role = 'coordinator' WHERE username = '{WORKER}'")
    with pytest.raises(SignInError):
        accounts.sign_in(str(program), WORKER, WORKER_PASSWORD)
    assert any("its sign-in was refused" in detail for detail in _tampering(program, _worker_key(program)))


def _tampering(path: Path, key: bytes) -> list[str]:
    db = open_database(str(path), key=key)
    try:
        with db.session() as session:
            found = session.scalars(select(AuditEvent.detail).where(AuditEvent.action == AuditAction.TAMPERING))
            return [detail or "" for detail in found]
    finally:
        db.close()


def test_a_replaced_settings_row_is_caught_by_the_key_file(program: Path) -> None:
    impostor = authority_keys.new_seed()
    forged = json.dumps({"public_key": authority_keys.public_key(impostor)})
    # The worker signs their own raised rights with a key of their own, and names that key in the database.
    worker_id = _user_id(program, WORKER)
    signed = _forged_signature(program, impostor, worker_id, Role.ADMINISTRATOR)
    _raw_sql(
        program,
        f"UPDATE settings SET value = '{forged}' WHERE key = '{SETTING}'",
        f"UPDATE users SET role = 'administrator', authority_signature = '{signed}' WHERE username = '{WORKER}'",
    )
    worker = accounts.sign_in(str(program), WORKER, WORKER_PASSWORD)
    accounts.sign_out(worker)
    assert worker.actor.role is Role.OUTREACH_WORKER


def test_a_replaced_authority_key_is_put_back_at_an_administrators_sign_in(program: Path) -> None:
    """The worker rewrites the key file too: on their own laptop they get that far, until an administrator signs in."""
    impostor = authority_keys.new_seed()
    public = authority_keys.public_key(impostor)
    signed = _forged_signature(program, impostor, _user_id(program, WORKER), Role.ADMINISTRATOR)
    _raw_sql(
        program,
        f"UPDATE settings SET value = '{json.dumps({'public_key': public})}' WHERE key = '{SETTING}'",
        f"UPDATE users SET role = 'administrator', authority_signature = '{signed}' WHERE username = '{WORKER}'",
    )
    key_file = KeyFile.beside(program)
    key_file.name_authority(public)

    admin = accounts.sign_in(str(program), ADMIN, PASSWORD)
    accounts.sign_out(admin)
    assert any("authority key was replaced" in n for n in admin.notices), admin.notices
    assert any(f"user {WORKER}" in n for n in admin.notices)
    assert key_file.authority_public_key() != public
    worker = accounts.sign_in(str(program), WORKER, WORKER_PASSWORD)
    accounts.sign_out(worker)
    assert worker.actor.role is Role.OUTREACH_WORKER


def _user_id(path: Path, username: str, key: bytes | None = None) -> uuid.UUID:
    db = open_database(str(path), key=key or _worker_key(path))
    try:
        with db.session() as session:
            user = session.scalar(select(User).where(User.username == username))
            assert user is not None
            return user.id
    finally:
        db.close()


def _forged_signature(path: Path, seed: bytes, user_id: uuid.UUID, role: Role) -> str:
    db = open_database(str(path), key=_worker_key(path))
    try:
        with db.session() as session:
            user = session.get(User, user_id)
            assert user is not None
            payload = {**rights(user), "role": role.value}
            return authority_keys.sign(seed, USER_RIGHTS, payload)
    finally:
        db.close()


# --- the audit trail rewritten ---------------------------------------------------------------------------


def test_an_event_edited_past_a_dropped_trigger_is_named(program: Path) -> None:
    middle, seq = _events(program)[3]
    _raw_sql(
        program,
        "DROP TRIGGER audit_events_no_update",
        f"UPDATE audit_events SET detail = 'nothing happened' WHERE id = '{middle}'",
    )
    problems = _check(program)
    assert len(problems) == 1, problems
    assert f"event {uuid.UUID(middle)} (#{seq}" in problems[0] and "was changed after it was written" in problems[0]


def test_an_event_rewritten_by_insert_or_replace_is_named(program: Path) -> None:
    middle, seq = _events(program)[2]
    columns = "id, at, user_id, username, device_id, action, entity, entity_id, before, after, seq, prev_hash, hash"
    _raw_sql(
        program,
        f"INSERT OR REPLACE INTO audit_events ({columns}, detail) "
        f"SELECT {columns}, 'rewritten' FROM audit_events WHERE id = '{middle}'",
    )
    problems = _check(program)
    assert len(problems) == 1 and f"event {uuid.UUID(middle)} (#{seq}" in problems[0], problems


def test_the_apps_own_connections_refuse_insert_or_replace(program: Path) -> None:
    middle, _ = _events(program)[2]
    db = open_database(str(program), key=_worker_key(program))
    try:
        with pytest.raises(DBAPIError, match="append-only"), db.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT OR REPLACE INTO audit_events SELECT * FROM audit_events WHERE id = :id",
                ),
                {"id": middle},
            )
    finally:
        db.close()


def test_a_deleted_middle_event_is_named_as_missing(program: Path) -> None:
    gone, seq = _events(program)[1]
    _raw_sql(program, "DROP TRIGGER audit_events_no_delete", f"DELETE FROM audit_events WHERE id = '{gone}'")
    problems = _check(program)
    assert f"event #{seq} is missing" in problems[0] and f"#{seq + 1}," in problems[0], problems
    assert all("missing" in p for p in problems[1:])  # a checkpoint may name the same event


def test_a_chain_cut_short_after_a_checkpoint_is_found(program: Path) -> None:
    events = _events(program)
    _raw_sql(
        program,
        "DROP TRIGGER audit_events_no_delete",
        f"DELETE FROM audit_events WHERE seq > {events[-3][1]}",
    )
    problems = _check(program)
    assert problems, "a truncated chain passed the check"
    assert all("which is missing" in p for p in problems), problems
    assert f"names event #{events[-1][1]}, which is missing" in problems[-1]


def test_a_forged_checkpoint_is_not_the_authoritys(program: Path) -> None:
    _raw_sql(program, "DROP TRIGGER audit_checkpoints_no_update", "UPDATE audit_checkpoints SET seq = seq + 100")
    problems = _check(program)
    assert problems and all("is not signed by the authority key" in p for p in problems), problems


def test_an_untouched_program_checks_clean_and_its_checkpoints_follow_administrators(program: Path) -> None:
    assert _check(program) == []
    db = open_database(str(program), key=_worker_key(program))
    try:
        with db.session() as session:
            assert session.scalar(select(func.count()).select_from(AuditCheckpoint)) >= 2  # two admin sign-ins
    finally:
        db.close()


def test_existing_events_are_chained_by_the_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = open_database(str(path), upgrade=False)
    from oend.db import migrate

    migrate.upgrade(db.engine, path, "0006")
    with db.engine.begin() as conn:
        for n in range(5):
            conn.execute(
                text(
                    "INSERT INTO audit_events (id, at, username, device_id, action, entity, detail) "
                    "VALUES (:id, :at, 'ana', :device, 'view', 'participant', :detail)"
                ),
                {"id": uuid7().hex, "at": f"2025-01-0{n + 1} 10:00:00", "device": f"d{n % 2}", "detail": str(n)},
            )
    db.close()
    db = open_database(str(path))
    try:
        with db.session() as session:
            assert maintenance.trust_problems(session) == []
            seqs = session.execute(select(AuditEvent.device_id, AuditEvent.seq).order_by(AuditEvent.id)).all()
            assert [tuple(r) for r in seqs] == [("d0", 1), ("d1", 1), ("d0", 2), ("d1", 2), ("d0", 3)]
    finally:
        db.close()


# --- PostgreSQL: the app's role against the server ---------------------------------------------------------


def _role_url(base: str, role: str, database: str) -> str:
    return base.replace("://oend@", f"://{role}@") + f"/{database}"


@pytest.fixture
def two_roles(pg_base_url: str) -> Iterator[tuple[str, str]]:
    """A database owned by an owner role (which runs the migrations), and the app's role granted by it."""
    name = f"insider_{uuid.uuid4().hex[:12]}"
    admin = create_engine(f"{pg_base_url}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        for role in ("oend_owner", "oend_app"):
            if not conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).scalar():
                conn.execute(text(f"CREATE ROLE {role} LOGIN"))
        conn.execute(text(f'CREATE DATABASE "{name}" OWNER oend_owner'))
    admin.dispose()
    owner_url = _role_url(pg_base_url, "oend_owner", name)
    accounts.setup_program(owner_url, "Riverside OEND", ADMIN, "Ada Admin", PASSWORD)
    owner = create_engine(owner_url)
    with owner.begin() as conn:
        grant_app_role(conn, "oend_app")
    owner.dispose()
    yield owner_url, _role_url(pg_base_url, "oend_app", name)


@pytest.mark.postgres
@pytest.mark.parametrize(
    "statement",
    [
        "ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only",
        "DROP TRIGGER audit_events_append_only ON audit_events",
        "DROP TABLE audit_events",
        "TRUNCATE audit_events",
        "UPDATE audit_events SET detail = 'rewritten'",
        "DELETE FROM audit_events",
        "DELETE FROM audit_checkpoints",
        "UPDATE settings SET value = '{}' WHERE key = 'authority'",
    ],
)
def test_the_apps_role_cannot_touch_the_trail_on_the_server(two_roles: tuple[str, str], statement: str) -> None:
    _, app_url = two_roles
    admin = accounts.sign_in(app_url, ADMIN, PASSWORD)  # the app works as its own role
    accounts.sign_out(admin)
    db = open_database(app_url)
    try:
        before = _count_events(db)
        with pytest.raises(DBAPIError, match=r"must be owner|permission denied|cannot change"), db.engine.begin() as c:
            c.execute(text(statement))
        assert _count_events(db) == before
        with db.session() as session:
            assert maintenance.trust_problems(session) == []
    finally:
        db.close()


def _count_events(db: Database) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEvent)) or 0)


@pytest.mark.postgres
def test_a_role_raised_by_the_apps_role_on_the_server_is_refused_and_reported(two_roles: tuple[str, str]) -> None:
    _, app_url = two_roles
    admin = accounts.sign_in(app_url, ADMIN, PASSWORD)
    assert admin.actor.authority is not None  # unwrapped from the server's administrator slot
    _add_worker(admin)
    accounts.sign_out(admin)
    raw = create_engine(app_url)
    with raw.begin() as conn:
        conn.execute(text("UPDATE users SET role = 'administrator' WHERE username = :u"), {"u": WORKER})
    raw.dispose()

    worker = accounts.sign_in(app_url, WORKER, WORKER_PASSWORD)
    try:
        assert worker.actor.role is Role.OUTREACH_WORKER and worker.actor.authority is None
        with worker.db.transaction() as session, pytest.raises(Exception, match="may not do this"):
            users.add_user(
                session,
                worker.actor,
                None,
                username="mallory",
                display_name="Mallory",
                role=Role.ADMINISTRATOR,
                password="another very long passphrase",
            )
    finally:
        accounts.sign_out(worker)
    admin = accounts.sign_in(app_url, ADMIN, PASSWORD)
    try:
        assert any(f"user {WORKER}" in n for n in admin.notices), admin.notices
        with admin.db.session() as session:
            assert any(f"user {WORKER}" in p for p in maintenance.check(session))
            assert session.get(Setting, SETTING) is not None
    finally:
        accounts.sign_out(admin)
