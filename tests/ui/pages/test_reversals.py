"""Reversals through the real widgets: record a report (a refused one keeps the input), then a replacement kit."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from oend.core.actor import Actor
from oend.db import Database
from oend.model import Dispensing, Reversal
from oend.ui.dialogs.reversal import ReversalDialog
from oend.ui.dialogs.stock import DispenseDialog
from oend.ui.pages.reversals import ReversalsPage
from oend.ui.workspace import Workspace
from tests.support.world import World, build_world
from tests.ui.driving import when_shown
from tests.ui.form_driving import choose, click_save, message_beside, shown


@pytest.fixture
def world(db: Database, actor: Actor) -> World:
    return build_world(db, actor)


@pytest.fixture
def page(qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace) -> ReversalsPage:
    return shown(qtbot, ReversalsPage(workspace))  # type: ignore[return-value]


def test_record_a_reversal_then_give_the_replacement_kit(qtbot: QtBot, page: ReversalsPage, world: World) -> None:
    assert not page.replace_button.isEnabled()

    def report(dialog: ReversalDialog) -> None:
        choose(dialog.site, world.van.id)
        qtbot.keyClicks(dialog.reporter, world.alice.code)
        qtbot.keyClicks(dialog.overdose_time, "25:99")
        choose(dialog.yes_no["called_911"], True)
        choose(dialog.coded["responder_relation"], "participant")
        choose(dialog.outcome, "survived")
        dialog.doses.setValue(2)
        click_save(qtbot, dialog)
        assert "21:30" in message_beside(dialog, "overdose_time")  # refused, beside the field
        assert dialog.reporter.text() == world.alice.code and dialog.doses.value() == 2  # nothing lost
        dialog.overdose_date.setDate(dt.date.today() - dt.timedelta(days=1))  # 23:15 today may be still to come
        dialog.overdose_time.setText("23:15")
        click_save(qtbot, dialog)

    when_shown(ReversalDialog, report)
    with qtbot.waitSignal(page.changed):
        page.create_new()
    with world.db.session() as session:
        saved = session.scalars(select(Reversal)).one()
        assert (saved.reporter_id, saved.doses, saved.called_911, saved.outcome.value) == (
            world.alice.id,
            2,
            True,
            "survived",
        )
        assert saved.overdose_time is not None and saved.overdose_time.isoformat() == "23:15:00"
    assert page.model.rowCount() == 1 and page.model.index(0, 2).data() == world.alice.code
    assert page.replace_button.isEnabled()  # the new report is selected

    def replace(dialog: DispenseDialog) -> None:
        assert dialog.participant.text() == world.alice.code
        assert dialog.refill_reason.currentData() == "used_on_someone"
        click_save(qtbot, dialog)

    when_shown(DispenseDialog, replace)
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page.replace_button, Qt.MouseButton.LeftButton)
    with world.db.session() as session:
        kit = session.scalars(select(Dispensing)).one()
        assert (kit.reversal_id, kit.supply_type.value, kit.refill_reason.value) == (
            saved.id,
            "refill",
            "used_on_someone",
        )
    assert page.model.index(0, 7).data() == "1 kit(s) given"


def test_only_the_date_is_required(qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace) -> None:
    dialog = shown(qtbot, ReversalDialog(workspace, site_id=world.van.id))
    click_save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    with world.db.session() as session:
        saved = session.scalars(select(Reversal)).one()
    assert saved.reporter_id is None and saved.outcome.value == "unknown" and saved.called_911 is None


def test_model_passes_the_consistency_checks(qtmodeltester, page: ReversalsPage) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(page.model)
