"""One place that knows how to open a database, SQLite file or PostgreSQL URL.

The caller owns the unit of work: ``with db.session() as s, s.begin(): ...`` is one user action.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from oend.config import is_url
from oend.db import migrate
from oend.errors import DatabaseError

SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA synchronous=FULL",
    "PRAGMA busy_timeout=5000",
    "PRAGMA cache_size=-65536",  # 64 MiB page cache: the statewide queries read a lot
    "PRAGMA temp_store=MEMORY",
)


@dataclass
class Database:
    """An open database: its engine and the factory of sessions over it."""

    engine: Engine
    sessions: sessionmaker[Session]
    path: Path | None  # the SQLite file, or None for a server database

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def session(self) -> Session:
        return self.sessions()

    def close(self) -> None:
        self.engine.dispose()


def sqlite_connector(path: Path, key: bytes | None) -> Callable[[], Any]:
    """A DBAPI connection factory for ``path``; with ``key``, a SQLCipher connection opened by raw key.

    A raw 32-byte key skips SQLCipher's per-connection key derivation (about 1 ms to open).
    """

    def connect() -> Any:
        if key is None:
            conn = sqlite3.connect(str(path), check_same_thread=False)
        else:
            import sqlcipher3

            conn = sqlcipher3.connect(str(path), check_same_thread=False)
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.isolation_level = None  # SQLAlchemy emits BEGIN itself (see _begin)
        for pragma in SQLITE_PRAGMAS:
            conn.execute(pragma)
        return conn

    return connect


def _sqlite_engine(path: Path, key: bytes | None) -> Engine:
    module: Any = sqlite3
    if key is not None:
        import sqlcipher3

        module = sqlcipher3.dbapi2
    engine = create_engine("sqlite+pysqlite://", creator=sqlite_connector(path, key), module=module)

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # pysqlite's own transaction handling defers BEGIN and breaks SAVEPOINT; do it explicitly.
        conn.exec_driver_sql("BEGIN")

    return engine


def open_database(target: str, *, key: bytes | None = None, upgrade: bool = True) -> Database:
    """Open ``target`` (a file path or a URL), creating and migrating it to the current schema."""
    try:
        if is_url(target):
            url = make_url(target)
            if url.get_backend_name() == "sqlite":
                path = Path(url.database or "")
                engine = _sqlite_engine(path, key)
            else:
                path = None
                engine = create_engine(url, pool_pre_ping=True)
        else:
            path = Path(target).expanduser()
            path.parent.mkdir(parents=True, exist_ok=True)
            engine = _sqlite_engine(path, key)
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except Exception as exc:  # an unreadable file, a wrong key, a server that does not answer
        raise DatabaseError(f"cannot open the database {target}: {exc}") from exc
    db = Database(engine=engine, sessions=sessionmaker(engine, expire_on_commit=False), path=path)
    if upgrade:
        migrate.upgrade(db.engine, path)
    return db
