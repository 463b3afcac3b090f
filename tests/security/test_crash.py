"""A process killed with SIGKILL in the middle of writing leaves every committed action, and a sound file."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select, text

from oend.model import Participant
from oend.services import accounts
from tests.security.support import ADMIN, PASSWORD, set_up

WRITER = """
import sys
from oend.services import accounts, participants
signed = accounts.sign_in(sys.argv[1], sys.argv[2], sys.argv[3])
n = 0
while True:
    with signed.db.transaction() as session:
        code = participants.enrol_participant(
            session, signed.actor, category="at_risk", first_name=f"Crash{n}", last_name="Writer"
        ).record.code
    print(code, flush=True)  # only after the commit returned
    n += 1
"""


def test_sigkill_mid_write_keeps_every_committed_row(tmp_path: Path) -> None:
    path = tmp_path / "oend.db"
    set_up(path)
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), ADMIN, PASSWORD], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None
    committed = []
    for line in writer.stdout:
        committed.append(line.strip())
        if len(committed) >= 60:
            break
    writer.send_signal(signal.SIGKILL)
    rest, _ = writer.communicate()
    committed += [c for c in rest.split() if c]
    assert writer.returncode == -signal.SIGKILL

    signed = accounts.sign_in(str(path), ADMIN, PASSWORD)
    try:
        with signed.db.session() as session:
            assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            stored = set(session.scalars(select(Participant.code)))
    finally:
        accounts.sign_out(signed)
    missing = [c for c in committed if c not in stored]
    assert not missing, f"committed but lost: {missing[:5]}"
    assert len(stored) - len(committed) <= 1  # at most the one whose commit finished as it was killed
