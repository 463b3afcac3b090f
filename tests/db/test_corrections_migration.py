"""Last release's database gains the void columns, every row kept and none of them voided."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, text

from oend.db import open_database
from tests.db.test_migrations import fill_first_release

VOIDABLE = ("participants", "training_sessions", "attendance", "dispensings", "stock_movements", "reversals")


def test_records_gain_an_empty_void_reason_and_stay_counted(tmp_path: Path) -> None:
    path = tmp_path / "last-year.db"
    fill_first_release(path)
    db = open_database(str(path))
    try:
        with db.engine.connect() as conn:
            columns = {t: {c["name"] for c in inspect(conn).get_columns(t)} for t in VOIDABLE}
            row = conn.execute(text("SELECT code, deleted, void_reason, voided_at, voided_by FROM participants")).one()
        assert all({"void_reason", "voided_at", "voided_by"} <= names for names in columns.values())
        assert tuple(row) == ("MALO1985F", 0, None, None, None)
    finally:
        db.close()
