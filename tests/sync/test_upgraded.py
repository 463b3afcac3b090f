"""A database from before sync logs what it already held, so its old records travel too."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

from sqlalchemy import select

from oend.db import open_database
from oend.model import Change, Participant
from oend.security import authority
from oend.services import participants
from tests.db.test_migrations import PERSON, fill_first_release
from tests.sync.replicas import content_hash, replica, sync


def test_records_from_before_sync_reach_another_device(tmp_path: Path) -> None:
    fill_first_release(tmp_path / "a.db")
    open_database(str(tmp_path / "a.db")).close()  # upgraded, nothing written yet
    shutil.copyfile(tmp_path / "a.db", tmp_path / "b.db")  # a second laptop copied from it long ago
    seed = authority.new_seed()
    a, b = replica(tmp_path, "a", seed), replica(tmp_path, "b", seed)
    try:
        person = uuid.UUID(hex=PERSON)
        a.run(participants.update_participant, person, county="Kent")
        b.run(participants.update_participant, person, notes="met at the van")
        with a.db.session() as session:
            logged = session.scalars(select(Change.operation).where(Change.row_id == str(person))).all()
        assert logged == ["insert", "update"], "the record from before sync is logged once, then its edit"
        sync(a, b)
        sync(b, a)
        assert content_hash(a.db) == content_hash(b.db)
        with a.db.session() as session:
            merged = session.get(Participant, person)
            assert merged is not None and (merged.county, merged.notes) == ("Kent", "met at the van")
    finally:
        a.db.close()
        b.db.close()
