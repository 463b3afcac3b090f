"""The Sync page between two real laptops: a file written on one and read on the other, a conflict settled,
and a damaged file refused in plain words."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from oend.core.clock import wall_millis
from oend.exchange.bundle import DAMAGED
from oend.model import Participant
from oend.model.codes import Role
from oend.security import authority
from oend.services import participants, users
from oend.ui.pages.sync import SyncPage
from oend.ui.workspace import Workspace
from tests.support.world import World, build_world
from tests.sync.bundle_support import counts, keyed
from tests.sync.replicas import Replica, program
from tests.ui.form_driving import shown


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Replica, Replica, World]]:
    a, b = keyed(program(tmp_path, ("a", "b"), authority.new_seed()))
    world = build_world(a.db, a.actor)
    yield a, b, world
    a.db.close()
    b.db.close()


def page_of(qtbot: QtBot, device: Replica) -> SyncPage:
    page = shown(qtbot, SyncPage(Workspace(device.db, device.actor)))
    assert isinstance(page, SyncPage)
    qtbot.waitUntil(lambda: page.status is not None and not page.loading)
    return page


def carry(qtbot: QtBot, sender: SyncPage, receiver: SyncPage, path: Path) -> None:
    """Write a file on ``sender``'s page for every device, and read it on ``receiver``'s."""
    with qtbot.waitSignal(sender.job.ended, timeout=10_000):
        sender.write_to(path, sender.peer.currentData())
    with qtbot.waitSignal(receiver.job.ended, timeout=10_000):
        receiver.read_from(path)
    qtbot.waitUntil(lambda: not receiver.loading)


def cell(page: SyncPage, table: str, row: int, column: int) -> str:
    return getattr(page, table).item(row, column).text()


def county(device: Replica, world: World) -> str | None:
    with device.db.session() as session:
        person = session.get(Participant, world.alice.id)
        assert person is not None
        return person.county


def test_a_file_written_on_one_laptop_is_read_on_the_other(
    qtbot: QtBot, styled: QApplication, laptops, tmp_path: Path
) -> None:
    a, b, _ = laptops
    on_a, on_b = page_of(qtbot, a), page_of(qtbot, b)
    assert a.actor.device_id[-12:] in on_a.device.text() and "never" in on_a.device.text()
    assert a.actor.device_id not in on_a.device.text() and on_a.device.toolTip() == a.actor.device_id
    with qtbot.waitSignal(on_a.job.ended, timeout=10_000):
        on_a.write_to(tmp_path / "everyone.oendsync", None)
    assert "Sync file written:" in on_a.result.text() and "everyone.oendsync" in on_a.result.text()
    with qtbot.waitSignal(on_b.job.ended, timeout=10_000):
        on_b.read_from(tmp_path / "everyone.oendsync")
    qtbot.waitUntil(lambda: not on_b.loading)
    applied = on_b.result.text().splitlines()[0]
    assert applied.startswith("Changes applied: ") and not applied.startswith("Changes applied: 0.")
    assert on_b.read_button.isEnabled() and on_b.write_button.isEnabled()
    rows = {on_b.devices.item(r, 0).toolTip(): r for r in range(on_b.devices.rowCount())}
    assert cell(on_b, "devices", rows[a.actor.device_id], 0) == a.actor.device_id[-12:]
    assert cell(on_b, "devices", rows[a.actor.device_id], 1) != "not directly"
    assert "never" not in on_b.device.text()
    assert [on_b.peer.itemData(i) for i in range(on_b.peer.count())][:2] == [None, a.actor.device_id]


def test_changes_written_to_a_file_are_shown_apart_from_those_waiting(
    qtbot: QtBot, styled: QApplication, laptops, tmp_path: Path
) -> None:
    a, b, world = laptops
    on_a, on_b = page_of(qtbot, a), page_of(qtbot, b)
    carry(qtbot, on_a, on_b, tmp_path / "to-b.oendsync")
    b.run(participants.update_participant, world.alice.id, county="Norfolk")
    on_b.refresh(on_b.areas)
    qtbot.waitUntil(lambda: not on_b.loading)
    row = next(r for r in range(on_b.devices.rowCount()) if on_b.devices.item(r, 0).toolTip() == a.actor.device_id)
    waiting = int(cell(on_b, "devices", row, 2))
    assert waiting > 0 and cell(on_b, "devices", row, 3) == "—"
    with qtbot.waitSignal(on_b.job.ended, timeout=10_000):
        on_b.write_to(tmp_path / "everyone.oendsync", None)
    on_b.refresh(on_b.areas)
    qtbot.waitUntil(lambda: not on_b.loading)
    # All but the note of the file itself is in the file, written now, until laptop A reads it.
    assert (int(cell(on_b, "devices", row, 2)), int(cell(on_b, "devices", row, 3))) == (1, waiting)
    assert cell(on_b, "devices", row, 4) != "—" and "reads it" in on_b.devices.item(row, 3).toolTip()
    right = Qt.AlignmentFlag.AlignRight
    assert on_b.devices.item(row, 2).textAlignment() & right and on_b.devices.item(row, 3).textAlignment() & right
    assert on_b.devices.horizontalHeaderItem(2).textAlignment() & right


def test_a_conflict_is_shown_with_both_values_and_settled(
    qtbot: QtBot, styled: QApplication, laptops, tmp_path: Path
) -> None:
    a, b, world = laptops
    on_a, on_b = page_of(qtbot, a), page_of(qtbot, b)
    carry(qtbot, on_a, on_b, tmp_path / "first.oendsync")
    a.run(participants.update_participant, world.alice.id, county="Norfolk")
    b.run(participants.update_participant, world.alice.id, county="Suffolk")  # later: it wins, for now
    carry(qtbot, on_a, on_b, tmp_path / "second.oendsync")
    assert "New conflicts to review: 1" in on_b.result.text()
    assert on_b.tabs.tabText(1) == "Conflicts (1)" and on_b.conflicts.rowCount() == 1
    assert cell(on_b, "conflicts", 0, 1) == "County"
    assert cell(on_b, "conflicts", 0, 2).startswith("Suffolk (from ") and b.actor.device_id[-12:] in cell(
        on_b, "conflicts", 0, 2
    )
    assert cell(on_b, "conflicts", 0, 3).startswith("Norfolk (from ") and a.actor.device_id[-12:] in cell(
        on_b, "conflicts", 0, 3
    )
    assert not on_b.other_button.isEnabled()  # nothing chosen yet
    worker = page_of(qtbot, dataclasses.replace(b, actor=dataclasses.replace(b.actor, role=Role.OUTREACH_WORKER)))
    worker.conflicts.selectRow(0)
    assert worker.conflict_note.text() == "A coordinator settles conflicts." and not worker.keep_button.isEnabled()
    on_b.tabs.setCurrentIndex(1)
    on_b.conflicts.selectRow(0)
    qtbot.mouseClick(on_b.other_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: on_b.status is not None and on_b.status.conflict_count == 0 and not on_b.loading)
    assert on_b.conflicts.rowCount() == 0 and on_b.tabs.tabText(1) == "Conflicts (0)"
    assert county(b, world) == "Norfolk"


def test_a_device_whose_clock_is_far_ahead_is_named(
    qtbot: QtBot, styled: QApplication, laptops, tmp_path: Path
) -> None:
    a, b, world = laptops
    a.db.identity.clock.wall = lambda: wall_millis() + 3 * 24 * 3600 * 1000
    a.run(participants.update_participant, world.alice.id, county="Norfolk")
    on_a, on_b = page_of(qtbot, a), page_of(qtbot, b)
    carry(qtbot, on_a, on_b, tmp_path / "ahead.oendsync")
    warning = on_b.clock_warning.text()
    assert on_b.clock_warning.isVisible() and f"device {a.actor.device_id[-12:]}, 3 days ahead" in warning
    assert "did not follow it" in warning and a.actor.device_id not in warning


def test_a_damaged_file_is_refused_in_plain_words_and_nothing_applied(
    qtbot: QtBot, styled: QApplication, laptops, tmp_path: Path
) -> None:
    a, b, _ = laptops
    on_a, on_b = page_of(qtbot, a), page_of(qtbot, b)
    path = tmp_path / "damaged.oendsync"
    with qtbot.waitSignal(on_a.job.ended, timeout=10_000):
        on_a.write_to(path, None)
    data = path.read_bytes()
    path.write_bytes(data[:-30] + bytes([data[-30] ^ 8]) + data[-29:])
    before = counts(b)
    with qtbot.waitSignal(on_b.job.ended, timeout=10_000):
        on_b.read_from(path)
    assert on_b.result.text() == f"Nothing was written or applied: {DAMAGED}"
    assert on_b.result.isVisible() and counts(b) == before


def test_a_change_refused_on_another_laptop_is_shown_where_it_was_made(
    qtbot: QtBot, styled: QApplication, laptops, tmp_path: Path
) -> None:
    a, b, _ = laptops
    on_a, on_b = page_of(qtbot, a), page_of(qtbot, b)
    carry(qtbot, on_a, on_b, tmp_path / "first.oendsync")
    for device, name in ((a, "Sam in the van"), (b, "Sam at the office")):
        device.run(
            users.add_user,
            None,
            username="sam",
            display_name=name,
            role="outreach_worker",
            password="a long enough pass phrase",
            site_codes=["VAN1"],
        )
    carry(qtbot, on_a, on_b, tmp_path / "to-b.oendsync")
    assert "Changes refused: 1." in on_b.result.text() and on_b.tabs.currentIndex() == 2
    carry(qtbot, on_b, on_a, tmp_path / "to-a.oendsync")  # b's file brings its refusal back to a
    reasons = [cell(on_a, "rejections", r, 2) for r in range(on_a.rejections.rowCount())]
    mine = [r for r in reasons if r.startswith(f"Refused on {b.actor.device_id[-12:]}: ")]
    assert len(mine) == 1 and "username" in mine[0] and "Correct the record here" in mine[0]
    assert on_a.tabs.tabText(2) == f"Refused ({on_a.rejections.rowCount()})"
