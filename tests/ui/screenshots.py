"""Screenshots of the main pages for the README, taken from the app itself at 1366x768.

    python -m tests.ui.screenshots docs/screenshots [--database PATH] [--small]

Without ``--database`` a fresh database is filled with realistic participants first. ``--small`` takes
instead the pages most at risk on a 1366x768 laptop at 125% scaling (1093x614), in English and Spanish.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from oend.services import accounts
from oend.ui.app import create_application, open_workspace
from oend.ui.dialogs.participant import ParticipantDialog
from oend.ui.language import install_translators, remove_translators
from oend.ui.main_window import MainWindow
from oend.ui.pages.administration import AdministrationPage
from oend.ui.pages.audit import AuditPage
from oend.ui.pages.base import Page
from oend.ui.pages.kits import KitsPage
from oend.ui.pages.participants import ParticipantsPage
from oend.ui.pages.release import ReleasePage
from oend.ui.pages.reports import ReportsPage
from oend.ui.pages.settings import SettingsPage
from oend.ui.pages.sync import SyncPage
from oend.ui.pages.today import TodayPage
from oend.ui.pages.trainings import TrainingsPage
from oend.ui.workspace import Workspace
from tests.ui.people import enrol_people

SIZE = (1366, 768)
SMALL_SIZE = (1093, 614)
SMALL_PAGES: dict[str, type[Page]] = {
    "today": TodayPage,
    "participants": ParticipantsPage,
    "kits": KitsPage,
    "trainings": TrainingsPage,
    "release": ReleasePage,
    "administration": AdministrationPage,
    "reports": ReportsPage,
    "settings": SettingsPage,
    "audit": AuditPage,
    "sync": SyncPage,
}


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def save(widget: QWidget, app: QApplication, path: Path) -> None:
    settle(app)
    widget.grab().save(str(path))
    print(path)


def window_shots(app: QApplication, workspace: Workspace, out: Path, suffix: str = "") -> None:
    window = MainWindow(workspace)
    window.resize(*SIZE)
    window.show()
    participants = window.open_page(ParticipantsPage)
    save(window, app, out / f"participants{suffix}.png")
    participants.search.setText("gar")
    participants.throttle.flush()
    save(window, app, out / f"participant-search{suffix}.png")
    if not suffix:
        for page_class, name in ((TodayPage, "today"), (SettingsPage, "settings")):
            window.open_page(page_class)
            save(window, app, out / f"{name}.png")
    window.close()


def small_shots(app: QApplication, workspace: Workspace, out: Path, language: str) -> None:
    window = MainWindow(workspace)
    window.resize(*SMALL_SIZE)
    window.show()
    for name, page_class in SMALL_PAGES.items():
        window.open_page(page_class)
        save(window, app, out / f"small-{name}-{language}.png")
    window.close()


def dialog_shot(app: QApplication, workspace: Workspace, out: Path) -> None:
    dialog = ParticipantDialog(workspace)
    dialog.show()
    dialog.code.setText("MALO85")
    dialog.first_name.setText("Maria")
    dialog.last_name.setText("Lopez")
    dialog.date_of_birth.setDate(dt.date(1985, 3, 15))
    dialog.save()  # refused: no category, and a code outside the scheme
    save(dialog, app, out / "new-participant-refused.png")
    dialog.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--database")
    parser.add_argument("--small", action="store_true", help="only the small-screen shots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("OEND_HOME", tempfile.mkdtemp())  # leave the user's preferences alone
    app = create_application([])
    target = args.database or str(Path(tempfile.mkdtemp()) / "oend.db")
    demo = accounts.ensure_demo_admin(target) if args.database is None else None
    workspace = Workspace.of(accounts.sign_in(target, *demo)) if demo else open_workspace(target)  # asks to sign in
    if workspace is None:
        return 1
    if args.database is None:
        enrol_people(workspace.db, workspace.actor, 2000)
    if args.small:
        small_shots(app, workspace, args.out, "en")
    else:
        window_shots(app, workspace, args.out)
        dialog_shot(app, workspace, args.out)
    translators = install_translators(app, "es")
    if args.small:
        small_shots(app, workspace, args.out, "es")
    else:
        window_shots(app, workspace, args.out, "-es")
    remove_translators(app, translators)
    if workspace.signed_in is not None:
        accounts.sign_out(workspace.signed_in)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
