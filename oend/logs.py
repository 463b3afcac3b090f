"""The log file: one rotating file in the per-user log folder, set up once when the program starts.

The command line and the desktop app both log here, so a bug that reaches a user leaves its traceback
where a helper can find it. Nothing here imports Qt: the app adds its crash dialog on top (``oend.ui.crash``).
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from oend.config import log_dir

LOG_NAME = "oend.log"
MAX_BYTES = 1_000_000
KEPT_FILES = 3  # oend.log.1 .. oend.log.3 beside the current one
FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"

log = logging.getLogger("oend")


def log_file() -> Path:
    """Where the log is written (the folder is created if missing)."""
    return log_dir() / LOG_NAME


def _installed(root: logging.Logger) -> logging.handlers.RotatingFileHandler | None:
    files = (h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler))
    return next((h for h in files if getattr(h, "oend_log", False)), None)


def setup_logging(*, debug: bool = False) -> Path | None:
    """Send the program's log to the rotating file; returns the file, or None if it cannot be written.

    Called again (another command in the same process) it only moves the file if the log folder changed.
    A log folder that cannot be written must not stop the program: it then runs without a log file.
    """
    root = logging.getLogger()
    try:
        path = log_file()
    except OSError:
        return None
    handler = _installed(root)
    if handler is None or Path(handler.baseFilename) != path.absolute():
        if handler is not None:
            root.removeHandler(handler)
            handler.close()
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=KEPT_FILES, encoding="utf-8", delay=True
        )
        handler.setFormatter(logging.Formatter(FORMAT))
        handler.oend_log = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    level = logging.DEBUG if debug else logging.INFO
    handler.setLevel(level)
    log.setLevel(level)
    return path


def log_bug(message: str, error: BaseException) -> None:
    """Record a bug with its traceback."""
    log.critical(message, exc_info=(type(error), error, error.__traceback__))
