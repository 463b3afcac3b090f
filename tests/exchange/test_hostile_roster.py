"""Random and hostile cells in a roster file: each row is imported whole or refused by row and field.

Never an unhandled exception, never a partial write, whatever the file holds.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from oend.core.actor import Actor
from oend.db import open_database
from oend.errors import ValidationError
from oend.exchange.roster_import import read_roster, validate_roster
from oend.model import Setting, Site
from oend.model.codes import SiteKind
from oend.services.roster_import import import_roster
from tests.support.world import row_counts

HEADER = ["ID", "First Name", "Last Name", "DOB", "Category", "Release date"]
MAPPING = dict(
    zip(["code", "first_name", "last_name", "date_of_birth", "category", "expected_release_date"], HEADER, strict=True)
)
CELL = st.one_of(
    st.none(),
    st.text(max_size=60),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2200, 1, 1)),
    st.sampled_from(['=HYPERLINK("http://x")', "+1", "@SUM(A1)", "leaving_custody", "2020-02-30", "A1", "\x00"]),
)
ROWS = st.lists(st.lists(CELL, min_size=6, max_size=6), min_size=1, max_size=8)


@pytest.fixture(scope="module")
def program(tmp_path_factory: pytest.TempPathFactory):
    db = open_database(str(tmp_path_factory.mktemp("roster") / "oend.db"))
    with db.transaction() as session:
        session.add(Setting(key="participant_code_scheme", value={"name": "free"}))
        site = Site(code="JAIL", name="County Jail", kind=SiteKind.CORRECTIONAL_FACILITY)
        session.add(site)
    return db, site.id, Actor.system("roster-device", "fuzzer")


def write(path: Path, rows: list[list[object]]) -> Path:
    if path.suffix == ".csv":
        with path.open("w", newline="", encoding="utf-8") as out:
            csv.writer(out).writerows([HEADER, *[["" if c is None else c for c in row] for row in rows]])
        return path
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for row in rows:
        sheet.append([ILLEGAL_CHARACTERS_RE.sub("", c) if isinstance(c, str) else c for c in row])  # not storable
    book.save(path)
    return path


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=ROWS, suffix=st.sampled_from([".csv", ".xlsx"]))
def test_any_roster_is_imported_row_by_row_or_refused_by_field(program, tmp_path: Path, rows, suffix: str) -> None:
    db, site_id, actor = program
    roster = read_roster(write(tmp_path / f"roster{suffix}", rows))
    before = row_counts(db)
    with db.session() as session:
        with session.begin():
            preview = validate_roster(session, actor, roster, MAPPING, default_category="leaving_custody")
        assert row_counts(db) == before, "validation wrote something"
        assert all(e.row is not None and e.field and e.message for e in preview.errors)
        try:
            with session.begin():
                result = import_roster(session, actor, preview, home_site_id=site_id).record
        except ValidationError as refused:
            assert all(e.field and e.message for e in refused.errors)
            assert row_counts(db) == before, "a refused import wrote something"
            return
    after = row_counts(db)
    assert after["participants"] - before["participants"] == result.created
