"""The Reports page through its real widgets on a seeded program with known answers (tests/reporting/seed.py).

Quarter 2025Q3: 10 people trained (NORTH 5, JAIL 4, SOUTH 2), 22 kits, 76 doses, 4 reversals, 70 kits received.
"""

from __future__ import annotations

import datetime as dt
import io
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from oend.core.actor import Actor
from oend.db import Database
from oend.model import AuditEvent
from oend.model.codes import AuditAction
from oend.ui.language import use_language
from oend.ui.outputs.jobs import LongJob
from oend.ui.pages.reports import ReportsPage
from oend.ui.workspace import Workspace
from tests.reporting.seed import Seeded, seed
from tests.ui.driving import when_shown

WAIT_MS = 10_000


@pytest.fixture
def seeded_workspace(db: Database, actor: Actor) -> tuple[Workspace, Seeded]:
    with db.transaction() as session:
        data = seed(session)
    return Workspace(db, actor), data


@pytest.fixture
def page(qtbot: QtBot, styled, seeded_workspace: tuple[Workspace, Seeded]) -> Iterator[ReportsPage]:
    made = ReportsPage(seeded_workspace[0])
    qtbot.addWidget(made)
    made.resize(1366, 768)
    made.show()
    made.choice.period.set_quarter(2025, 3)
    yield made
    made.job.wait()


def choose_file(path: Path) -> None:
    """Answer the next file dialog with ``path``, as a user typing it would."""

    def answer(dialog: QFileDialog) -> None:
        dialog.selectFile(str(path))
        dialog.accept()

    when_shown(QFileDialog, answer)


@contextmanager
def held(job: LongJob) -> Iterator[None]:
    """Keep ``job``'s only worker busy for the block, so what starts inside waits until the block ends."""
    gate = threading.Event()
    job.workers.run(lambda: gate.wait(WAIT_MS / 1000), lambda _: None, lambda _: None)
    try:
        yield
    finally:
        gate.set()


def preview(qtbot: QtBot, page: ReportsPage) -> None:
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview.report is not None, timeout=WAIT_MS)


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages).split())


def test_defaults_quarterly_report_and_last_complete_quarter(qtbot: QtBot, styled, seeded_workspace) -> None:
    fresh = ReportsPage(seeded_workspace[0])
    qtbot.addWidget(fresh)
    assert fresh.choice.template.currentData() == "quarterly_oend"
    assert fresh.choice.suppress.isChecked()  # a publication template hides small cells by default
    assert fresh.choice.period.period() is not None
    assert fresh.choice.period.period().end < dt.date.today()


def test_preview_shows_the_counts_and_the_ui_stays_live(qtbot: QtBot, page: ReportsPage) -> None:
    page.choice.suppress.setChecked(False)
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    assert not page.preview_button.isEnabled()  # running on the worker: the buttons wait, the window does not
    qtbot.waitUntil(lambda: page.preview.report is not None, timeout=WAIT_MS)
    shown = page.preview
    assert shown.isVisible() and not page.progress.isVisible() and page.preview_button.isEnabled()
    assert shown.cell("key_figures", "People trained") == "10"
    assert shown.cell("key_figures", "Naloxone kits dispensed") == "22"
    assert shown.cell("key_figures", "Naloxone doses dispensed") == "76"
    assert shown.cell("key_figures", "Overdose reversals reported") == "4"
    assert shown.cell("trained_by_site", "North Shore Harm Reduction") == "5"
    assert shown.cell("trained_by_site", "South End Outreach Van") == "2"
    assert shown.cell("trained_by_site", "Total") == "10"  # unduplicated, not 5 + 4 + 2


def test_sites_and_suppression_change_the_preview(qtbot: QtBot, page: ReportsPage, seeded_workspace) -> None:
    _, data = seeded_workspace
    page.choice.sites.tick([data.site_id("NORTH")])
    preview(qtbot, page)
    assert page.preview.report.site_names == ["North Shore Harm Reduction"]
    assert page.preview.cell("key_figures", "People trained") == "5"  # key figures are never suppressed
    assert page.preview.cell("trained_by_site", "North Shore Harm Reduction") == "<11"
    page.choice.suppress.setChecked(False)
    assert page.preview.report is None  # a changed choice never leaves stale figures on screen
    preview(qtbot, page)
    assert page.preview.cell("trained_by_site", "North Shore Harm Reduction") == "5"


def test_save_pdf_and_xlsx_read_back(qtbot: QtBot, page: ReportsPage, tmp_path: Path, db: Database) -> None:
    page.choice.suppress.setChecked(False)
    pdf = tmp_path / "out" / "q3.pdf"
    pdf.parent.mkdir()
    choose_file(pdf)
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.saved_path == pdf, timeout=WAIT_MS)
    assert page.banner.isVisible() and page.open_folder_button.isVisible()
    assert "q3.pdf" in page.banner_text.text()
    text = pdf_text(pdf)
    for line in ("Quarterly OEND Program Report", "People trained 10", "Naloxone kits dispensed 22"):
        assert line in text

    xlsx = tmp_path / "out" / "q3.xlsx"
    choose_file(xlsx)
    qtbot.mouseClick(page.xlsx_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.saved_path == xlsx, timeout=WAIT_MS)
    wb = load_workbook(xlsx)
    assert "Trained by site" in wb.sheetnames
    rows = {r[0]: r[1:] for r in wb["Trained by site"].iter_rows(values_only=True) if r and r[0]}
    assert rows["North Shore Harm Reduction"][0] == 5 and rows["Total"][0] == 10
    with db.session() as session:
        details = session.scalars(select(AuditEvent.detail).where(AuditEvent.action == AuditAction.EXPORT)).all()
    assert any("PDF" in d for d in details) and any("XLSX" in d for d in details)


def test_cancel_stops_preview_and_save(qtbot: QtBot, page: ReportsPage, tmp_path: Path) -> None:
    with qtbot.waitSignal(page.job.stopped, timeout=WAIT_MS), held(page.job):
        qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
        assert page.progress.isVisible()
        qtbot.mouseClick(page.progress.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.job.running)
    assert page.preview.report is None and not page.preview.isVisible()

    out = tmp_path / "never.pdf"
    with qtbot.waitSignal(page.job.stopped, timeout=WAIT_MS), held(page.job):
        page.save_to(out, "pdf")
        qtbot.mouseClick(page.progress.cancel_button, Qt.MouseButton.LeftButton)
    assert not out.exists() and not list(tmp_path.glob(".never.pdf*"))
    assert "nothing was saved" in page.banner_text.text()
    assert page.preview_button.isEnabled()


def test_fiscal_and_monthly_periods(page: ReportsPage) -> None:
    picker = page.choice.period
    picker.set_kind("fiscal")
    picker.year.setValue(2026)
    picker.part.setCurrentIndex(0)
    fiscal = picker.period()
    assert (fiscal.label, fiscal.start.isoformat(), fiscal.end.isoformat()) == ("FY2026Q1", "2025-10-01", "2025-12-31")
    picker.set_kind("month")
    picker.year.setValue(2025)
    picker.part.setCurrentIndex(6)
    assert picker.period().label == "2025-07"
    picker.set_kind("cumulative")
    assert not picker.year.isVisible() and picker.period().label.startswith("cumulative")


def test_templates_in_the_programs_folder_appear_or_say_what_is_wrong(
    qtbot: QtBot, styled, seeded_workspace, tmp_path: Path
) -> None:
    from oend.config import data_dir

    folder = data_dir() / "reports"
    folder.mkdir(exist_ok=True)
    good = '[[tables]]\nid = "k"\ntitle = "Kits by site"\nmeasure = "kits"\nrows = "site"\n'
    (folder / "county_board.toml").write_text('title = "County board"\n' + good, encoding="utf-8")
    (folder / "typo.toml").write_text('title = "Typo"\n' + good.replace('"kits"', '"kitz"'), encoding="utf-8")
    fresh = ReportsPage(seeded_workspace[0])
    qtbot.addWidget(fresh)
    fresh.show()
    titles = [fresh.choice.template.itemText(i) for i in range(fresh.choice.template.count())]
    assert "County board" in titles and "Typo" not in titles
    problems = fresh.choice.problems
    assert problems.isVisible()
    assert "Template typo.toml cannot be used:" in problems.text()
    assert "line 5, tables[1].measure: unknown measure 'kitz'" in problems.text()
    fresh.choice.template.setCurrentIndex(titles.index("County board"))
    fresh.choice.period.set_quarter(2025, 3)
    fresh.choice.suppress.setChecked(False)
    preview(qtbot, fresh)
    assert fresh.preview.cell("k", "North Shore Harm Reduction") == "14"
    fresh.job.wait()


def test_the_preview_is_in_the_apps_language(qtbot: QtBot, qapp: QApplication, page: ReportsPage) -> None:
    use_language(qapp, "es")
    try:
        preview(qtbot, page)
    finally:
        use_language(qapp, "en")
    assert page.preview.report is not None and page.preview.report.words.language == "es"
    assert page.preview.cell("key_figures", "Kits de naloxona entregados") == "22"
    assert page.preview.cell("reversals_by_outcome", "Sobrevivió") == "<11"
    assert page.preview.report.template.title == "Informe trimestral del programa OEND"


def test_the_reports_are_listed_by_their_titles_in_the_apps_language(
    qtbot: QtBot, qapp: QApplication, styled, seeded_workspace
) -> None:
    use_language(qapp, "es")
    try:
        spanish = ReportsPage(seeded_workspace[0])
    finally:
        use_language(qapp, "en")
    english = ReportsPage(seeded_workspace[0])
    for made in (spanish, english):
        qtbot.addWidget(made)
    titles = {
        made: [made.choice.template.itemText(i) for i in range(made.choice.template.count())]
        for made in (spanish, english)
    }
    assert titles[spanish][0] == "Informe trimestral del programa OEND"
    assert "Informe de excarcelación de prisiones y cárceles, por centro" in titles[spanish]
    assert spanish.choice.description.text().startswith("Educación sobre sobredosis y distribución de naloxona")
    assert titles[english][0] == "Quarterly OEND Program Report"
    assert english.choice.description.text().startswith("Overdose education and naloxone distribution")
