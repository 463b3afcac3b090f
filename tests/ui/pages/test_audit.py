"""The audit trail browser: filters, the lazy paged model, and the CSV export recorded in the trail."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QHeaderView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from oend.model import Participant, Site
from oend.services.participants import update_participant
from oend.ui.main_window import MainWindow
from oend.ui.models.audit import AuditModel
from oend.ui.pages.audit import AuditPage


def test_filters_paging_and_export(
    qtbot: QtBot, admin_window: MainWindow, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    window = admin_window
    page = window.open_page(AuditPage)
    everything = page.model.total
    assert everything > 250, "setting up, two sites, two users, 250 enrolments and the sign-ins"
    assert page.model.rowCount() == 200 and page.model.has_more, "the first page only"
    assert page.table.verticalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
    newest = page.model.index(0, AuditModel.ACTION).data()
    assert newest == "Signed in" and page.model.index(0, AuditModel.USER).data() == "Ada Administrator"

    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.pages_fetched >= 2)
    assert page.model.rowCount() > 200

    page.action.setCurrentIndex(page.action.findData("sign_in"))
    assert page.model.total == page.model.rowCount() >= 2
    assert {page.model.index(r, AuditModel.ACTION).data() for r in range(page.model.rowCount())} == {"Signed in"}
    page.user.setCurrentIndex(page.user.findData("ada"))
    ada_sign_ins = page.model.total
    assert ada_sign_ins >= 2 and page.summary.text() == f"{ada_sign_ins} events"

    page.since.setDate(dt.date.today() + dt.timedelta(days=1))
    assert page.model.total == 0 and page.summary.text() == "No events match these filters."
    page.since.setDate(dt.date.today() - dt.timedelta(days=1))
    page.until.setDate(dt.date.today())
    assert page.model.total == ada_sign_ins

    out = tmp_path / "trail.csv"
    assert page.export_to(out) == ada_sign_ins
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == ada_sign_ins and {r["action_code"] for r in rows} == {"sign_in"}
    assert {r["user"] for r in rows} == {"ada"}

    page.action.setCurrentIndex(page.action.findData("export"))
    assert page.model.total == 1
    assert "audit trail as CSV to trail.csv" in page.model.index(0, AuditModel.DETAIL).data()

    small = AuditModel(window.workspace, page_size=7)
    small.apply(page.current_filter())
    qtmodeltester.check(small)


def test_rows_read_in_names_and_words(qtbot: QtBot, admin_window: MainWindow) -> None:
    page = admin_window.open_page(AuditPage)
    workspace = admin_window.workspace
    with workspace.db.transaction() as session:
        person = session.scalars(select(Participant).order_by(Participant.code)).first()
        assert person is not None
        moved_to = "EAST" if person.home_site_id and session.get(Site, person.home_site_id).code == "DTN" else "DTN"
        downtown = session.scalars(select(Site).where(Site.code == moved_to)).one()
        category, label = ("at_risk", "Person who uses drugs / at risk")
        if person.category == category:  # the change must be a change
            category, label = ("family_friend", "Family member or friend")
        update_participant(
            session, workspace.actor, person.id, category=category, home_site_id=downtown.id, first_name="Rosa"
        )
        code = person.code
    page.action.setCurrentIndex(page.action.findData("update"))
    row = next(
        r
        for r in range(page.model.rowCount())
        if page.model.index(r, AuditModel.RECORD).data() == f"Participant {code}"
    )
    detail = page.model.index(row, AuditModel.DETAIL).data()
    assert "Category: " in detail and f"→ {label}" in detail
    assert "Home site: " in detail and f"→ {downtown.name} ({downtown.code})" in detail
    assert "First name: " in detail and "→ Rosa" in detail
    assert str(downtown.id) not in detail and "_id" not in detail and "updated_at" not in detail
    assert page.model.index(row, AuditModel.USER).data() == "Ada Administrator"

    page.action.setCurrentIndex(page.action.findData("create"))
    created = [page.model.index(r, AuditModel.DETAIL).data() for r in range(page.model.rowCount())]
    assert created and not any("created_at" in text or "device_id" in text for text in created)
