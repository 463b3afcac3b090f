"""Rows changed outside the app, told after sign-in: administrators and coordinators see what was found and what
to do; anyone else only what concerns them; an account no administrator let sign in is refused at the sign-in.

Each test changes the encrypted program with raw SQL, as a user holding the database key could, then signs in
through the real sign-in dialog or the session helper the other window tests use.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import sqlcipher3
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from oend.db.database import apply_key
from oend.security.authority import new_seed, public_key
from oend.security.keyslots import KeyFile
from oend.services.authority import SETTING
from oend.ui.main_window import MainWindow
from oend.ui.session.sign_in import SignInDialog
from oend.ui.session.tampering import TamperNotice
from oend.ui.workspace import Workspace
from tests.ui.conftest import show
from tests.ui.program import ADMIN, COORDINATOR, OUTREACH, PASSWORD
from tests.ui.session.test_sign_in import attempt, make

CHECK_MS = 10_000


def raw_sql(program: Path, *statements: str) -> None:
    """The outreach worker opens the file with the key their own password unwraps, and runs SQL."""
    opened = KeyFile.beside(program).unlock_user(OUTREACH, PASSWORD)
    assert opened is not None
    conn = sqlcipher3.connect(str(program))
    apply_key(conn, opened[0].key)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def edit_an_event(program: Path) -> int:
    """Rewrite the fifth event of the set-up device's trail; returns its number."""
    raw_sql(
        program,
        "DROP TRIGGER audit_events_no_update",
        "UPDATE audit_events SET detail = 'nothing happened' WHERE seq = 5 AND device_id = "
        "(SELECT device_id FROM audit_events ORDER BY seq LIMIT 1)",
    )
    return 5


def notice_of(qtbot: QtBot, window: MainWindow) -> TamperNotice:
    qtbot.waitUntil(lambda: window.session.tamper_notice is not None, timeout=CHECK_MS)
    notice = window.session.tamper_notice
    assert notice is not None and notice.isVisible()
    return notice


def test_an_administrator_signing_in_is_told_of_a_forged_role_and_what_to_do(
    qtbot: QtBot, styled: QApplication, program: Path
) -> None:
    raw_sql(program, f"UPDATE users SET role = 'administrator' WHERE username = '{OUTREACH}'")
    dialog = make(qtbot, program)
    attempt(qtbot, dialog, ADMIN, PASSWORD)
    assert dialog.signed_in is not None, dialog.message.text()
    window = show(qtbot, MainWindow(Workspace.of(dialog.signed_in)))
    try:
        texts = notice_of(qtbot, window).texts()
        assert "Rights changed outside the app" in texts
        assert f"no longer carry an administrator's signature: {OUTREACH}." in texts
        assert "On the Users page, reset each account's password or disable it" in texts
        assert "audit trail was changed" not in texts
    finally:
        window.session.end()


def test_a_coordinator_is_told_which_event_of_the_trail_was_changed(
    qtbot: QtBot, open_window: Callable[[str], MainWindow], program: Path
) -> None:
    number = edit_an_event(program)
    window = open_window(COORDINATOR)
    texts = notice_of(qtbot, window).texts()
    assert "The audit trail was changed outside the app" in texts
    assert f"Event number {number} on device " in texts and "was changed after it was written." in texts
    assert "by ada" in texts  # who the event names: the administrator who set the program up
    assert "Rights changed outside the app" not in texts


def test_a_coordinator_is_told_of_a_replaced_signing_key_setting(
    qtbot: QtBot, open_window: Callable[[str], MainWindow], program: Path
) -> None:
    impostor = json.dumps({"public_key": public_key(new_seed())})
    raw_sql(program, f"UPDATE settings SET value = '{impostor}' WHERE key = '{SETTING}'")
    texts = notice_of(qtbot, open_window(COORDINATOR)).texts()
    assert "The program's signing key was changed" in texts
    assert "An administrator's sign-in puts the key back." in texts


def test_a_coordinator_is_told_of_a_correction_window_written_by_hand(
    qtbot: QtBot, open_window: Callable[[str], MainWindow], program: Path
) -> None:
    widened = json.dumps({"outreach_days": 365})
    raw_sql(
        program, f"INSERT INTO settings (key, value, updated_at) VALUES ('corrections', '{widened}', CURRENT_TIMESTAMP)"
    )
    texts = notice_of(qtbot, open_window(COORDINATOR)).texts()
    assert "A setting that grants rights was changed" in texts
    assert "Tell an administrator: only they can set it again." in texts


def test_an_outreach_worker_is_told_of_their_own_rights_only(
    qtbot: QtBot, open_window: Callable[[str], MainWindow], program: Path
) -> None:
    edit_an_event(program)
    raw_sql(program, f"UPDATE users SET role = 'coordinator' WHERE username = '{OUTREACH}'")
    window = open_window(OUTREACH)
    texts = notice_of(qtbot, window).texts()
    assert "Your account needs an administrator" in texts
    assert "audit trail" not in texts.lower() and "Rights changed outside the app" not in texts
    assert window.session.damaged_screen is None, "a change by hand is not damage a backup would put right"


def test_a_worker_with_nothing_of_theirs_changed_sees_no_notice(
    qtbot: QtBot, open_window: Callable[[str], MainWindow], program: Path
) -> None:
    edit_an_event(program)
    window = open_window(OUTREACH)
    durability = window.session.durability
    assert durability is not None
    qtbot.waitUntil(lambda: durability.health is not None, timeout=CHECK_MS)
    assert durability.health is not None and durability.health.trust is not None
    assert not durability.health.trust.trail.whole  # found, and kept from them
    assert window.session.tamper_notice is None


def test_an_account_no_administrator_signed_cannot_sign_in(qtbot: QtBot, program: Path) -> None:
    raw_sql(program, f"UPDATE users SET authority_signature = NULL WHERE username = '{OUTREACH}'")
    dialog: SignInDialog = make(qtbot, program)
    attempt(qtbot, dialog, OUTREACH, PASSWORD)
    assert dialog.signed_in is None
    assert dialog.message.text() == "That user name and password do not match. Check them and try again."
