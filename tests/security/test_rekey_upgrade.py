"""Key files from before key pairs (version 2: each slot wraps the database key itself) across a change of key."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from oend.core.database_files import key_file_for
from oend.errors import DatabaseError
from oend.security import slot_seal
from oend.security.keyslots import KeyFile
from oend.security.lockout import SignInError
from oend.services import accounts, rekey, users
from tests.security.support import ADMIN, PASSWORD, set_up

CORY, DANA = "cory", "dana"
OTHER = "another long passphrase of theirs"


def _version_2(path: Path) -> str:
    """A program whose key file is written as version 2 wrote it: admin, cory and dana; its recovery key."""
    recovery = set_up(path).recovery_key
    assert recovery is not None
    signed = accounts.sign_in(str(path), ADMIN, PASSWORD)
    try:
        for name in (CORY, DANA):
            with signed.db.transaction() as s:
                users.add_user(
                    s,
                    signed.actor,
                    signed.keyring,
                    username=name,
                    display_name=name,
                    role="coordinator",
                    password=OTHER,
                )
        assert signed.keyring is not None and signed.actor.authority is not None
        key, seed = signed.keyring.key, signed.actor.authority
    finally:
        accounts.sign_out(signed)
    doc = json.loads(key_file_for(path).read_text())
    for name, slot in doc["users"].items():
        password, secret = (PASSWORD, key + seed) if name == ADMIN else (OTHER, key)
        aad = slot_seal._user_aad(name, slot["user_id"], 2)
        doc["users"][name] = {"user_id": slot["user_id"], "v": 2, **slot_seal.wrap(secret, password, aad)}
    normal = slot_seal.normalise_recovery_key(recovery)
    doc[slot_seal.RECOVERY] = {"v": 2, **slot_seal.wrap(key + seed, normal, slot_seal._recovery_aad(2))}
    doc["version"] = 2
    key_file_for(path).write_text(json.dumps(doc))
    return recovery


def _slot_versions(path: Path) -> dict[str, int]:
    doc = KeyFile.beside(path).read()
    return {name: slot.get("v", 1) for name, slot in [*doc["users"].items(), ("recovery", doc[slot_seal.RECOVERY])]}


def test_each_slot_is_rewritten_in_the_current_format_at_its_owners_sign_in(tmp_path: Path) -> None:
    path = tmp_path / "oend.db"
    _version_2(path)
    accounts.sign_out(accounts.sign_in(str(path), CORY, OTHER))
    assert _slot_versions(path) == {ADMIN: 2, CORY: 3, DANA: 2, "recovery": 2}
    accounts.sign_out(accounts.sign_in(str(path), CORY, OTHER))  # and opens again in its new form
    accounts.sign_out(accounts.sign_in(str(path), ADMIN, PASSWORD))
    assert _slot_versions(path)[ADMIN] == 3


def test_a_change_of_key_gives_a_new_recovery_key_and_names_who_needs_a_password(tmp_path: Path) -> None:
    path = tmp_path / "oend.db"
    old_recovery = _version_2(path)
    signed = accounts.sign_in(str(path), ADMIN, PASSWORD)
    try:
        done = rekey.disable_user(signed.db, signed.actor, signed.keyring, CORY)
        change = done.key_change
        assert change is not None and change.recovery_key is not None
        assert change.lost_slots == (DANA,)  # never signed in since the upgrade: no key pair to seal to
        signed.keyring = change.keyring
        with signed.db.transaction() as s:  # the administrator gives dana a new password
            users.reset_password(s, signed.actor, signed.keyring, DANA, "dana's brand new passphrase")
    finally:
        accounts.sign_out(signed)
    with pytest.raises(SignInError):
        accounts.open_with_recovery_key(str(path), old_recovery)
    accounts.sign_out(accounts.open_with_recovery_key(str(path), change.recovery_key))
    accounts.sign_out(accounts.sign_in(str(path), DANA, "dana's brand new passphrase"))
    accounts.sign_out(accounts.sign_in(str(path), ADMIN, PASSWORD))


def test_the_recovery_key_rewrites_its_slot_and_changes_the_key(tmp_path: Path) -> None:
    path = tmp_path / "oend.db"
    recovery = _version_2(path)
    accounts.sign_out(accounts.sign_in(str(path), ADMIN, PASSWORD))  # the administrator's slot, vouched for
    accounts.sign_out(accounts.sign_in(str(path), CORY, OTHER))  # rewritten, but no administrator vouched for it
    rescued = accounts.open_with_recovery_key(str(path), recovery)
    try:
        assert set(rescued.notices) == {rekey.NEW_PASSWORD_NEEDED.format(username=n) for n in (CORY, DANA)}
    finally:
        accounts.sign_out(rescued)
    assert _slot_versions(path) == {ADMIN: 3, "recovery": 3}
    accounts.sign_out(accounts.sign_in(str(path), ADMIN, PASSWORD))
    with pytest.raises((SignInError, DatabaseError)):
        accounts.sign_in(str(path), CORY, OTHER)
    accounts.sign_out(accounts.open_with_recovery_key(str(path), recovery))  # the same recovery key, still
