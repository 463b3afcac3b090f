"""Durability in the app: the integrity check in the background, the damage screen and restore, backup on close."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select, text

from oend.model import Participant
from oend.services import accounts
from oend.services.backup import backup_now, list_backups
from oend.ui.main_window import MainWindow
from oend.ui.session.damaged import DamagedScreen
from oend.ui.workspace import Workspace
from tests.ui.conftest import show
from tests.ui.program import ADMIN, sign_in

PAGE = 4096


def participants(signed: accounts.SignedIn) -> int:
    with signed.db.session() as session:
        return session.scalar(select(func.count()).select_from(Participant)) or 0


def test_a_healthy_database_is_checked_in_the_background_and_backed_up_on_close(
    qtbot: QtBot, styled: QApplication, program: Path
) -> None:
    window = MainWindow(Workspace.of(sign_in(program)))
    durability = window.session.durability
    assert durability is not None and durability.health is None, "the window does not wait for the check"
    with qtbot.waitSignal(durability.checked, timeout=10000) as checked:
        show(qtbot, window)
    assert checked.args[0].problems == []
    assert list_backups(program) == []
    window.close()
    assert len(list_backups(program)) == 1 and window.session.ended


def damage_table(program: Path, table: str) -> tuple[int, Path]:
    """Back up, then scribble over ``table``'s first page, as a power cut mid-write might.

    Returns the participants counted before and the good backup.
    """
    before = sign_in(program)
    people = participants(before)
    good = backup_now(before.db, before.actor)
    with before.db.session() as session:
        root = session.scalar(text("SELECT rootpage FROM sqlite_master WHERE name = :t"), {"t": table})
    accounts.sign_out(before)
    with program.open("r+b") as f:
        f.seek((root - 1) * PAGE + 100)
        f.write(os.urandom(200))
    return people, good


@pytest.mark.parametrize("table", ["reversals", "participants"])  # read later, or by the first page shown
def test_damage_shows_the_calm_screen_and_restores_the_latest_good_backup(
    qtbot: QtBot, styled: QApplication, program: Path, table: str
) -> None:
    people, good = damage_table(program, table)

    window = show(qtbot, MainWindow(Workspace.of(sign_in(program))))
    qtbot.waitUntil(lambda: window.session.damaged_screen is not None, timeout=10000)
    screen = window.findChild(DamagedScreen)
    assert screen is not None and screen.isVisible() and screen.geometry() == window.rect()
    assert screen.health.good_backup is not None and screen.health.good_backup.path == good
    assert screen.restore_button.isVisible()
    with qtbot.waitSignal(window.restored, timeout=10000) as restored:
        screen.restore_button.click()
    assert good.name in restored.args[0]
    after = sign_in(program, ADMIN)
    try:
        assert participants(after) == people
    finally:
        accounts.sign_out(after)
    assert list(program.parent.glob("oend.db.before-restore-*")), "the damaged file is kept aside"
