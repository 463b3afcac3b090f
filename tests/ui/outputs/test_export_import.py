"""List export, roster import and certificate printing through the real widgets, read back from files and database."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from oend.db import Database
from oend.model import Attendance, Participant, Setting
from oend.ui.dialogs.roster_import import RosterImportDialog
from oend.ui.outputs.certificates import print_certificates
from oend.ui.outputs.sites import select_data
from oend.ui.pages.reports import ReportsPage
from tests.ui.pages.test_reports import WAIT_MS, choose_file, held, page, pdf_text, seeded_workspace

__all__ = ["page", "seeded_workspace"]  # fixtures shared with the Reports page tests

HEADER = ["Client ID", "First Name", "Last Name", "DOB", "Category"]
GOOD = [
    ["A1001", "Marcus", "Hill", "1990-04-12", "leaving_custody"],
    ["A1002", "Nguyễn", "Thị Mai", "03/15/1988", "Person leaving prison or jail"],
    ["A1003", "Ray", "Ortiz", "", "leaving_custody"],
]
BAD = [["A1004", "Bad", "Date", "31/31/1980", "leaving_custody"]]  # row 5


def saved_message(widget: QWidget) -> QMessageBox | None:
    return widget.findChild(QMessageBox, "savedMessage")


def count(db: Database, model=Participant) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def export_section(page: ReportsPage, list_name: str):
    section = page.exports
    section.list.setCurrentIndex(section.list.findData(list_name))
    return section


def test_export_a_list_from_the_reports_page(qtbot: QtBot, page: ReportsPage, tmp_path: Path) -> None:
    section = export_section(page, "dispensing")
    section.period.set_quarter(2025, 3)
    button = section.buttons["dispensing"]
    assert button.isVisible() and not section.buttons["participants"].isVisible()
    out = tmp_path / "dispensing.xlsx"
    choose_file(out)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: saved_message(section) is not None, timeout=WAIT_MS)
    assert saved_message(section).text() == "Rows exported: 10."  # 10 dispensing records in 2025Q3 (22 kits)
    rows = list(load_workbook(out, read_only=True).active.iter_rows(values_only=True))
    assert rows[0][:2] == ("Date", "Site") and len(rows) == 11
    assert sum(r[rows[0].index("Quantity")] for r in rows[1:]) == 22


def test_export_csv_respects_the_site_and_cancel_writes_nothing(
    qtbot: QtBot, page: ReportsPage, tmp_path: Path, seeded_workspace
) -> None:
    _, data = seeded_workspace
    section = export_section(page, "participants")
    assert not section.period.isEnabled()  # participants have no date to filter by
    assert select_data(section.site, data.site_id("JAIL"))
    action = section.buttons["participants"].export_action
    out = tmp_path / "people.csv"
    with qtbot.waitSignal(action.finished, timeout=WAIT_MS):
        action.run_to(out, "csv")
    with out.open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert {r[rows[0].index("Home site")] for r in rows[1:]} == {"JAIL"} and len(rows) > 1

    never = tmp_path / "never.csv"
    with held(action):  # the export waits behind a held worker, so Cancel lands before its first row
        action.run_to(never, "csv")
        action.cancel()
    qtbot.waitUntil(lambda: not action.running, timeout=WAIT_MS)
    assert not never.exists() and not list(tmp_path.glob(".never.csv*"))


def _roster(path: Path, rows: list[list]) -> Path:
    wb = Workbook()
    wb.active.append(HEADER)
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def test_roster_import_shows_refused_rows_and_imports_only_on_confirm(
    qtbot: QtBot, page: ReportsPage, db: Database, tmp_path: Path, seeded_workspace
) -> None:
    _, data = seeded_workspace
    with db.transaction() as session:
        session.add(Setting(key="participant_code_scheme", value={"name": "free"}))
    before = count(db)
    qtbot.mouseClick(page.roster.button, Qt.MouseButton.LeftButton)
    dialog = page.roster_dialog
    assert isinstance(dialog, RosterImportDialog) and dialog.isVisible()
    choose_file(_roster(tmp_path / "class.xlsx", GOOD + BAD))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.job.running, timeout=WAIT_MS)
    assert dialog.columns["code"].currentText() == "Client ID"
    assert dialog.columns["date_of_birth"].currentText() == "DOB"
    problems = dialog.problems
    assert problems.rowCount() == 1
    assert [problems.item(0, c).text() for c in range(2)] == ["5", "Date of birth"]
    assert "'31/31/1980' is not a date" in problems.item(0, 2).text()
    assert "3 to enrol" in dialog.summary.text() and "1 rows refused" in dialog.summary.text()
    assert count(db) == before  # nothing written before the user confirms

    # Unmapping the ID column and the date of birth a code could be made from is refused plainly: nothing to import
    dialog.columns["code"].setCurrentIndex(0)
    dialog.columns["date_of_birth"].setCurrentIndex(0)
    qtbot.waitUntil(lambda: not dialog.job.running and not dialog.import_button.isEnabled(), timeout=WAIT_MS)
    assert "participant ID" in dialog.summary.text()
    dialog.columns["date_of_birth"].setCurrentIndex(dialog.columns["date_of_birth"].findData("DOB"))
    dialog.columns["code"].setCurrentIndex(dialog.columns["code"].findData("Client ID"))
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.import_button.isEnabled(), timeout=WAIT_MS)
    assert dialog.import_button.text() == "Import 3 people, skip 1 rows"

    # Without a home site the service refuses every row while saving: the whole import is refused, by row
    dialog.home_site.setCurrentIndex(0)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.job.running, timeout=WAIT_MS)
    assert "Nothing was imported" in dialog.summary.text() and count(db) == before
    assert [problems.item(r, 1).text() for r in range(problems.rowCount())] == ["Home site"] * 3
    assert select_data(dialog.home_site, data.site_id("JAIL"))
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=WAIT_MS)

    with qtbot.waitSignal(page.changed, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert count(db) == before + 3
    assert dialog.outcome.created == 3 and "3 enrolled" in dialog.summary.text()
    assert dialog.close_button.text() == "Close" and not dialog.import_button.isEnabled()
    with db.session() as session:
        assert session.scalar(select(Participant.first_name).where(Participant.code == "A1002")) == "Nguyễn"
        assert session.scalar(select(Participant.home_site_id).where(Participant.code == "A1001")) == data.site_id(
            "JAIL"
        )


def test_certificates_printed_then_verified_on_the_page(
    qtbot: QtBot, page: ReportsPage, db: Database, tmp_path: Path, seeded_workspace
) -> None:
    workspace, data = seeded_workspace
    out = tmp_path / "class.pdf"
    job = print_certificates(page, workspace, data.sessions["S2"].id, out)
    with qtbot.waitSignal(job.ended, timeout=WAIT_MS):
        pass
    assert saved_message(page) is not None
    text = pdf_text(out)
    with db.session() as session:
        codes = session.scalars(
            select(Attendance.certificate_code).where(
                Attendance.session_id == data.sessions["S2"].id, Attendance.certificate_code.is_not(None)
            )
        ).all()
    assert len(codes) == 4 and all(code in text for code in codes)  # L5 did not complete the class

    check = page.certificates
    qtbot.keyClicks(check.code, codes[0].lower().replace("-", ""))
    qtbot.keyClick(check.code, Qt.Key.Key_Return)
    assert check.answer.text().startswith("✓") and "County House of Correction" in check.answer.text()
    check.code.setText("ZZZZ-ZZZZ")
    qtbot.mouseClick(check.button, Qt.MouseButton.LeftButton)
    assert check.answer.text().startswith("✗")
