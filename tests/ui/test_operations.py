"""The one way from a form to the database, through the real widgets: the environment's refusals keep the form
and write nothing, a save refreshes each visible page once, a stale edit is refused naming who saved first, and
a participant's record is audited once per opening."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import event, func, select

from oend.core.actor import Actor
from oend.db import Database, database
from oend.db.failures import BUSY_TEXT, FULL_TEXT, READ_ONLY_TEXT
from oend.model import AuditEvent, Participant
from oend.model.codes import AuditAction, Role
from oend.services import users
from oend.ui.dialogs.participant_edit import ParticipantEditDialog
from oend.ui.dialogs.stock import DispenseDialog
from oend.ui.main_window import MainWindow
from oend.ui.pages.base import Page
from oend.ui.pages.kits import KitsPage
from oend.ui.pages.participant_detail import ParticipantDetail
from oend.ui.pages.participants import ParticipantsPage
from oend.ui.workspace import Workspace
from tests.support.world import World, build_world, row_counts
from tests.ui.driving import when_shown
from tests.ui.form_driving import choose, click_save, shown

#: More bytes than a page holds (6,000 in UTF-8): the row spills onto a new page, so the file must grow.
LONG_NOTE = "💊" * 1500


@pytest.fixture
def world(db: Database, actor: Actor) -> World:
    return build_world(db, actor)


def edit_dialog(qtbot: QtBot, workspace: Workspace, world: World) -> ParticipantEditDialog:
    with world.db.session() as session:
        alice = session.get(Participant, world.alice.id)
    assert alice is not None
    return shown(qtbot, ParticipantEditDialog(workspace, alice))  # type: ignore[return-value]


def general_message(dialog: ParticipantEditDialog) -> str:
    label = dialog.form.findChild(QLabel, "form_error")
    assert label is not None
    return label.text() if label.isVisible() else ""


def on_every_connection(db: Database, pragma: Callable[[Any], str]) -> None:
    """Run a pragma on each new connection of the app's engine (the pooled ones are closed first)."""
    db.engine.dispose()

    @event.listens_for(db.engine, "connect")
    def _set(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(pragma(dbapi_connection))


@pytest.fixture
def write_lock_held(db: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Another program holds the write lock; the app waits 50 ms, not 10 s, before saying so."""
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 50)
    db.engine.dispose()  # new connections read the shorter time-out
    other = sqlite3.connect(str(db.path), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    yield
    other.execute("ROLLBACK")
    other.close()


@pytest.fixture
def disk_full(db: Database) -> None:
    """The file cannot grow by a single page, as on a full disk (its free pages given back first)."""
    db.engine.dispose()
    compact = sqlite3.connect(str(db.path), isolation_level=None)
    compact.execute("VACUUM")
    compact.close()
    on_every_connection(db, lambda conn: f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")


@pytest.fixture
def read_only(db: Database) -> None:
    on_every_connection(db, lambda _conn: "PRAGMA query_only = ON")


@pytest.mark.parametrize(
    ("failure", "text"),
    [("write_lock_held", BUSY_TEXT), ("disk_full", FULL_TEXT), ("read_only", READ_ONLY_TEXT)],
)
def test_a_save_the_environment_refuses_is_said_plainly_keeps_the_form_and_writes_nothing(
    qtbot: QtBot,
    styled: QApplication,
    world: World,
    workspace: Workspace,
    request: pytest.FixtureRequest,
    failure: str,
    text: str,
) -> None:
    dialog = edit_dialog(qtbot, workspace, world)
    before = row_counts(world.db)
    request.getfixturevalue(failure)
    dialog.zip_code.setText("02118")
    dialog.notes.setPlainText(LONG_NOTE)
    with qtbot.captureExceptions() as escaped:
        click_save(qtbot, dialog)
    assert escaped == []
    assert general_message(dialog) == text
    assert dialog.isVisible() and dialog.zip_code.text() == "02118" and dialog.notes.toPlainText() == LONG_NOTE
    assert row_counts(world.db) == before


def count_refreshes(monkeypatch: pytest.MonkeyPatch, pages: list[Page]) -> dict[str, int]:
    """Count each page's refreshes (each still refreshes for real)."""
    counts = {type(page).__name__: 0 for page in pages}
    for page in pages:

        def counted(areas: Any, page: Page = page, real: Any = page.refresh) -> None:
            counts[type(page).__name__] += 1
            real(areas)

        monkeypatch.setattr(page, "refresh", counted)
    return counts


def test_a_refill_from_the_kits_page_refreshes_each_visible_page_once(
    qtbot: QtBot, world: World, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    participants = window.page(ParticipantsPage)
    kits = window.open_page(KitsPage)
    qtbot.waitUntil(lambda: not kits.loading)
    counts = count_refreshes(monkeypatch, [participants, kits])

    def refill(dialog: DispenseDialog) -> None:
        qtbot.keyClicks(dialog.participant, world.alice.code)
        choose(dialog.site, world.van.id)
        choose(dialog.supply_type, "refill")
        choose(dialog.refill_reason, "lost")
        click_save(qtbot, dialog)

    when_shown(DispenseDialog, refill)
    kits.create_new()
    assert counts == {"ParticipantsPage": 0, "KitsPage": 1}  # Participants is hidden: it reads when next shown
    qtbot.waitUntil(lambda: not kits.loading)
    assert kits.stock_model.index(0, 4).data() == "39"


def colleague(world: World) -> Workspace:
    """A second member of staff, on their own workspace over the same database."""
    with world.db.transaction() as session:
        sam = users.add_user(
            session,
            world.actor,
            None,
            username="sam",
            display_name="Sam Outreach",
            role="coordinator",
            password="a long enough password",
        ).record
    return Workspace(world.db, Actor(sam.id, "sam", Role.COORDINATOR, "laptop-2"))


def test_the_second_of_two_editors_is_refused_naming_the_first_and_may_reload(
    qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace
) -> None:
    first = edit_dialog(qtbot, colleague(world), world)
    second = edit_dialog(qtbot, workspace, world)
    first.zip_code.setText("02118")
    click_save(qtbot, first)
    assert first.result() == first.DialogCode.Accepted

    asked: list[str] = []

    def reload(box: QMessageBox) -> None:
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == "Reload").click()

    when_shown(QMessageBox, reload)
    second.zip_code.setText("99999")
    click_save(qtbot, second)
    with world.db.session() as session:
        alice = session.get(Participant, world.alice.id)
        assert alice is not None and alice.zip_code == "02118"
    assert asked and "Reload the form" in asked[0]
    assert second.isVisible() and second.zip_code.text() == "02118"  # the record as it is now

    second.zip_code.setText("99999")
    click_save(qtbot, second)
    assert second.result() == second.DialogCode.Accepted
    with world.db.session() as session:
        alice = session.get(Participant, world.alice.id)
        assert alice is not None and alice.zip_code == "99999"


def test_the_stale_refusal_names_who_saved_first_and_keeps_what_was_typed(
    qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace
) -> None:
    first = edit_dialog(qtbot, colleague(world), world)
    second = edit_dialog(qtbot, workspace, world)
    first.zip_code.setText("02118")
    click_save(qtbot, first)

    def keep(box: QMessageBox) -> None:
        next(b for b in box.buttons() if b.text() == "Keep what I typed").click()

    when_shown(QMessageBox, keep)
    second.zip_code.setText("99999")
    click_save(qtbot, second)
    assert general_message(second).startswith("Sam Outreach changed this record at ")
    assert second.isVisible() and second.zip_code.text() == "99999"


def views(world: World) -> int:
    with world.db.session() as session:
        return session.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == AuditAction.VIEW))


def test_a_participants_record_is_audited_once_per_opening_not_per_refresh(
    qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace
) -> None:
    detail = shown(qtbot, ParticipantDetail(workspace, world.alice.id))
    assert views(world) == 1

    def edit(dialog: ParticipantEditDialog) -> None:
        dialog.zip_code.setText("02139")
        click_save(qtbot, dialog)

    when_shown(ParticipantEditDialog, edit)
    qtbot.mouseClick(detail.edit_button, Qt.MouseButton.LeftButton)
    assert "02139" in [w.text() for w in detail.findChildren(QLabel) if w.objectName().startswith("fact")]

    def give(dialog: DispenseDialog) -> None:
        choose(dialog.site, world.van.id)
        click_save(qtbot, dialog)

    when_shown(DispenseDialog, give)
    qtbot.mouseClick(detail.kit_button, Qt.MouseButton.LeftButton)
    assert detail.kits.rowCount() == 1
    assert views(world) == 1  # the record was shown again twice, viewed once
    detail.accept()

    shown(qtbot, ParticipantDetail(workspace, world.alice.id))
    assert views(world) == 2
