"""A damaged database file is reported as such when signing in, never as a crash."""

from __future__ import annotations

import shutil
from pathlib import Path

from oend.errors import DatabaseError
from oend.services import accounts
from tests.security.support import ADMIN, PASSWORD, set_up

PAGE = 4096


def test_damage_to_any_page_signs_in_or_says_the_file_cannot_be_read(tmp_path: Path) -> None:
    original = tmp_path / "original.db"
    set_up(original)
    pages = original.stat().st_size // PAGE
    outcomes = set()
    for page in range(1, pages):
        damaged = tmp_path / f"page{page}.db"
        shutil.copy(original, damaged)
        shutil.copy(f"{original}.keys", f"{damaged}.keys")
        data = bytearray(damaged.read_bytes())
        data[page * PAGE + 100 : page * PAGE + 140] = bytes(40)  # fails that page's checksum
        damaged.write_bytes(bytes(data))
        try:
            accounts.sign_out(accounts.sign_in(str(damaged), ADMIN, PASSWORD))
            outcomes.add("signed in")
        except DatabaseError as refused:
            assert "cannot" in str(refused)
            outcomes.add("refused")
    assert outcomes == {"signed in", "refused"}  # pages nobody reads at sign-in stay unnoticed until used
