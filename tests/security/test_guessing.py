"""Sign-in against guessing, on an encrypted file (key slots) and on PostgreSQL (password hashes).

Concurrent wrong passwords all count; an unknown name costs what a known one does; a disabled account is
refused in the words of a wrong password; and a name typed that is no user's is kept nowhere.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from sqlalchemy import create_engine, select, text

from oend.model import AuditEvent, User
from oend.security import passwords, slot_seal
from oend.security.keyslots import KeyFile
from oend.security.lockout import AccountLocked, LockoutPolicy, SignInError
from oend.services import accounts, users
from tests.security.support import ADMIN, PASSWORD

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
WIDE_OPEN = LockoutPolicy(free_attempts=1000)


@pytest.fixture(params=BACKENDS)
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    where = str(tmp_path / "oend.db") if request.param == "sqlite" else request.getfixturevalue("pg_url")
    accounts.setup_program(where, "Riverside OEND", ADMIN, "Ada Admin", PASSWORD)
    return where


def _refusal(target: str, username: str, password: str, policy: LockoutPolicy = WIDE_OPEN) -> SignInError:
    with pytest.raises(SignInError) as refused:
        accounts.sign_in(target, username, password, policy=policy)
    return refused.value


def _add_user(target: str, username: str) -> None:
    admin = accounts.sign_in(target, ADMIN, PASSWORD)
    try:
        with admin.db.transaction() as s:
            users.add_user(
                s,
                admin.actor,
                admin.keyring,
                username=username,
                display_name="Cory",
                role="coordinator",
                password=PASSWORD,
            )
    finally:
        accounts.sign_out(admin)


def test_twenty_concurrent_wrong_passwords_lock_the_account(target: str) -> None:
    def guess(_: int) -> str:
        try:
            accounts.sign_in(target, ADMIN, "a wrong guess at it")
        except AccountLocked:
            return "locked"
        except SignInError:
            return "wrong"
        return "opened"

    outcomes: list[str] = []
    with ThreadPoolExecutor(max_workers=20) as pool:
        for _ in range(4):  # four batches of twenty at once
            outcomes += pool.map(guess, range(20))
    assert "opened" not in outcomes
    assert "locked" in outcomes, "eighty guesses must lock the account"
    with pytest.raises(AccountLocked):
        accounts.sign_in(target, ADMIN, PASSWORD)
    assert _failures_counted(target) == outcomes.count("wrong"), "every checked guess counted, none lost"


def _failures_counted(target: str) -> int:
    if target.endswith(".db"):
        return KeyFile.beside(Path(target)).attempts(ADMIN).failures
    engine = create_engine(target)
    try:
        with engine.connect() as conn:
            return int(conn.scalar(text("SELECT failed_sign_ins FROM users WHERE username = :u"), {"u": ADMIN}))
    finally:
        engine.dispose()


@pytest.fixture
def derivations(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every Argon2id run of a sign-in (key slot or password hash), at a cost that dwarfs the rest of it."""
    runs: list[str] = []
    real_kek = slot_seal.key_from_secret

    def kek(secret: str, salt: bytes, kdf: slot_seal.KdfParams) -> bytes:
        runs.append("slot")
        return real_kek(secret, salt, kdf)

    class Hasher(PasswordHasher):
        def verify(self, hash: str | bytes, password: str | bytes) -> bool:
            runs.append("hash")
            return super().verify(hash, password)

    monkeypatch.setattr(slot_seal, "key_from_secret", kek)
    monkeypatch.setattr(slot_seal, "DEFAULT_KDF", slot_seal.KdfParams(time_cost=2, memory_cost=16384, parallelism=1))
    monkeypatch.setattr(passwords, "_hasher", Hasher(time_cost=2, memory_cost=16384, parallelism=1))
    yield runs


def test_an_unknown_name_costs_one_key_derivation_like_a_known_one(derivations: list[str], target: str) -> None:
    """The same work whatever the name, counted rather than timed (a busy machine's timings say nothing)."""
    for username in (ADMIN, "nobody-at-all") * 3:
        derivations.clear()
        _refusal(target, username, "a wrong guess at it")
        assert len(derivations) == 1, f"{username}: {derivations}"


def test_a_disabled_account_is_refused_in_the_words_of_a_wrong_password(target: str, tmp_path: Path) -> None:
    _add_user(target, "cory")
    wrong = str(_refusal(target, "cory", "not the password"))
    slots = Path(target + ".keys") if target.endswith(".db") else None
    kept = tmp_path / "slots-before-disabling"
    if slots is not None:
        shutil.copy2(slots, kept)
    admin = accounts.sign_in(target, ADMIN, PASSWORD)
    try:
        with admin.db.transaction() as s:
            users.disable_user(s, admin.actor, admin.keyring, "cory")
    finally:
        accounts.sign_out(admin)
    assert str(_refusal(target, "cory", PASSWORD)) == wrong
    if slots is not None:  # a key file still holding the disabled user's slot (an old copy put back)
        shutil.copy2(kept, slots)
        assert str(_refusal(target, "cory", PASSWORD)) == wrong


def test_a_password_typed_as_the_user_name_is_kept_nowhere(target: str) -> None:
    typed = "Zq7-Marmalade-Typhoon"  # the password, typed into the user-name box by mistake
    _refusal(target, typed, "")
    signed = accounts.sign_in(target, ADMIN, PASSWORD)  # brings the queued failure into the audit trail
    try:
        with signed.db.session() as s:
            [event] = s.scalars(select(AuditEvent).where(AuditEvent.action == "sign_in_failed")).all()
            assert event.username == accounts.UNKNOWN_USER
            everything = repr([_columns(e) for e in s.scalars(select(AuditEvent))])
            everything += repr([_columns(u) for u in s.scalars(select(User))])
    finally:
        accounts.sign_out(signed)
    for form in (typed, typed.lower()):
        assert form not in everything
        for path in Path(target).parent.glob("oend.db*") if target.endswith(".db") else ():
            assert form.encode() not in path.read_bytes(), path.name


def _columns(row: Any) -> dict[str, object]:
    return {c.key: getattr(row, c.key) for c in row.__mapper__.column_attrs}


def test_a_correct_sign_in_after_failures_clears_the_count(target: str) -> None:
    for _ in range(3):
        _refusal(target, ADMIN, "a wrong guess at it")
    assert _failures_counted(target) == 3
    accounts.sign_out(accounts.sign_in(target, ADMIN, PASSWORD))
    assert _failures_counted(target) == 0
