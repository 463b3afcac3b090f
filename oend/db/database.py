"""One place that knows how to open a database, SQLite file or PostgreSQL URL.

The caller owns the unit of work: ``with db.transaction() as s: ...`` is one user action that writes;
``with db.session() as s: ...`` only reads.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from oend.config import data_dir, is_url
from oend.core.database_files import file_is_plaintext
from oend.db import bulk_changes, failures, identity
from oend.db.change_capture import IDENTITY
from oend.db.revision import SCHEMA_REVISION, known_revisions
from oend.errors import DatabaseError

#: How long a write waits for another program's write to finish before the user is told the database is busy.
BUSY_TIMEOUT_MS = 10_000
#: The execution option that makes a transaction take SQLite's write lock when it begins.
IMMEDIATE = "oend_immediate"

SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA synchronous=FULL",
    "PRAGMA cache_size=-65536",  # 64 MiB page cache: the statewide queries read a lot
    "PRAGMA temp_store=MEMORY",
    # A REPLACE's implicit delete fires DELETE triggers only with this on: the audit trail's append-only
    # trigger then refuses ``INSERT OR REPLACE`` rewriting an event, as it refuses ``DELETE``.
    "PRAGMA recursive_triggers=ON",
)


@dataclass
class Database:
    """An open database: its engine and the factory of sessions over it."""

    engine: Engine
    sessions: sessionmaker[Session]
    path: Path | None  # the SQLite file, or None for a server database
    key: bytes | None = field(default=None, repr=False)  # the SQLCipher key of an encrypted file
    #: The installation's folder, which keeps its device identity (the user's data folder unless given).
    home: Path | None = None
    _identity: identity.Identity | None = field(default=None, init=False, repr=False)
    _identity_lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    @property
    def is_encrypted(self) -> bool:
        return self.key is not None

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def session(self) -> Session:
        """A session for reading; a write belongs in ``transaction``."""
        return self.sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action that writes: committed when the block ends, rolled back (nothing written) if it raises.

        On SQLite the transaction takes the write lock when it begins (``BEGIN IMMEDIATE``) and so waits its turn
        within the busy time-out. A deferred one that read first could not upgrade once another program had
        committed, and failed at once with "database is locked" whatever the time-out.
        """
        with self.writes() as session, session.begin():
            yield session

    def writes(self) -> Session:
        """A session whose transactions take the write lock when they begin (see ``transaction``).

        Its writes are logged as this device's changes (oend.db.change_capture).
        """
        engine = self.engine.execution_options(**{IMMEDIATE: True})
        return Session(engine, expire_on_commit=False, info={IDENTITY: self.identity})

    @property
    def identity(self) -> identity.Identity:
        """The device writing here and its clock, settled at the first write (oend.db.identity)."""
        with self._identity_lock:
            if self._identity is None:
                with self.engine.execution_options(**{IMMEDIATE: True}).begin() as conn:
                    resolved = identity.resolve(conn, self.home or data_dir())
                    if resolved.new_database:
                        bulk_changes.adopt(conn, resolved)
                self._identity = resolved
            return self._identity

    @property
    def device_id(self) -> str:
        return self.identity.device_id

    def close(self) -> None:
        self.engine.dispose()

    def reopen(self, key: bytes) -> None:
        """After the file was re-encrypted: this Database opens it with ``key`` from now on.

        Everyone holding this object keeps it; the old pool's connections are closed.
        """
        assert self.path is not None, "only a SQLite file is re-encrypted"
        self.engine.dispose()
        self.engine = _sqlite_engine(self.path, key)
        self.sessions.configure(bind=self.engine)
        self.key = key


#: A server that has not answered a connection in this time is reported as unavailable.
SERVER_CONNECT_TIMEOUT_S = 5
#: The longest one statement may run on the server (the statewide reports take seconds, not minutes).
SERVER_STATEMENT_TIMEOUT_MS = 120_000
#: A connection whose server has gone (a lost network, a host switched off) is given up within about 10 s:
#: TCP keepalives probe an idle connection (5 s, then every 2 s, 3 tries); sent data unacknowledged for 10 s fails.
SERVER_KEEPALIVES = {"keepalives": 1, "keepalives_idle": 5, "keepalives_interval": 2, "keepalives_count": 3}
SERVER_TCP_USER_TIMEOUT_MS = 10_000


class NewerDatabase(DatabaseError):
    """The database's schema comes from a newer release than this one: opening it could damage it."""


def apply_key(conn: Any, key: bytes) -> None:
    """Key a fresh SQLCipher connection with the raw 32-byte key (SQLCipher 4 defaults otherwise).

    SQLCipher's own log would print decryption errors on stderr for a wrong key; the caller reports them.
    """
    if len(key) != 32:
        raise ValueError("a database key is 32 bytes")
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")


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
            apply_key(conn, key)
        conn.isolation_level = None  # SQLAlchemy emits BEGIN itself (see _begin)
        for pragma in SQLITE_PRAGMAS:
            conn.execute(pragma)
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        return conn

    return connect


def _sqlite_engine(path: Path, key: bytes | None) -> Engine:
    module: Any = sqlite3
    if key is not None:
        import sqlcipher3

        module = sqlcipher3.dbapi2
    # A file, not memory: a pool of connections (the URL alone would pick one connection per thread,
    # and a second session in the same thread would then share the first one's transaction).
    engine = create_engine(
        "sqlite+pysqlite://", creator=sqlite_connector(path, key), module=module, poolclass=QueuePool
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # pysqlite's own transaction handling defers BEGIN and breaks SAVEPOINT; do it explicitly.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(IMMEDIATE) else "BEGIN")

    failures.install(engine)
    return engine


def _server_engine(url: Any) -> Engine:
    """A PostgreSQL engine that gives up on a server that does not answer within seconds, never hangs.

    ``pool_pre_ping`` replaces a pooled connection the server dropped (restarted, or idle too long) before use.
    """
    engine = create_engine(
        url,
        pool_pre_ping=True,
        connect_args={
            "connect_timeout": SERVER_CONNECT_TIMEOUT_S,
            "options": f"-c statement_timeout={SERVER_STATEMENT_TIMEOUT_MS} -c lock_timeout={BUSY_TIMEOUT_MS}",
            "tcp_user_timeout": SERVER_TCP_USER_TIMEOUT_MS,
            **SERVER_KEEPALIVES,
        },
    )
    failures.install(engine)
    return engine


def _open_failure(target: str, path: Path | None, key: bytes | None, exc: Exception) -> DatabaseError:
    values = {"target": target}
    driver_error = exc.__cause__ if isinstance(exc, DatabaseError) and exc.__cause__ is not None else exc
    if path is not None and "file is not a database" in str(driver_error):
        if key is None and not file_is_plaintext(path):
            return DatabaseError("the database {target} is encrypted: sign in to open it", values=values)
        if key is not None:
            return DatabaseError(
                "the database {target} cannot be opened with this key (wrong key, or not an encrypted database)",
                values=values,
            )
    if isinstance(exc, DatabaseError):  # the environment's failure, already in plain words
        return exc
    return DatabaseError("cannot open the database {target}: {reason}", values={**values, "reason": exc})


def open_database(target: str, *, key: bytes | None = None, upgrade: bool = True, home: Path | None = None) -> Database:
    """Open ``target`` (a file path or a URL), creating and migrating it to the current schema.

    ``home`` is the installation's folder (its device identity); the user's data folder by default.
    """
    try:
        if is_url(target):
            url = make_url(target)
            if url.get_backend_name() == "sqlite":
                path = Path(url.database or "")
                engine = _sqlite_engine(path, key)
            else:
                path = None
                engine = _server_engine(url)
        else:
            path = Path(target).expanduser()
            path.parent.mkdir(parents=True, exist_ok=True)
            engine = _sqlite_engine(path, key)
        with engine.connect() as conn:
            # Reading the schema reads page 1: a wrong key (or a key for a plain file) fails here, not later.
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master" if path is not None else "SELECT 1")
    except Exception as exc:  # an unreadable file, a wrong key, a server that does not answer
        raise _open_failure(target, path, key, exc) from exc
    db = Database(engine=engine, sessions=sessionmaker(engine, expire_on_commit=False), path=path, key=key, home=home)
    stored = stored_revision(db.engine)
    if stored is not None and stored not in known_revisions():
        db.close()
        raise NewerDatabase(
            "the database {target} was made by a newer version of OEND (schema {stored}): install that version "
            "to open it; nothing was changed",
            values={"target": target, "stored": stored},
        )
    if upgrade and stored != SCHEMA_REVISION:
        from oend.db import migrate  # Alembic takes a noticeable part of start-up: load it only to upgrade

        try:
            migrate.upgrade(db.engine, path)
        except BaseException:  # another computer upgrading, a failed migration: no connection is left open
            db.close()
            raise
    return db


def stored_revision(engine: Engine) -> str | None:
    """The schema revision the database records, read without loading Alembic; None for a new database."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
