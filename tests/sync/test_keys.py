"""The program's sync key is made at set-up, kept inside the encrypted database, and never logged."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from oend.model import Change
from oend.services import accounts
from oend.services.sync.keys import keep_sync_key, sync_key
from tests.security.support import ADMIN, PASSWORD


def test_set_up_makes_the_sync_key_inside_the_encrypted_file_and_never_logs_it(tmp_path: Path) -> None:
    target = tmp_path / "oend.db"
    accounts.setup_program(str(target), "Riverside OEND", ADMIN, "Ada Admin", PASSWORD)
    signed = accounts.sign_in(str(target), ADMIN, PASSWORD)
    try:
        assert signed.db.is_encrypted
        with signed.db.session() as session:
            key = sync_key(session)
            assert key is not None and len(key) == 32
            logged = session.scalars(select(Change.row_id).where(Change.table_name == "settings")).all()
        assert "sync_key" not in logged and "program" in logged
        assert key.hex().encode() not in target.read_bytes()
        with signed.db.transaction() as session:
            keep_sync_key(session, bytes(32))
        with signed.db.session() as session:
            assert sync_key(session) == bytes(32)
            assert "sync_key" not in session.scalars(select(Change.row_id)).all()
    finally:
        accounts.sign_out(signed)
