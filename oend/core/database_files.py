"""A database's files on disk: where the SQLite file and its key file lie, and whether the file is plain SQLite.

Answered from the files alone, without SQLAlchemy or the model, so the app can choose its first window
(the sign-in or the set-up) before it loads the database code.
"""

from __future__ import annotations

from pathlib import Path

from oend.config import is_url

SQLITE_HEADER = b"SQLite format 3\x00"


def sqlite_path(target: str) -> Path | None:
    """The SQLite file ``target`` names (a path or a ``sqlite:`` URL); None for a server."""
    if not is_url(target):
        return Path(target).expanduser()
    if target.startswith("sqlite"):
        from sqlalchemy.engine import make_url  # only a URL needs its parser: a plain path loads no SQLAlchemy

        return Path(make_url(target).database or "")
    return None


def key_file_for(db_path: Path) -> Path:
    """The key file beside an encrypted SQLite file: the database key, wrapped once for each user."""
    return db_path.with_name(db_path.name + ".keys")


def file_is_plaintext(path: Path) -> bool:
    """True for an unencrypted SQLite file (its header is readable); False for encrypted, empty or missing."""
    try:
        with open(path, "rb") as f:
            return f.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except FileNotFoundError:
        return False
