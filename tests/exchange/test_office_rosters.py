"""Rosters saved by LibreOffice - XLSX with date cells, CSV in UTF-8 (with and without a mark), Windows-1252
and UTF-16, comma, semicolon and tab - under title rows, with synonyms, refused rows named, and no code column:
each imports the same people, and importing it again changes nothing."""

from __future__ import annotations

import codecs
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from oend.core.actor import Actor
from oend.db import Database
from oend.exchange.roster_import import guess_mapping, read_roster, validate_roster
from oend.model import Participant, Site
from oend.model.codes import SiteKind
from oend.services.program_settings import change_settings
from oend.services.roster_import import import_roster
from tests.support.office import CSV_FILTER, UTF8, UTF16, WINDOWS_1252, convert, csv_from

TITLE = ["Riverside County Jail - pre-release class", "", "", "", "", "", "", ""]
HEADER = ["Booking No", "Last Name", "First Name", "Sex", "DOB", "Hispanic", "Release Date", "Category"]
ROWS = [
    ["000123", "Muñoz", "José", "Male", "1990-04-02", "Sí", "03/11/2025", "inmate"],  # row 5
    ["000124", "García", "Inés", "F", "1988-03-15", "no", "04/11/2025", "Inmate"],  # row 6
    ["000125", "Smith", "Ann", "Mujer", "1975-12-01", "N", "15/11/2025", ""],  # row 7: the file's category
    ["000126", "Odd", "Sex", "Q", "1980-01-01", "N", "", ""],  # row 8: unknown gender
    ["", "Nobody", "", "", "", "", "", ""],  # row 9: nothing to make a code from
    ["000128", "Bad", "Date", "M", "1980-01-01", "N", "31/02/2025", ""],  # row 10: no such date
    ["000123", "Muñoz", "José", "Male", "1990-04-02", "Sí", "03/11/2025", "inmate"],  # row 11: row 5 again
]
REFUSED = [(8, "gender"), (9, "code"), (10, "expected_release_date"), (11, "code")]
# LibreOffice reads the source's columns as: text, text, text, text, standard (ISO dates become date cells), text...
COLUMN_TYPES = "1/2/2/2/3/2/4/2/5/1/6/2/7/2/8/2"


@pytest.fixture(scope="session")
def office_rosters(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The roster as LibreOffice saves it, once per test run: the XLSX made from a typed-in source, then CSVs."""
    folder = tmp_path_factory.mktemp("office")
    source = folder / "source" / "roster.csv"
    source.parent.mkdir()
    lines = [TITLE, ["Printed 01/10/2025", *TITLE[1:]], [""] * 8, HEADER, *ROWS]
    source.write_text("\n".join(",".join(line) for line in lines) + "\n", encoding="utf-8")
    workbook = convert(source, folder / "xlsx", "xlsx", infilter=f"{CSV_FILTER}:44,34,{UTF8},1,{COLUMN_TYPES}")
    utf8 = csv_from(workbook, folder / "utf8", separator=",", charset=UTF8)
    with_mark = folder / "utf8-bom.csv"
    with_mark.write_bytes(codecs.BOM_UTF8 + utf8.read_bytes())
    return {
        "xlsx": workbook,
        "utf-8": utf8,
        "utf-8 with mark": with_mark,
        "windows-1252;": csv_from(workbook, folder / "cp1252", separator=";", charset=WINDOWS_1252),
        "utf-16 tab": csv_from(workbook, folder / "utf16", separator="\t", charset=UTF16),
    }


def test_libreoffice_wrote_what_each_case_stands_for(office_rosters: dict[str, Path]) -> None:
    from openpyxl import load_workbook

    sheet = load_workbook(office_rosters["xlsx"]).active
    assert sheet["E5"].is_date and sheet["A5"].value == "000123"  # a date cell, and the number kept as text
    assert office_rosters["utf-16 tab"].read_bytes()[:2] == codecs.BOM_UTF16_LE
    assert "Muñoz".encode("cp1252") in office_rosters["windows-1252;"].read_bytes()
    assert b";" in office_rosters["windows-1252;"].read_bytes()


@pytest.mark.parametrize("case", ["xlsx", "utf-8", "utf-8 with mark", "windows-1252;", "utf-16 tab"])
def test_office_roster_imports_once(case: str, office_rosters: dict[str, Path], db: Database, actor: Actor) -> None:
    with db.transaction() as session:
        change_settings(session, actor, {"date_order": "day_first"})
        jail = Site(code="JAIL", name="County Jail", kind=SiteKind.CORRECTIONAL_FACILITY)
        session.add(jail)
    roster = read_roster(office_rosters[case])
    assert roster.header_row == 4
    with db.transaction() as session:
        mapping = guess_mapping(session, roster.headers)
        assert mapping == {
            "external_id": "Booking No",
            "last_name": "Last Name",
            "first_name": "First Name",
            "gender": "Sex",
            "date_of_birth": "DOB",
            "ethnicity": "Hispanic",
            "expected_release_date": "Release Date",
            "category": "Category",
        }
        preview = validate_roster(session, actor, roster, mapping, default_category="leaving_custody")
        assert [(e.row, e.field) for e in preview.errors] == REFUSED
        assert "first on row 5" in preview.errors[-1].message
        result = import_roster(session, actor, preview, home_site_id=jail.id).record
    assert (result.created, result.matched, result.refused) == (3, 0, 4)
    with db.session() as session:
        people = {p.external_id: p for p in session.scalars(select(Participant))}
        assert set(people) == {"000123", "000124", "000125"}
        jose, ines, ann = people["000123"], people["000124"], people["000125"]
        assert (jose.code, ines.code, ann.code) == ("JOMU1990M", "INGA1988F", "ANSM1975F")  # the client_code scheme
        assert (jose.first_name, jose.last_name, ines.first_name) == ("José", "Muñoz", "Inés")
        assert jose.date_of_birth == dt.date(1990, 4, 2) and jose.expected_release_date == dt.date(2025, 11, 3)
        assert ann.expected_release_date == dt.date(2025, 11, 15)  # day first, as the program types dates
        assert (jose.ethnicity.value, ines.ethnicity.value, ann.gender.value) == (
            "hispanic_latino",
            "not_hispanic_latino",
            "woman",
        )
        assert {p.category.value for p in people.values()} == {"leaving_custody"}
    with db.transaction() as session:
        again = validate_roster(
            session, actor, read_roster(office_rosters[case]), mapping, default_category="leaving_custody"
        )
        second = import_roster(session, actor, again, home_site_id=jail.id).record
        assert (second.created, second.matched) == (0, 3)
        assert session.scalar(select(func.count()).select_from(Participant)) == 3
