"""Start-up loads what it shows only: the sign-in shows before the database code, the main window its first page.

Checked in a fresh interpreter, the way the app starts, by the modules it has loaded once the window's
first page shows its rows, or once the sign-in dialog is built.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from oend.core.actor import Actor
from oend.db import Database
from oend.services.participants import enrol_participant

ROOT = Path(__file__).resolve().parents[2]
FIRST_WINDOW = """
import json, sys
from oend.db import open_database
from oend.core.actor import Actor
from oend.ui.app import create_application
from oend.ui.main_window import MainWindow
from oend.ui.workspace import Workspace

app = create_application([])
window = MainWindow(Workspace(open_database(sys.argv[1]), Actor.system("test", "start-up")))
window.show()
page = window.current_page
print(json.dumps({"page": type(page).__name__, "rows": page.model.rowCount(), "modules": sorted(sys.modules)}))
window.close()
"""
FIRST_DIALOGS = """
import json, sys, threading
from PySide6.QtCore import QTimer
from oend.services.setup_state import is_set_up
from oend.ui.app import create_application
from oend.ui.session.setup import SetupDialog
from oend.ui.session.sign_in import SignInDialog

app = create_application([])
program, fresh = sys.argv[1:]
decided = is_set_up(program), is_set_up(fresh)
dialogs = SignInDialog(program), SetupDialog(fresh)
before = sorted(sys.modules)
for dialog in dialogs:
    dialog.show()
QTimer.singleShot(0, app.quit)  # after the dialogs' own timers, which start loading what their clicks need
app.exec()
for thread in threading.enumerate():
    if thread.name == "preload":
        thread.join()
print(json.dumps({"decided": decided, "before": before, "after": sorted(sys.modules)}))
"""
#: What the first dialogs show without: the database code, and the wizard's last step.
DATABASE_CODE = (
    "sqlalchemy",
    "oend.model",
    "oend.db",
    "oend.services.accounts",
    "oend.core.actor",
    "oend.ui.session.first_site",
)
LOADED_LATER = (
    "oend.ui.pages.today",
    "oend.ui.pages.trainings",
    "oend.ui.pages.kits",
    "oend.ui.pages.reversals",
    "oend.ui.pages.release",
    "oend.ui.pages.reports",
    "oend.ui.pages.sync",
    "oend.ui.pages.settings",
    "oend.ui.pages.users",
    "oend.ui.pages.audit",
    "oend.ui.pages.participant_detail",  # a person's page
    "oend.ui.dialogs.participant",  # enrolment
    "oend.services.accounts",  # sign-in, lock and sign-out: this window was opened without them
    "oend.ui.session.sign_in",
    "oend.ui.session.damaged",
    "oend.reporting.engine",
    "oend.cli.dbcmd",
    "alembic",
    "openpyxl",
    "reportlab",
)


def test_the_first_window_loads_its_first_page_only(db: Database, actor: Actor) -> None:
    with db.transaction() as session:
        enrol_participant(session, actor, category="at_risk", first_name="Rosa")
    assert db.path is not None
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    shown = subprocess.run(
        [sys.executable, "-c", FIRST_WINDOW, str(db.path)], capture_output=True, text=True, env=env, check=True
    )
    window = json.loads(shown.stdout.splitlines()[-1])
    assert (window["page"], window["rows"]) == ("ParticipantsPage", 1), "the first page is up with its rows"
    modules = set(window["modules"])
    assert "oend.ui.pages.participants" in modules
    assert modules.isdisjoint(LOADED_LATER), sorted(modules.intersection(LOADED_LATER))


def test_the_sign_in_and_the_set_up_show_before_the_database_code_then_load_it(program: Path, tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    fresh = tmp_path / "new" / "oend.db"
    shown = subprocess.run(
        [sys.executable, "-c", FIRST_DIALOGS, str(program), str(fresh)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    start = json.loads(shown.stdout.splitlines()[-1])
    assert start["decided"] == [True, False], "a set-up program, and a fresh folder for the set-up wizard"
    assert set(start["before"]).isdisjoint(DATABASE_CODE), sorted(set(start["before"]).intersection(DATABASE_CODE))
    assert set(DATABASE_CODE) <= set(start["after"]), "loaded once the dialogs are up, before anyone clicks"
