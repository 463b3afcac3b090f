"""Telling the command line's user how a change of the database key goes, and what it left them to do."""

from __future__ import annotations

import sys
from collections.abc import Callable

from oend.services.rekey import KeyChange


def show_percent(what: str) -> Callable[[int, int], None]:
    """A progress callback that rewrites one line on standard error: ``what: 42%``."""
    shown = [-1]

    def progress(done: int, total: int) -> None:
        percent = 100 * done // max(1, total)
        if percent != shown[0]:
            shown[0] = percent
            end = "\n" if done >= total else ""
            print(f"\r{what}: {percent}%", end=end, file=sys.stderr, flush=True)

    return progress


def print_recovery_key(recovery_key: str) -> None:
    print("RECOVERY KEY (shown only now; write it down and keep it somewhere safe, away from this computer):")
    print(f"    {recovery_key}")
    print("It opens the database if every password is lost. Anyone holding it and the file can read the data.")


def report_key_change(change: KeyChange) -> None:
    """What changed with the key, and what an administrator must do now."""
    print(f"the database key was changed; {len(change.copies)} backups and copies were re-encrypted with it")
    for path in change.removed:
        print(f"deleted {path}: no key of this database opened it")
    for username in change.lost_slots:
        print(f"{username} needs a new password (oend user reset-password {username}): their key slot was too old")
    if change.recovery_key:
        print("The old recovery key no longer opens the database; this one replaces it.")
        print_recovery_key(change.recovery_key)
