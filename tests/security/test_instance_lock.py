"""A second instance on the same database is refused, naming the one that has it open."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from oend.db.instance_lock import DatabaseInUse, InstanceLock
from oend.services import accounts
from tests.security.support import ADMIN, PASSWORD, set_up

HOLD = """
import sys, time
from pathlib import Path
from oend.db.instance_lock import InstanceLock
lock = InstanceLock(Path(sys.argv[1])).acquire()
print("held", flush=True)
time.sleep(60)
"""


def test_a_second_lock_in_this_process_is_refused_until_the_first_is_released(tmp_path: Path) -> None:
    db_path = tmp_path / "oend.db"
    first = InstanceLock(db_path).acquire()
    with pytest.raises(DatabaseInUse) as refused:
        InstanceLock(db_path).acquire()
    assert f"process {os.getpid()}" in str(refused.value) and socket.gethostname() in str(refused.value)
    first.release()
    with InstanceLock(db_path):
        pass


def test_another_process_holding_the_database_is_named_and_its_death_frees_it(tmp_path: Path) -> None:
    db_path = tmp_path / "oend.db"
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(db_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(DatabaseInUse, match=f"process {holder.pid} "):
            InstanceLock(db_path).acquire()
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    with InstanceLock(db_path):  # the operating system dropped the dead holder's lock
        pass


def test_an_exclusive_sign_in_refuses_a_second_app_window(tmp_path: Path) -> None:
    path = tmp_path / "oend.db"
    set_up(path)
    first = accounts.sign_in(str(path), ADMIN, PASSWORD, exclusive=True)
    try:
        with pytest.raises(DatabaseInUse, match="already open in another OEND window"):
            accounts.sign_in(str(path), ADMIN, PASSWORD, exclusive=True)
    finally:
        accounts.sign_out(first)
    accounts.sign_out(accounts.sign_in(str(path), ADMIN, PASSWORD, exclusive=True))
