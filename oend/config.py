"""Where things live: the per-user data and log directories and the database location.

The database is, in order: the ``--database`` option, the ``OEND_DATABASE`` environment
variable, or ``oend.db`` in the per-user data directory (platformdirs picks it per OS).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "oend"
APP_AUTHOR = "OEND"


def data_dir() -> Path:
    """The per-user data directory, created on first use (``OEND_HOME`` overrides it)."""
    override = os.environ.get("OEND_HOME")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    """The per-user folder of log files, created on first use (``logs`` in ``OEND_HOME`` when that is set)."""
    override = os.environ.get("OEND_HOME")
    path = Path(override) / "logs" if override else Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_target(option: str | None = None) -> str:
    """The database the user asked for: a file path or a SQLAlchemy URL."""
    return option or os.environ.get("OEND_DATABASE") or str(data_dir() / "oend.db")


def is_url(target: str) -> bool:
    """True when ``target`` is a SQLAlchemy URL rather than a file path."""
    return "://" in target
