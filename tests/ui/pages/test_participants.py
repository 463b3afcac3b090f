"""Participant search through the real widgets over a real SQLite database."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from oend.core.actor import Actor
from oend.db import Database
from oend.services.participants import enrol_participant
from oend.ui.main_window import MainWindow
from oend.ui.models.participants import ParticipantSearchModel
from oend.ui.pages.participant_detail import ParticipantDetail
from oend.ui.pages.participants import ParticipantsPage
from oend.ui.workspace import Workspace
from tests.ui.driving import when_shown
from tests.ui.people import enrol_people


def shown_rows(page: ParticipantsPage) -> list[tuple[str, str, str, str]]:
    model = page.table.model()
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))  # type: ignore[misc]
        for r in range(model.rowCount())
    ]


@pytest.fixture
def people(db: Database, actor: Actor) -> None:
    with db.transaction() as session:
        for first, last, born in (
            ("Maria", "Garcia", dt.date(1985, 3, 15)),
            ("Mario", "Gomez", dt.date(1990, 7, 1)),
            ("James", "Walker", dt.date(1985, 3, 15)),
            ("Aisha", "Marsh", None),
        ):
            enrol_participant(
                session, actor, first_name=first, last_name=last, date_of_birth=born, category="family_friend"
            )
        enrol_participant(session, actor, code="ZZQA1970U", category="at_risk")


def participants_page(window: MainWindow) -> ParticipantsPage:
    return window.open_page(ParticipantsPage)


def type_search(qtbot: QtBot, page: ParticipantsPage, text: str) -> None:
    page.search.clear()
    qtbot.keyClicks(page.search, text)
    qtbot.waitUntil(lambda: page.model.text == text and not page.throttle.pending, timeout=2000)


@pytest.mark.usefixtures("people")
def test_typing_a_name_prefix_shows_the_matching_people(qtbot: QtBot, window: MainWindow) -> None:
    page = participants_page(window)
    assert len(shown_rows(page)) == 5
    type_search(qtbot, page, "mar")
    names = sorted(row[1] for row in shown_rows(page))
    assert names == ["Aisha Marsh", "Maria Garcia", "Mario Gomez"]
    assert page.summary.text() == "Found: 3"
    type_search(qtbot, page, "mari")
    assert sorted(row[1] for row in shown_rows(page)) == ["Maria Garcia", "Mario Gomez"]


@pytest.mark.usefixtures("people")
def test_search_by_code_and_by_date_of_birth(qtbot: QtBot, window: MainWindow) -> None:
    page = participants_page(window)
    type_search(qtbot, page, "zzqa")
    assert shown_rows(page) == [("ZZQA1970U", "—", "—", "Person who uses drugs / at risk")]
    type_search(qtbot, page, "1985-03-15")
    rows = shown_rows(page)
    assert sorted(r[1] for r in rows) == ["James Walker", "Maria Garcia"]
    assert {r[2] for r in rows} == {"1985-03-15"}
    assert {r[3] for r in rows} == {"Family member or friend"}


@pytest.mark.usefixtures("people")
def test_no_match_says_so_and_offers_enrolment(qtbot: QtBot, window: MainWindow) -> None:
    page = participants_page(window)
    type_search(qtbot, page, "nobody")
    assert page.model.rowCount() == 0
    assert page.results.currentIndex() == 1
    assert "nobody" in page.no_match.title_label.text()
    assert "Ctrl+N" in page.no_match.body_label.text()
    type_search(qtbot, page, "walk")
    assert page.results.currentIndex() == 0


def test_the_vertical_header_is_fixed(window: MainWindow) -> None:
    from PySide6.QtWidgets import QHeaderView

    header = window.page(ParticipantsPage).table.verticalHeader()
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
    assert header.isHidden()


def test_model_fetches_a_page_at_a_time_as_the_view_scrolls(
    qtbot: QtBot, window: MainWindow, workspace: Workspace
) -> None:
    enrol_people(workspace.db, workspace.actor, 450)
    page = participants_page(window)
    page.refresh(page.areas)
    model = page.model
    assert model.rowCount() == 200
    assert model.canFetchMore(QModelIndex())
    assert page.summary.text() == "Showing 200 so far — scroll for more"
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 400)
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 450)
    assert not model.canFetchMore(QModelIndex())
    assert model.pages_fetched == 3
    codes = [model.row_at(r).code for r in range(model.rowCount())]
    assert codes == sorted(codes) and len(set(codes)) == 450
    assert page.summary.text() == "Found: 450"


def test_model_passes_the_consistency_checks(qtmodeltester, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    enrol_people(workspace.db, workspace.actor, 120)
    model = ParticipantSearchModel(workspace, page_size=50)
    model.search("")
    assert model.rowCount() == 50 and model.canFetchMore(QModelIndex())
    qtmodeltester.check(model, force_py=True)  # the tester fetches every page, checking each insertion
    assert model.rowCount() == 120 and not model.canFetchMore(QModelIndex())
    model.search("a")
    qtmodeltester.check(model, force_py=True)
    assert 0 < model.rowCount() < 120


@pytest.mark.usefixtures("people")
def test_enter_opens_the_only_match_or_the_highlighted_one(qtbot: QtBot, window: MainWindow) -> None:
    page = participants_page(window)
    opened: list[uuid.UUID] = []

    def look(detail: ParticipantDetail) -> None:
        opened.append(detail.participant_id)
        detail.reject()

    page.search.clear()
    qtbot.keyClicks(page.search, "walk")
    when_shown(ParticipantDetail, look)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # before search-as-you-type has run: Enter searches first
    assert opened == [page.model.participant_id(0)] and shown_rows(page)[0][1] == "James Walker"

    type_search(qtbot, page, "mar")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # three people and none highlighted: Enter opens no one
    assert len(opened) == 1
    page.table.selectRow(1)
    when_shown(ParticipantDetail, look)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert opened[1] == page.model.participant_id(1)
