"""Rows every new database seeds (the curriculum topics) are one row on every device, under one id."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from oend.ids import seeded_id
from oend.model import Change, Topic
from oend.security import authority
from tests.sync.replicas import content_hash, replica, sync


def test_two_new_databases_seed_the_same_topics_and_sync_without_a_clash(tmp_path: Path) -> None:
    seed = authority.new_seed()
    a, b = replica(tmp_path, "a", seed), replica(tmp_path, "b", seed)  # each made new, not copied
    try:
        with a.db.session() as session:
            topics = session.scalars(select(Topic)).all()
        assert topics and all(t.id == seeded_id("curriculum_topics", t.code) for t in topics)
        result = sync(a, b)
        assert not result.rejected and result.pending == 0
        assert sync(b, a).rejected == []
        assert content_hash(a.db) == content_hash(b.db)
    finally:
        a.db.close()
        b.db.close()


def test_a_new_database_logs_none_of_its_seeded_rows(tmp_path: Path) -> None:
    """Every database seeds them already; logged, they would take the first numbers of whichever device opened it."""
    new = replica(tmp_path, "new", authority.new_seed())
    try:
        with new.db.session() as session:
            assert session.scalar(select(func.count()).select_from(Topic)) == 9
            assert session.scalar(select(func.count()).select_from(Change)) == 0
    finally:
        new.db.close()
