"""Two laptops of one program, from two empty data folders, the way a real program starts, all through the app.

The coordinator sets up the program in the wizard, adds a site and an outreach worker, receives kits there and
enrols a laptop from the Sync page. The second laptop joins in the wizard with that file and the passphrase the
dialog showed, and its worker signs in, enrols a participant and hands out a kit. Sync files carried both ways
bring the hand-out to the coordinator and the coordinator's correction back, until both hold the same records.

With ``OEND_WALK_SHOTS`` naming a folder, the walk also saves a screenshot of each screen there, the main
windows at ``OEND_WALK_SIZE`` (1366x768 unless given as WIDTHxHEIGHT), in ``OEND_WALK_LANGUAGE`` (en or es):

    OEND_WALK_SHOTS=shots OEND_WALK_SIZE=1093x614 OEND_WALK_LANGUAGE=es pytest tests/ui/test_two_laptops.py
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from oend.model import AuditEvent, Product, Site
from oend.ui.app import open_workspace
from oend.ui.dialogs.enrol_laptop import EnrolLaptopDialog
from oend.ui.dialogs.program import SiteDialog
from oend.ui.dialogs.stock import DispenseDialog
from oend.ui.dialogs.user import UserDialog
from oend.ui.language import install_translators, remove_translators
from oend.ui.main_window import MainWindow
from oend.ui.pages.administration import AdministrationPage
from oend.ui.pages.kits import KitsPage
from oend.ui.pages.participants import ParticipantsPage
from oend.ui.pages.sync import SyncPage
from oend.ui.pages.users import UsersPage
from oend.ui.session.setup import RECOVERY, SetupDialog
from oend.ui.session.sign_in import SignInDialog
from oend.ui.workspace import Workspace
from tests.sync.enrolment_support import Laptop
from tests.sync.replicas import content_hash
from tests.ui.driving import when_shown
from tests.ui.form_driving import choose, click_save
from tests.ui.test_first_day import RECEIVED, choose_hand_out, complete_setup, enrol, hand_out, receive, saved

WORKER, WORKER_PASSWORD = "wren", "tide pool lantern orchard"
WAIT_MS = 15_000
AUDITED = frozenset({AuditEvent.__tablename__})


class Camera:
    """Saves what a screen looks like at one step of the walk; without a folder it takes nothing."""

    def __init__(self, folder: Path | None, size: QSize) -> None:
        self.folder = folder
        self.size = size

    def shoot(self, widget: QWidget, name: str) -> None:
        if self.folder is None:
            return
        for _ in range(5):
            QApplication.processEvents()
        widget.grab().save(str(self.folder / f"{name}.png"))

    def frame(self, window: MainWindow) -> None:
        """The main window at the screen size being looked at."""
        window.resize(self.size)


@pytest.fixture
def camera(qapp: QApplication) -> Iterator[Camera]:
    folder = os.environ.get("OEND_WALK_SHOTS")
    width, height = os.environ.get("OEND_WALK_SIZE", "1366x768").split("x")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
    translators = install_translators(qapp, os.environ.get("OEND_WALK_LANGUAGE", "en"))
    yield Camera(Path(folder) if folder else None, QSize(int(width), int(height)))
    remove_translators(qapp, translators)


def answer_file_dialog(path: Path) -> None:
    """The next file dialog is answered with ``path``, as a person typing it there would."""

    def answer(dialog: QFileDialog) -> None:
        dialog.selectFile(str(path))
        dialog.accept()

    when_shown(QFileDialog, answer)


def window_of(qtbot: QtBot, workspace: Workspace, camera: Camera) -> MainWindow:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    camera.frame(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def start_program(qtbot: QtBot, laptop: Laptop, camera: Camera) -> MainWindow:
    """The coordinator's first start: the wizard from an empty folder, then the main window."""

    def wizard(dialog: SetupDialog) -> None:
        camera.shoot(dialog, "wizard-first-screen")
        complete_setup(dialog)

    with laptop.used():
        when_shown(SetupDialog, wizard)
        workspace = open_workspace(laptop.target)
    assert workspace is not None
    return window_of(qtbot, workspace, camera)


def add_site_and_worker(qtbot: QtBot, window: MainWindow) -> None:
    page = window.open_page(AdministrationPage)

    def site(dialog: SiteDialog) -> None:
        dialog.code.setText("EAST")
        dialog.name.setText("Eastside outreach")
        choose(dialog.kind, "outreach")
        saved(qtbot, dialog)

    page.tabs.setCurrentWidget(page.sites)
    when_shown(SiteDialog, site)
    assert page.sites.add()

    def worker(dialog: UserDialog) -> None:
        dialog.username.setText(WORKER)
        dialog.display_name.setText("Wren Walker")
        choose(dialog.role, "outreach_worker")
        dialog.choose_sites({"EAST"})
        dialog.password.setText(WORKER_PASSWORD)
        dialog.password_again.setText(WORKER_PASSWORD)
        click_save(qtbot, dialog)  # the password's key slot is made on a worker
        qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=WAIT_MS)

    when_shown(UserDialog, worker)
    window.open_page(UsersPage).create_new()


def enrol_laptop(qtbot: QtBot, window: MainWindow, out: Path, camera: Camera) -> str:
    """The coordinator enrols the worker's laptop from the Sync page; the passphrase is read off the dialog."""
    page = window.open_page(SyncPage)
    told: list[str] = []

    def enrol_worker(dialog: EnrolLaptopDialog) -> None:
        [item] = [
            dialog.accounts.item(n) for n in range(dialog.accounts.count()) if WORKER in dialog.accounts.item(n).text()
        ]
        item.setCheckState(Qt.CheckState.Checked)
        answer_file_dialog(out)
        dialog.findChild(QPushButton, "chooseEnrolmentPath").click()
        camera.shoot(dialog, "enrol-dialog-accounts")
        dialog.write_button.click()
        qtbot.waitUntil(lambda: dialog.steps.currentIndex() == 1, timeout=WAIT_MS)
        camera.shoot(dialog, "enrol-dialog-passphrase")
        told.append(dialog.passphrase.text())
        dialog.close_button.click()

    when_shown(EnrolLaptopDialog, enrol_worker)
    page.enrol_button.click()
    assert out.exists() and told and told[0]
    return told[0]


def join_program(qtbot: QtBot, laptop: Laptop, enrolment: Path, passphrase: str, camera: Camera) -> MainWindow:
    """The worker's laptop joins in the wizard, from the file and the passphrase, then the worker signs in."""

    def join(dialog: SetupDialog) -> None:
        dialog.join_choice.click()
        step = dialog.join_step
        assert step is not None
        camera.shoot(dialog, "join-step-file")
        step.from_server.click()
        camera.shoot(dialog, "join-step-server")
        step.from_file.click()
        answer_file_dialog(enrolment)
        step.browse.click()
        step.passphrase.setText(passphrase)
        step.join_button.click()
        assert dialog.steps.currentIndex() == RECOVERY, step.error.text()
        dialog.confirm.setChecked(True)
        dialog.continue_button.click()

    def sign_in(dialog: SignInDialog) -> None:
        camera.shoot(dialog, "sign-in-after-joining")
        dialog.username.setText(WORKER)
        dialog.password.setText(WORKER_PASSWORD)
        dialog.sign_in_button.click()

    with laptop.used():
        when_shown(SetupDialog, join)
        when_shown(SignInDialog, sign_in)
        workspace = open_workspace(laptop.target)
    assert workspace is not None and workspace.actor.username == WORKER
    return window_of(qtbot, workspace, camera)


def write_sync_file(qtbot: QtBot, window: MainWindow, path: Path) -> SyncPage:
    page = window.open_page(SyncPage)
    answer_file_dialog(path)
    with qtbot.waitSignal(page.job.ended, timeout=WAIT_MS):
        page.write_button.click()
    assert path.exists()
    return page


def read_sync_file(qtbot: QtBot, window: MainWindow, path: Path) -> SyncPage:
    page = window.open_page(SyncPage)
    answer_file_dialog(path)
    with qtbot.waitSignal(page.job.ended, timeout=WAIT_MS):
        page.read_button.click()
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT_MS)
    return page


def hand_outs(qtbot: QtBot, window: MainWindow) -> list[tuple[str, int]]:
    """The Kits page's hand-outs as (participant code, kits), once the page has loaded."""
    page = window.open_page(KitsPage)
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT_MS)
    return [(row.participant_code, row.quantity) for row in page.dispensing_model.rows()]


def found(qtbot: QtBot, window: MainWindow, code: str) -> int:
    """How many participants the Participants page finds for ``code``."""
    page = window.open_page(ParticipantsPage)
    page.search.setText(code)
    page.throttle.flush()
    qtbot.waitUntil(lambda: not page.loading and page.model.text == code, timeout=WAIT_MS)
    return page.model.rowCount()


@pytest.fixture
def laptops(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Laptop, Laptop]:
    return Laptop(tmp_path / "coordinator", monkeypatch), Laptop(tmp_path / "worker", monkeypatch)


@pytest.fixture
def ended() -> Iterator[list[MainWindow]]:
    """The windows opened in the walk, signed out at its end whatever happens."""
    windows: list[MainWindow] = []
    yield windows
    for window in windows:
        window.session.end()


def test_two_laptops_join_and_sync_through_the_app(
    qtbot: QtBot,
    styled: QApplication,
    tmp_path: Path,
    laptops: tuple[Laptop, Laptop],
    ended: list[MainWindow],
    camera: Camera,
) -> None:
    coordinator, worker = laptops
    a = start_program(qtbot, coordinator, camera)
    ended.append(a)
    add_site_and_worker(qtbot, a)
    with a.workspace.db.session() as session:
        nasal = session.scalars(select(Product).where(Product.code == "NASAL4")).one().id
        east = session.scalars(select(Site).where(Site.code == "EAST")).one().id
    receive(qtbot, a.open_page(KitsPage), nasal, east)
    passphrase = enrol_laptop(qtbot, a, tmp_path / "for-wren.oendjoin", camera)

    b = join_program(qtbot, worker, tmp_path / "for-wren.oendjoin", passphrase, camera)
    ended.append(b)
    code = enrol(qtbot, b.open_page(ParticipantsPage), "Bea")
    hand_out(qtbot, b.open_page(KitsPage), code, "new")
    camera.shoot(write_sync_file(qtbot, b, tmp_path / "from-wren.oendsync"), "sync-page-b-after-export")

    assert found(qtbot, a, code) == 0
    camera.shoot(read_sync_file(qtbot, a, tmp_path / "from-wren.oendsync"), "sync-page-a-after-import")
    assert found(qtbot, a, code) == 1
    assert hand_outs(qtbot, a) == [(code, 1)]
    stock = a.open_page(KitsPage).stock_model.rows()
    assert [(level.site_code, level.on_hand) for level in stock] == [("EAST", RECEIVED - 1)]

    kits = a.open_page(KitsPage)
    choose_hand_out(kits, code, 1)

    def two_kits(dialog: DispenseDialog) -> None:
        dialog.quantity.setValue(2)
        saved(qtbot, dialog)

    when_shown(DispenseDialog, two_kits)
    with qtbot.waitSignal(kits.changed):
        kits.edit_button.click()
    write_sync_file(qtbot, a, tmp_path / "from-coordinator.oendsync")
    read_sync_file(qtbot, b, tmp_path / "from-coordinator.oendsync")
    assert hand_outs(qtbot, b) == [(code, 2)]
    # Writing and reading a sync file is audited on the laptop that did it, so the trails differ by the last
    # exchange's entries; every other record is the same on both.
    assert content_hash(a.workspace.db, AUDITED) == content_hash(b.workspace.db, AUDITED)
