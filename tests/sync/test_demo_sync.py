"""A database filled with demo data in bulk syncs like one written record by record."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import func, select

from oend.demo.spec import DemoSpec
from oend.model import Change, Dispensing
from oend.security import authority
from oend.services.demo import generate_demo
from tests.sync.replicas import content_hash, program, report_counts, sync


def test_demo_data_loaded_in_bulk_reaches_another_device_whole(tmp_path: Path) -> None:
    a, b = program(tmp_path, ("a", "b"), authority.new_seed())
    try:
        generate_demo(a.db, a.actor, DemoSpec(participants=60, years=1, seed=3, end=dt.date(2025, 6, 30)))
        with a.db.session() as session:
            logged = session.scalar(select(func.count()).select_from(Change).where(Change.table_name == "dispensings"))
            assert logged == session.scalar(select(func.count()).select_from(Dispensing)) > 0
        result = sync(a, b)
        assert result.pending == 0 and not result.rejected
        assert content_hash(b.db) == content_hash(a.db)
        assert report_counts(b) == report_counts(a)
    finally:
        a.db.close()
        b.db.close()
