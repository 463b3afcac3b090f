"""Sorting the database's failures into the environment's, said in plain words, and the program's bugs.

A busy database, a full disk, a read-only folder, a damaged file or a server that does not answer are not
bugs: the user can do something about each. The engine's ``handle_error`` hook turns those driver errors
into a ``DatabaseError`` subclass naming what to do, wherever the statement ran (a service, a query, a page).
A unique value that another user saved a moment before (two staff enrolling one participant code at once,
after both were checked free) becomes a ``DuplicateValue``: a field error naming the service's field.
Everything else (a syntax error, a constraint the code should have checked) stays a bug and reaches the log.
(After qutebrowser's ``misc/sql.py``, which sorts SQLite's error codes the same way.)
"""

from __future__ import annotations

import sqlite3
from functools import cache
from typing import Any

from sqlalchemy import Engine, UniqueConstraint, event
from sqlalchemy.engine import ExceptionContext

from oend.errors import DatabaseError, FieldError, ValidationError
from oend.model import Base


class DatabaseBusy(DatabaseError):
    """Another program held the write lock for longer than the busy time-out."""


class DiskFull(DatabaseError):
    """The disk (or the folder's quota) has no room for the write."""


class ReadOnly(DatabaseError):
    """The file or its folder cannot be written."""


class Damaged(DatabaseError):
    """The file is not a readable database (damaged, truncated, or not a database at all)."""


class ServerUnavailable(DatabaseError):
    """The database server did not answer in time, or the connection to it broke."""


class DuplicateValue(ValidationError):
    """A unique value was saved by someone else between the service's check and its write."""

    def __init__(self, constraint: str, field: str) -> None:
        self.constraint = constraint
        super().__init__([FieldError(field, DUPLICATE_TEXT)])


# SQLite's primary result codes (sqlite3.h); the driver carries the extended code on the exception.
_SQLITE_BUSY = {5, 6}  # SQLITE_BUSY, SQLITE_LOCKED
_SQLITE_FULL = {13}
_SQLITE_READ_ONLY = {8, 23}  # SQLITE_READONLY, SQLITE_AUTH (a read-only open)
_SQLITE_DAMAGED = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB
_SQLITE_CANT_OPEN = {14}  # SQLITE_CANTOPEN
_SQLITE_IO = {10}  # SQLITE_IOERR: on Linux a full disk often shows as a write I/O error

BUSY_TEXT = "the database is busy: another program (perhaps an import or a second window) is writing to it; try again"
FULL_TEXT = "the disk is full: free some space (or choose another folder), then try again; nothing was saved"
READ_ONLY_TEXT = "the database cannot be written here (the file or its folder is read-only); nothing was saved"
DAMAGED_TEXT = "the database file cannot be read (it is damaged, or not an OEND database): restore a backup"
CANT_OPEN_TEXT = "the database file cannot be opened: its folder is missing or cannot be written"
IO_TEXT = "the disk could not be written or read (it may be full or removed); nothing was saved"
SERVER_TEXT = "the database server did not answer in time: check the network, then try again"
SLOW_TEXT = "the database server took too long to answer (it may be overloaded): try again later"
SERVER_BUSY_TEXT = "the database server is busy: someone else is saving the same records; try again"
DUPLICATE_TEXT = "is already in use: someone else saved the same value a moment ago; nothing was saved"

#: The service's field for a unique constraint where it is not the constraint's last column.
UNIQUE_FIELDS = {"uq_attendance_session_id": "attendees"}
_SQLITE_UNIQUE = "UNIQUE constraint failed: "


def _sqlite_code(error: BaseException) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF  # the primary code of an extended one
    text = str(error).lower()  # sqlcipher3 builds older than the attribute: fall back to the message
    for needle, primary in (
        ("database is locked", 5),
        ("database or disk is full", 13),
        ("readonly database", 8),
        ("malformed", 11),
        ("file is not a database", 26),
        ("unable to open database file", 14),
        ("disk i/o error", 10),
    ):
        if needle in text:
            return primary
    return None


def _is_sqlite(error: BaseException) -> bool:
    return isinstance(error, sqlite3.Error) or type(error).__module__.startswith("sqlcipher3")


def environment_failure(error: BaseException) -> DatabaseError | None:
    """The plain-words error for a driver ``error`` the environment caused; None for a bug."""
    if isinstance(error, DatabaseError):
        return error
    if _is_sqlite(error):
        return _sqlite_failure(_sqlite_code(error))
    return _server_failure(error)


def _sqlite_failure(code: int | None) -> DatabaseError | None:
    if code in _SQLITE_BUSY:
        return DatabaseBusy(BUSY_TEXT)
    if code in _SQLITE_FULL:
        return DiskFull(FULL_TEXT)
    if code in _SQLITE_READ_ONLY:
        return ReadOnly(READ_ONLY_TEXT)
    if code in _SQLITE_DAMAGED:
        return Damaged(DAMAGED_TEXT)
    if code in _SQLITE_CANT_OPEN:
        return ReadOnly(CANT_OPEN_TEXT)
    if code in _SQLITE_IO:
        return DiskFull(IO_TEXT)
    return None


def _server_failure(error: BaseException) -> DatabaseError | None:
    """psycopg's errors by SQLSTATE class: connection lost (08), out of resources (53), time-outs (57014)."""
    state = getattr(error, "sqlstate", None) or ""
    module = type(error).__module__
    if not module.startswith("psycopg"):
        return None
    if state == "57014" and type(error).__name__ == "QueryCanceled":
        return ServerUnavailable(SLOW_TEXT)  # the statement time-out
    if state in ("55P03", "40P01"):  # the lock time-out, a deadlock: another writer holds the rows
        return DatabaseBusy(SERVER_BUSY_TEXT)
    lost = state.startswith("08") or state in ("", "57P01", "57P02", "57P03")
    if lost and type(error).__name__ in ("OperationalError", "QueryCanceled", "AdminShutdown", "ConnectionTimeout"):
        return ServerUnavailable(SERVER_TEXT)
    if state.startswith("53"):
        return DiskFull("the database server is out of room (disk or memory): tell the server's administrator")
    if state == "25006":
        return ReadOnly("the database server is read-only at the moment: tell the server's administrator")
    return None


@cache
def unique_constraints() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Name -> (table, columns) of every unique constraint of the schema (SQLite reports only the columns)."""
    return {
        str(constraint.name): (table.name, tuple(c.name for c in constraint.columns))
        for table in Base.metadata.tables.values()
        for constraint in table.constraints
        if isinstance(constraint, UniqueConstraint)
    }


def _violated_constraint(error: BaseException) -> str | None:
    """The name of the unique constraint ``error`` reports, if it reports one."""
    if type(error).__name__ == "UniqueViolation":  # psycopg, SQLSTATE 23505
        return getattr(getattr(error, "diag", None), "constraint_name", None)
    text = str(error)
    if not (_is_sqlite(error) and text.startswith(_SQLITE_UNIQUE)):
        return None
    columns = [column.strip().partition(".") for column in text.removeprefix(_SQLITE_UNIQUE).split(",")]
    where = (columns[0][0], tuple(name for _, _, name in columns))
    return next((name for name, known in unique_constraints().items() if known == where), None)


def duplicate_value(error: BaseException) -> DuplicateValue | None:
    """The field error for a unique value someone else saved first; None for any other error (a primary key, a bug)."""
    name = _violated_constraint(error)
    if name not in unique_constraints():
        return None
    _, columns = unique_constraints()[name]
    return DuplicateValue(name, UNIQUE_FIELDS.get(name, columns[-1]))


def install(engine: Engine) -> None:
    """Make every statement on ``engine`` raise the plain-words error for the environment's failures, and the field
    error for a unique value someone else saved first."""

    @event.listens_for(engine, "handle_error")
    def _sorted(context: ExceptionContext) -> Any:
        if context.is_pre_ping:  # the pool replaces a dropped connection itself; a failed reconnect comes here again
            return None
        error = context.original_exception
        failure: Exception | None = environment_failure(error) or duplicate_value(error)
        if failure is not None:
            raise failure from context.original_exception
        return None
