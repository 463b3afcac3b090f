"""Whether a database is set up, answered from its files wherever they tell.

The app asks before its first window: a key file means set up, no plain SQLite file means not yet,
so only a plain file or a server, where the users table alone can tell, loads the database code.
"""

from __future__ import annotations

from oend.core.database_files import file_is_plaintext, key_file_for, sqlite_path


def is_set_up(target: str) -> bool:
    """True when the database has accounts to sign in to (a key file, or users with passwords)."""
    path = sqlite_path(target)
    if path is not None:
        if key_file_for(path).exists():
            return True
        if not file_is_plaintext(path):
            return False
    return _has_passwords(target)


def _has_passwords(target: str) -> bool:
    # Imported here, when the files cannot tell: the answer from the files must not load SQLAlchemy.
    from sqlalchemy import func, select

    from oend.db import open_database
    from oend.model import User

    db = open_database(target)
    try:
        with db.session() as session:
            return bool(session.scalar(select(func.count()).where(User.password_hash.is_not(None))))
    finally:
        db.close()
