"""A damaged database file is reported as such when signing in, never as a crash."""

from __future__ import annotations

from pathlib import Path

import pytest

from oend.errors import DatabaseError
from oend.services import accounts
from tests.security.support import ADMIN, PASSWORD, set_up

PAGE = 4096


def test_sign_in_to_a_damaged_file_says_it_cannot_be_read(tmp_path: Path) -> None:
    path = tmp_path / "oend.db"
    set_up(path)
    data = bytearray(path.read_bytes())
    for page_start in range(PAGE, len(data), PAGE):  # every page but the first fails its checksum
        data[page_start + 100 : page_start + 140] = bytes(40)
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError, match="cannot"):
        accounts.sign_in(str(path), ADMIN, PASSWORD)
