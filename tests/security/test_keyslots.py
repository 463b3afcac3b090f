"""Key slots: the database key wrapped per user and for a recovery key, bound to its owner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from oend.errors import DatabaseError
from oend.security import authority, slot_seal
from oend.security.keyslots import KeyFile, Keyring
from oend.security.slot_seal import Unwrapped

SEED = authority.new_seed()


@pytest.fixture
def key_file(tmp_path: Path) -> tuple[KeyFile, bytes, str]:
    key, recovery = slot_seal.new_database_key(), slot_seal.new_recovery_key()
    kf = KeyFile.beside(tmp_path / "oend.db")
    kf.create(key, recovery, SEED)
    return kf, key, recovery


def test_each_user_slot_opens_the_same_key_with_its_own_password(key_file: tuple[KeyFile, bytes, str]) -> None:
    kf, key, _ = key_file
    ring = Keyring(kf, key)
    ring.give("ana", "id-ana", "ana's long password")
    ring.give("bo", "id-bo", "bo's other password")
    assert kf.unlock_user("ana", "ana's long password") == (Unwrapped(key), "id-ana")
    assert kf.unlock_user("bo", "bo's other password") == (Unwrapped(key), "id-bo")
    assert kf.unlock_user("ana", "bo's other password") is None
    assert kf.unlock_user("nobody", "ana's long password") is None


def test_a_slot_copied_onto_another_name_or_id_does_not_open(key_file: tuple[KeyFile, bytes, str]) -> None:
    kf, key, _ = key_file
    Keyring(kf, key).give("ana", "id-ana", "ana's long password")
    doc = json.loads(kf.path.read_text())
    doc["users"]["mallory"] = dict(doc["users"]["ana"])
    doc["users"]["ana"]["user_id"] = "id-mallory"
    kf.path.write_text(json.dumps(doc))
    assert kf.unlock_user("mallory", "ana's long password") is None
    assert kf.unlock_user("ana", "ana's long password") is None


def test_recovery_key_opens_however_it_is_typed(key_file: tuple[KeyFile, bytes, str]) -> None:
    kf, key, recovery = key_file
    assert len(recovery.split("-")) == 8
    assert kf.unlock_recovery(recovery) == Unwrapped(key, SEED)
    assert kf.unlock_recovery(recovery.lower().replace("-", " ")) == Unwrapped(key, SEED)
    assert kf.unlock_recovery(slot_seal.new_recovery_key()) is None


def test_the_key_file_holds_no_key_in_the_clear_and_leaves_no_temp_files(key_file: tuple[KeyFile, bytes, str]) -> None:
    kf, key, recovery = key_file
    Keyring(kf, key).give("ana", "id-ana", "ana's long password")
    text = kf.path.read_text()
    for secret in (key.hex(), slot_seal._b64(key), SEED.hex(), recovery, slot_seal.normalise_recovery_key(recovery)):
        assert secret not in text
    assert "ana's long password" not in text
    assert sorted(p.name for p in kf.path.parent.iterdir()) == ["oend.db.keys", "oend.db.keys.lock"]


def test_an_existing_key_file_is_never_overwritten(key_file: tuple[KeyFile, bytes, str]) -> None:
    kf, key, recovery = key_file
    with pytest.raises(DatabaseError, match="already"):
        kf.create(slot_seal.new_database_key(), recovery, SEED)
    assert kf.unlock_recovery(recovery) == Unwrapped(key, SEED)


def test_a_damaged_or_missing_key_file_is_reported_plainly(tmp_path: Path) -> None:
    kf = KeyFile.beside(tmp_path / "oend.db")
    with pytest.raises(DatabaseError, match="missing"):
        kf.read()
    kf.path.write_text("{not json")
    with pytest.raises(DatabaseError, match="damaged"):
        kf.read()
    kf.path.write_text('["a list, not a key file"]')
    with pytest.raises(DatabaseError, match="not an OEND key file"):
        kf.read()


def test_only_an_administrators_slot_opens_the_authority_key(key_file: tuple[KeyFile, bytes, str]) -> None:
    kf, key, _ = key_file
    ring = Keyring(kf, key)
    ring.give("ana", "id-ana", "ana's long password")
    ring.give("root", "id-root", "root's long password", SEED)
    assert kf.unlock_user("ana", "ana's long password") == (Unwrapped(key, None), "id-ana")
    assert kf.unlock_user("root", "root's long password") == (Unwrapped(key, SEED), "id-root")
    assert kf.authority_public_key() == authority.public_key(SEED)


def test_a_version_1_key_file_still_opens_and_is_upgraded_when_the_authority_is_named(tmp_path: Path) -> None:
    key, recovery = slot_seal.new_database_key(), slot_seal.new_recovery_key()
    kf = KeyFile.beside(tmp_path / "oend.db")
    aad = slot_seal._user_aad("ana", "id-ana", version=1)
    doc = {
        "format": slot_seal.FORMAT,
        "version": 1,
        "users": {"ana": {"user_id": "id-ana", **slot_seal.wrap(key, "ana's long password", aad)}},
        slot_seal.RECOVERY: slot_seal.wrap(key, slot_seal.normalise_recovery_key(recovery), slot_seal._recovery_aad(1)),
        "attempts": {},
        "failed_sign_ins": [],
    }
    kf.path.write_text(json.dumps(doc))
    assert kf.unlock_user("ana", "ana's long password") == (Unwrapped(key), "id-ana")
    assert kf.authority_public_key() is None
    kf.name_authority(authority.public_key(SEED))
    assert json.loads(kf.path.read_text())["version"] == slot_seal.VERSION
    assert kf.unlock_user("ana", "ana's long password") == (Unwrapped(key), "id-ana")
    assert kf.unlock_recovery(recovery) == Unwrapped(key)


def test_a_change_of_key_holds_both_keys_for_those_who_stay_then_the_new_one_alone(
    key_file: tuple[KeyFile, bytes, str],
) -> None:
    kf, key, recovery = key_file
    ring = Keyring(kf, key)
    ring.give("ana", "id-ana", "ana's long password", signer=SEED)
    ring.give("bo", "id-bo", "bo's other password", signer=SEED)
    ring.give("cy", "id-cy", "cy's own password")  # no administrator vouched for cy's key pair
    new = slot_seal.new_database_key()

    kf.begin_change(new, {"ana": "id-ana", "bo": "id-other", "cy": "id-cy"}, authority.public_key(SEED))
    assert kf.usernames() == {"ana", "cy"}  # bo's id does not match: bo goes
    assert kf.unlock_user("cy", "cy's own password") == (Unwrapped(key), "id-cy")  # cy is not given the new key
    assert kf.unlock_user("ana", "ana's long password") == (Unwrapped(new, fallback=key), "id-ana")
    assert kf.unlock_recovery(recovery) == Unwrapped(new, SEED, fallback=key)
    assert kf.change_interrupted(key) and kf.settle(key) is None

    assert kf.settle(new) == ["cy"]
    assert kf.usernames() == {"ana"}
    assert kf.unlock_user("ana", "ana's long password") == (Unwrapped(new), "id-ana")
    assert kf.unlock_recovery(recovery) == Unwrapped(new, SEED)
    assert not kf.change_interrupted(new)


def test_a_slot_whose_sealed_keys_were_damaged_is_reported_plainly(key_file: tuple[KeyFile, bytes, str]) -> None:
    kf, key, _ = key_file
    Keyring(kf, key).give("ana", "id-ana", "ana's long password")
    doc = json.loads(kf.path.read_text())
    doc["users"]["ana"]["keys"] = "not a mapping"
    kf.path.write_text(json.dumps(doc))
    with pytest.raises(DatabaseError, match="holds no database key"):
        kf.unlock_user("ana", "ana's long password")
