"""The possible-duplicates tab over two real laptops that enrolled one code: merged, or kept apart."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from oend.model import Participant
from oend.model.codes import Role
from oend.security import authority
from oend.services import participants
from oend.ui.widgets.merge_offers import MergeOffersTab
from oend.ui.workspace import Workspace
from tests.support.world import build_world
from tests.sync.replicas import Replica, program, sync
from tests.ui.form_driving import shown


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Replica, Participant, Participant]]:
    a, b = program(tmp_path, ("a", "b"), authority.new_seed())
    world = build_world(a.db, a.actor)
    sync(a, b)
    enrol = {"code": "SAME1990F", "category": "at_risk", "home_site_id": world.van.id}
    early, late = a.run(participants.enrol_participant, **enrol), b.run(participants.enrol_participant, **enrol)
    sync(b, a)
    yield a, early, late
    a.db.close()
    b.db.close()


def tab_of(qtbot: QtBot, device: Replica, role: Role = Role.COORDINATOR) -> MergeOffersTab:
    tab = shown(qtbot, MergeOffersTab(Workspace(device.db, dataclasses.replace(device.actor, role=role))))
    assert isinstance(tab, MergeOffersTab)
    return tab


def merged_into(device: Replica, person: Participant) -> object:
    with device.db.session() as session:
        return session.get_one(Participant, person.id).merged_into_id


def test_a_coordinator_merges_the_pair_and_the_list_empties(qtbot: QtBot, pair) -> None:
    device, early, late = pair
    tab = tab_of(qtbot, device)
    assert tab.list.rowCount() == 1 and tab.list.item(0, 1).text() == "SAME1990F"
    assert tab.list.item(0, 2).text().startswith("SAME1990F~")
    assert not tab.merge_button.isEnabled()
    tab.list.selectRow(0)
    qtbot.mouseClick(tab.merge_button, Qt.MouseButton.LeftButton)
    assert merged_into(device, late) == early.id
    assert tab.list.rowCount() == 0 and "No possible duplicate" in tab.note.text()


def test_not_the_same_person_keeps_both_records(qtbot: QtBot, pair) -> None:
    device, _, late = pair
    tab = tab_of(qtbot, device)
    tab.list.selectRow(0)
    qtbot.mouseClick(tab.apart_button, Qt.MouseButton.LeftButton)
    assert merged_into(device, late) is None
    assert tab.list.rowCount() == 0


def test_only_a_coordinator_sees_and_decides_offers(qtbot: QtBot, pair) -> None:
    device, _, _ = pair
    tab = tab_of(qtbot, device, Role.OUTREACH_WORKER)
    assert tab.list.rowCount() == 0 and not tab.merge_button.isEnabled()
    assert "coordinator" in tab.note.text()
