"""Roster import: bad rows refused one by one with the reason, good rows enrolled only on confirm, no duplicates."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from oend.core.actor import Actor
from oend.db import Database
from oend.errors import ValidationError
from oend.exchange.roster_import import guess_mapping, read_roster, validate_roster
from oend.model import Attendance, AuditEvent, Participant, Setting, Site
from oend.model.codes import AuditAction, SiteKind, TrainingFormat
from oend.services.roster_import import import_roster
from oend.services.trainings import record_training

HEADER = ["Client ID", "First Name", "Last Name", "DOB", "Category", "Release date"]
GOOD = [
    ["A1001", "Marcus", "Hill", "1990-04-12", "leaving_custody", "2025-11-03"],
    ["A1002", "Nguyễn", "Thị Mai", "03/15/1988", "Person leaving prison or jail", ""],
    [1003, "Ray", "Ortiz", "", "", "2025-11-04"],  # a numeric ID; category from the file's default
]
BAD = [
    ["", "No", "Id", "1980-01-01", "leaving_custody", ""],  # row 5: missing ID
    ["A1005", "Bad", "Date", "31/31/1980", "leaving_custody", ""],  # row 6: bad date
    ["A1001", "Marcus", "Again", "1990-04-12", "leaving_custody", ""],  # row 7: duplicate in the file
    ["A1007", "Odd", "Kind", "1985-02-02", "tourist", ""],  # row 8: unknown category
]


@pytest.fixture
def setup(db: Database, actor: Actor):
    with db.session() as session:
        with session.begin():
            session.add(Setting(key="participant_code_scheme", value={"name": "free"}))
            site = Site(code="JAIL", name="County Jail", kind=SiteKind.CORRECTIONAL_FACILITY)
            session.add(site)
        yield session, site


def _write_xlsx(path: Path, rows: list[list]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _count(session) -> int:
    """Participants on file, read in a transaction of its own."""
    with session.begin():
        return session.scalar(select(func.count()).select_from(Participant))


def test_bad_rows_refused_row_by_row_and_nothing_written_before_confirm(setup, actor: Actor, tmp_path: Path) -> None:
    session, site = setup
    roster = read_roster(_write_xlsx(tmp_path / "class.xlsx", GOOD + BAD))
    with session.begin():
        mapping = guess_mapping(session, roster.headers)
        assert mapping == {
            "code": "Client ID",
            "first_name": "First Name",
            "last_name": "Last Name",
            "date_of_birth": "DOB",
            "category": "Category",
            "expected_release_date": "Release date",
        }
        preview = validate_roster(session, actor, roster, mapping, default_category="leaving_custody")
    assert [(e.row, e.field) for e in preview.errors] == [
        (5, "code"),
        (6, "date_of_birth"),
        (7, "code"),
        (8, "category"),
    ]
    assert "first on row 2" in preview.errors[2].message and "'tourist'" in preview.errors[3].message
    assert [r.row for r in preview.new] == [2, 3, 4]
    assert _count(session) == 0  # validation writes nothing

    with session.begin():
        result = import_roster(session, actor, preview, home_site_id=site.id).record
    assert (result.created, result.matched, result.refused) == (3, 0, 4)
    people = {p.code: p for p in session.scalars(select(Participant))}
    assert set(people) == {"A1001", "A1002", "1003"}
    assert (
        people["A1002"].display_name == "Nguyễn Thị Mai" and people["A1002"].date_of_birth.isoformat() == "1988-03-15"
    )
    assert people["1003"].category.value == "leaving_custody"
    assert people["A1001"].expected_release_date.isoformat() == "2025-11-03"
    event = session.scalars(select(AuditEvent).where(AuditEvent.action == AuditAction.IMPORT)).one()
    assert "3 enrolled" in event.detail and "4 rows refused" in event.detail


def test_reimport_creates_no_duplicates_and_mapping_is_remembered(setup, actor: Actor, tmp_path: Path) -> None:
    session, site = setup
    path = tmp_path / "class.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["ID#", "Given", "Surname", "Type"])
        writer.writerow(["B2001", "Ann", "Kay", "leaving_custody"])
        writer.writerow(["B2002", "Tom", "Reed", "leaving_custody"])
    roster = read_roster(path)
    mapping = {"code": "ID#", "first_name": "Given", "last_name": "Surname", "category": "Type"}
    with session.begin():
        training = record_training(
            session, actor, session_date=dt.date(2025, 8, 5), site_id=site.id,
            format=TrainingFormat.PRE_RELEASE_CLASS, topics=["naloxone_use"],
        ).record  # fmt: skip
        first = import_roster(
            session, actor, validate_roster(session, actor, roster, mapping), home_site_id=site.id,
            training_session_id=training.id,
        ).record  # fmt: skip
    assert (first.created, first.attended) == (2, 2)
    with session.begin():
        assert guess_mapping(session, roster.headers) == mapping  # remembered, though no header is a known word
        again = validate_roster(session, actor, roster, guess_mapping(session, roster.headers))
        second = import_roster(session, actor, again, home_site_id=site.id, training_session_id=training.id).record
    assert (second.created, second.matched, second.attended) == (0, 2, 0)
    assert _count(session) == 2
    assert session.scalar(select(func.count()).select_from(Attendance)) == 2


def test_service_refusal_rolls_back_the_whole_import(setup, actor: Actor, tmp_path: Path) -> None:
    session, site = setup
    rows = [["C3001", "Ok", "Person", "1980-01-01", "leaving_custody", ""], ["C3002", "X" * 90, "Long", "", "", ""]]
    roster = read_roster(_write_xlsx(tmp_path / "r.xlsx", rows))
    with session.begin():
        preview = validate_roster(
            session, actor, roster, guess_mapping(session, roster.headers), default_category="leaving_custody"
        )
    assert len(preview.new) == 2
    with pytest.raises(ValidationError) as refused, session.begin():
        import_roster(session, actor, preview, home_site_id=site.id)
    assert [(e.row, e.field) for e in refused.value.errors] == [(3, "first_name")]
    assert _count(session) == 0
    assert session.scalar(select(func.count()).select_from(Site)) == 1


def test_mapping_to_a_missing_column_is_refused(setup, actor: Actor, tmp_path: Path) -> None:
    session, _ = setup
    roster = read_roster(_write_xlsx(tmp_path / "r.xlsx", GOOD))
    with pytest.raises(ValidationError, match="no column 'Badge'"):
        validate_roster(session, actor, roster, {"code": "Badge"})
