"""Check the trail, on the Audit trail page: on the worker with progress, "whole", or the first event that does not
hold named by device, number, time and user, as ``oend db check`` finds it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import sqlcipher3
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from oend.db.database import apply_key
from oend.model import AuditEvent
from oend.security.keyslots import KeyFile
from oend.services import audit_chain, maintenance
from oend.ui.main_window import MainWindow
from oend.ui.pages.audit import AuditPage
from tests.ui.program import ADMIN, COORDINATOR, OUTREACH, PASSWORD
from tests.ui.session.test_tamper_notice import raw_sql


def run_check(qtbot: QtBot, page: AuditPage) -> str:
    with qtbot.waitSignal(page.trail_job.ended, timeout=10_000):
        page.check_button.click()
        assert not page.check_button.isEnabled(), "one check at a time"
    assert page.check_button.isEnabled() and page.trail_result.isVisible()
    return page.trail_result.text()


def test_an_untouched_trail_is_whole_and_the_check_reports_progress(
    qtbot: QtBot, admin_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(audit_chain, "BATCH", 50)  # a trail of some hundred events counts as a large one
    page = admin_window.open_page(AuditPage)
    progressed: list[tuple[int, int]] = []
    page.trail_job.progressed.connect(lambda done, total: progressed.append((done, total)))
    text = run_check(qtbot, page)
    with admin_window.workspace.db.session() as session:
        events = session.scalar(select(func.count()).select_from(AuditEvent))
    assert text == (
        f"The trail is whole: its {events} events follow one another as written, and every checkpoint holds."
    )
    assert len(progressed) >= 4 and progressed[-1][1] == events


def first_device(program: Path) -> str:
    opened = KeyFile.beside(program).unlock_user(OUTREACH, PASSWORD)
    assert opened is not None
    conn = sqlcipher3.connect(str(program))
    apply_key(conn, opened[0].key)
    device = conn.execute("SELECT device_id FROM audit_events ORDER BY at LIMIT 1").fetchone()[0]
    conn.close()
    return str(device)


def test_a_deleted_event_is_named_by_device_number_time_and_user(
    qtbot: QtBot, open_window: Callable[[str], MainWindow], program: Path
) -> None:
    device = first_device(program)
    raw_sql(
        program,
        "DROP TRIGGER audit_events_no_delete",
        f"DELETE FROM audit_events WHERE seq = 7 AND device_id = '{device}'",
    )
    page = open_window(COORDINATOR).open_page(AuditPage)
    text = run_check(qtbot, page)
    lines = text.splitlines()
    assert lines[0] == "The trail was changed outside the app. The first event that does not hold:"
    assert lines[1].startswith(
        f"• Event number 7 on device {device} is missing (deleted). The trail goes on at number 8: "
    )
    assert lines[1].endswith(f", by {ADMIN}.")
    with page.workspace.db.session() as session:  # the command line's check names the same event
        assert any(f"device {device}: event #7 is missing" in line for line in maintenance.check(session))
