"""The Sync page with the program's PostgreSQL server: one button brings the server's changes and sends the
laptop's, with the counts in plain words; without a server set it is not offered."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from oend.db import Database, open_database
from oend.model import Participant
from oend.security import authority
from oend.services import participants
from oend.services.program_settings import change_settings
from oend.services.sync import server
from oend.services.sync.log import changes_for, seen
from tests.support.world import World, build_world
from tests.sync.replicas import Replica, replica
from tests.ui.pages.test_sync import page_of

pytestmark = pytest.mark.postgres


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[tuple[Replica, World]]:
    device = replica(tmp_path, "laptop", authority.new_seed())
    world = build_world(device.db, device.actor)
    yield device, world
    device.db.close()


@pytest.fixture
def elsewhere(pg_url: str, tmp_path: Path) -> Iterator[Database]:
    """The server as another installation reaches it."""
    db = open_database(pg_url, home=tmp_path / "elsewhere-home")
    yield db
    db.close()


def test_the_button_syncs_with_the_server_and_says_the_counts(
    qtbot: QtBot, styled: QApplication, laptop: tuple[Replica, World], pg_url: str, elsewhere: Database
) -> None:
    device, world = laptop
    assert page_of(qtbot, device).server_button.isHidden()
    device.run(change_settings, {"sync_server": pg_url})
    page = page_of(qtbot, device)
    assert page.server_button.isVisible() and page.server_button.isEnabled()
    with qtbot.waitSignal(page.job.ended, timeout=20_000):
        qtbot.mouseClick(page.server_button, Qt.MouseButton.LeftButton)
    first, sent = page.result.text().splitlines()
    assert first == "Changes applied: 0. Already here: 0."
    count = int(sent.removeprefix("Sent to the server: ").split()[0].replace(",", ""))
    assert count > 0 and sent == f"Sent to the server: {count:,} changes, {count:,} applied there."
    assert page.server_button.isEnabled()
    with elsewhere.session() as session:
        person = session.get(Participant, world.alice.id)
        assert person is not None and person.code == world.alice.code


def test_cancel_keeps_what_was_sent_and_says_the_rest_waits(
    qtbot: QtBot,
    styled: QApplication,
    laptop: tuple[Replica, World],
    pg_url: str,
    elsewhere: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    device, world = laptop
    server.push(device.db, elsewhere, device.actor)  # the server holds the program: a later push sends changes
    for county in ("Norfolk", "Suffolk", "Essex"):
        device.run(participants.update_participant, world.alice.id, county=county)
    device.run(change_settings, {"sync_server": pg_url})
    monkeypatch.setattr(server, "BATCH", 1)
    page = page_of(qtbot, device)
    total = _lacking(device, elsewhere)
    page.job.progressed.connect(page.progress.cancel_button.click)  # Cancel as soon as a batch is in
    with qtbot.waitSignal(page.job.ended, timeout=20_000):
        qtbot.mouseClick(page.server_button, Qt.MouseButton.LeftButton)
    text = page.result.text()
    assert "Stopped: what was exchanged is kept; the rest goes at the next sync." in text
    sent = int(text.splitlines()[1].removeprefix("Sent to the server: ").split()[0])
    assert 0 < sent < total and 0 < _lacking(device, elsewhere) < total


def _lacking(device: Replica, on: Database) -> int:
    """The changes of ``device`` that the server ``on`` has not received."""
    with device.db.session() as here, on.session() as there:
        return len(changes_for(here, seen(there)))
