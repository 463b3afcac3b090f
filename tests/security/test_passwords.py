"""New passwords: long enough, and refused with a reason when they are easy to guess."""

from __future__ import annotations

from pathlib import Path

import pytest

from oend.core.checks import Checks
from oend.errors import Phrase, ValidationError
from oend.security.passwords import check_new_password, weakness
from oend.services import accounts, users
from tests.security.support import ADMIN, PASSWORD


def _refusal(password: str, related: tuple[str, ...] = ()) -> str:
    checks = Checks()
    check_new_password(checks, "password", password, related)
    with pytest.raises(ValidationError) as refused:
        checks.done()
    [error] = refused.value.errors
    return str(error)


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("aaaaaaaaaa", "it repeats characters or words"),
        ("password123", "it is a common password, or close to one"),
        ("qwertyuiop", "it is a common password, or close to one"),
        ("abcdefghijklm", "it is a sequence such as abc or 6543"),
        ("johnsmith1", "it is too predictable"),
    ],
)
def test_guessable_passwords_are_refused_with_the_reason(password: str, reason: str) -> None:
    assert weakness(password) == reason and isinstance(weakness(password), Phrase)
    assert _refusal(password) == f"password: is too easy to guess: {reason}; use a few uncommon words"


def test_a_passphrase_of_uncommon_words_is_accepted_and_the_owner_s_names_count_against_it() -> None:
    checks = Checks()
    assert check_new_password(checks, "password", PASSWORD) == PASSWORD
    assert checks.errors == []
    assert "too easy to guess" in _refusal("riverside2026", ("riverside",))


def test_every_way_of_setting_a_password_refuses_a_guessable_one(tmp_path: Path) -> None:
    path = str(tmp_path / "oend.db")
    with pytest.raises(ValidationError, match="too easy to guess"):
        accounts.setup_program(path, "Riverside OEND", ADMIN, "Ada Admin", "aaaaaaaaaa")
    accounts.setup_program(path, "Riverside OEND", ADMIN, "Ada Admin", PASSWORD)
    admin = accounts.sign_in(path, ADMIN, PASSWORD)
    try:
        with admin.db.transaction() as s, pytest.raises(ValidationError, match="too easy to guess"):
            users.add_user(
                s,
                admin.actor,
                admin.keyring,
                username="cory",
                display_name="Cory",
                role="coordinator",
                password="password123",
            )
        with admin.db.transaction() as s, pytest.raises(ValidationError, match="too easy to guess"):
            users.reset_password(s, admin.actor, admin.keyring, ADMIN, "password123")
        with admin.db.transaction() as s, pytest.raises(ValidationError, match="too easy to guess") as refused:
            users.change_password(s, admin.actor, admin.keyring, PASSWORD, "aaaaaaaaaa")
        assert refused.value.fields == {"new_password"}
    finally:
        accounts.sign_out(admin)
