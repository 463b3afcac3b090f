"""What the change log captures from a flush: travelling rows, never the local book-keeping tables."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from oend.db import open_database
from oend.model import Change, SyncPeer


def test_a_local_row_with_a_two_column_key_is_written_through_the_orm_and_not_logged(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "oend.db"), home=tmp_path / "home")
    try:
        with db.transaction() as session:
            logged = session.scalar(select(func.count()).select_from(Change))
            session.add(SyncPeer(peer_id="laptop-b", device_id="laptop-a", seq=3))
        with db.session() as session:
            assert session.scalar(select(SyncPeer.seq)) == 3
            assert session.scalar(select(func.count()).select_from(Change)) == logged
    finally:
        db.close()
