"""A report's reads of a period take their indexes alone, never the tables' rows (see migration 0015)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from oend.db import open_database

PERIOD = (
    "dispensings.deleted IS 0 AND dispensings.dispensed_on >= '2026-07-01' AND dispensings.dispensed_on <= '2026-09-30'"
)
READS = {
    "kits and doses by product": (
        "SELECT products.code, sum(dispensings.quantity), sum(dispensings.quantity * products.doses_per_kit) "
        f"FROM dispensings JOIN products ON products.id = dispensings.product_id WHERE {PERIOD} GROUP BY products.code",
        "dispensings USING COVERING INDEX ix_dispensings_date",
    ),
    "people by site and supply source": (
        "SELECT dispensings.site_id, dispensings.supply_source, dispensings.participant_id FROM dispensings "
        f"WHERE {PERIOD} GROUP BY 1, 2, 3",
        "dispensings USING COVERING INDEX ix_dispensings_date",
    ),
    "people trained, not voided": (
        "SELECT count(DISTINCT attendance.participant_id) FROM attendance "
        "JOIN participants ON participants.id = attendance.participant_id WHERE participants.deleted IS 0",
        "participants USING COVERING INDEX ix_participants_id_deleted",
    ),
}


@pytest.mark.parametrize("read", READS)
def test_a_report_read_takes_its_index_alone(tmp_path: Path, read: str) -> None:
    sql, expected = READS[read]
    db = open_database(str(tmp_path / "oend.db"))
    try:
        with db.engine.connect() as conn:
            plan = " / ".join(row[-1] for row in conn.execute(text(f"EXPLAIN QUERY PLAN {sql}")))
    finally:
        db.close()
    assert expected in plan, plan
