"""Production key derivation is costly enough to slow guessing of a stolen laptop's key file."""

from __future__ import annotations

import json
from pathlib import Path

from argon2 import extract_parameters

from oend.security import authority, keyslots, passwords, slot_seal


def test_slots_and_password_hashes_use_strong_argon2id_by_default(tmp_path: Path) -> None:
    strong = slot_seal.KdfParams()
    assert strong.memory_cost >= 65536 and strong.time_cost >= 3
    keyfile = keyslots.KeyFile(tmp_path / "oend.db.keys")
    keyfile.create(slot_seal.new_database_key(), slot_seal.new_recovery_key(), authority.new_seed(), strong)
    slot = json.loads(keyfile.path.read_text())[slot_seal.RECOVERY]
    assert (slot["kdf"], slot["memory_cost"], slot["time_cost"]) == ("argon2id", 65536, 3)
    params = extract_parameters(passwords.PasswordHasher().hash("correct horse battery"))
    assert params.type.name == "ID" and params.memory_cost >= 19456
