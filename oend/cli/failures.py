"""What the command line says when a command cannot finish: one plain line for the environment, the log for a bug.

The environment's failures are the user's to fix: a refusal in plain words (``OendError``), a file or folder
that is missing, read-only or full, a file that cannot be decoded, a database the driver gave up on. Anything
else is a bug: its traceback goes to the log file, and the user learns where that is.
"""

from __future__ import annotations

import errno
import sys
import traceback

from sqlalchemy.exc import DBAPIError

from oend.db.failures import environment_failure
from oend.errors import OendError
from oend.logs import log, log_bug, log_file

REFUSED = 2  # the environment or the input: the user can fix it
BUG = 70  # EX_SOFTWARE: an internal error
INTERRUPTED = 130

_OS_HINTS = {
    errno.ENOENT: "does not exist",
    errno.ENOTDIR: "is not in a folder (a part of the path is a file)",
    errno.EISDIR: "is a folder, not a file",
    errno.EEXIST: "is in the way: a file of that name already exists",
    errno.EACCES: "cannot be written or read here: choose another folder or ask for permission",
    errno.EPERM: "cannot be written or read here: choose another folder or ask for permission",
    errno.EROFS: "is on a read-only disk: choose another folder",
    errno.ENOSPC: "cannot be written: the disk is full; free some space and try again",
    errno.EDQUOT: "cannot be written: the disk quota is used up; free some space and try again",
    errno.ENAMETOOLONG: "has too long a name",
}


def os_failure_text(error: OSError) -> str:
    """An operating-system error as '<file>: what to fix'."""
    where = error.filename if error.filename is not None else "a file"
    hint = _OS_HINTS.get(error.errno or 0) or (error.strerror or str(error)).lower()
    return f"{where}: {hint}"


def plain_failure(error: BaseException) -> str | None:
    """The line that tells the user what to fix, or None when ``error`` is a bug."""
    if isinstance(error, OendError):
        return str(error)
    if isinstance(error, OSError):
        return os_failure_text(error)
    if isinstance(error, UnicodeError):
        return f"a file cannot be read as text ({error}): save it again as UTF-8"
    if (
        isinstance(error, DBAPIError)
        and error.orig is not None
        and (sorted_error := environment_failure(error.orig)) is not None
    ):
        return str(sorted_error)
    return None


def report_failure(error: BaseException, *, debug: bool) -> int:
    """Tell the user about ``error`` on one line of stderr (and the traceback with ``--debug``); the exit code."""
    if debug:
        traceback.print_exception(error, file=sys.stderr)
    if isinstance(error, KeyboardInterrupt):
        print("oend: interrupted before the command finished", file=sys.stderr)
        return INTERRUPTED
    text = plain_failure(error)
    if text is not None:
        log.info("command refused: %s", text)
        print(f"oend: {text}", file=sys.stderr)
        return REFUSED
    log_bug("a command failed on a bug", error)
    print(
        f"oend: an unexpected error happened ({type(error).__name__}, a bug in OEND);"
        f" the details are in the log file {log_file()}",
        file=sys.stderr,
    )
    return BUG
