"""Where the program's sync server is, and opening it: an address a coordinator may store, never a password.

The stored address is a program setting every laptop receives, so it must not carry a secret: the password
comes from ``PGPASSWORD`` or a ``.pgpass`` file, as libpq finds it for any PostgreSQL client.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session

from oend.core.checks import Checks
from oend.db import Database, open_database
from oend.db.database import NewerDatabase
from oend.errors import DatabaseError, OendError
from oend.queries.settings import stored
from oend.queries.sync_status import SYNC_SETTINGS

SETTING = "sync_server"
#: Where the address lives inside the sync settings row.
NAME = "server"
#: An address as a coordinator hands it out: a user name, the server, the program's database.
EXAMPLE = "postgresql://wren@server/oend"
NO_PASSWORD = "must not hold a password: set PGPASSWORD or a .pgpass file on this computer instead"


def check_address(checks: Checks, key: str, value: object) -> str | None:
    """A PostgreSQL address without a password, "" to forget it; each fault is told to ``checks``."""
    if not isinstance(value, str) or len(value.strip()) > 500:
        checks.fail(key, "must be a server address such as {example}", example=EXAMPLE)
        return None
    text = value.strip()
    if not text:
        return ""
    try:
        url = make_url(text)
    except ArgumentError:
        url = None
    if url is None or url.get_backend_name() != "postgresql" or not url.host:
        checks.fail(key, "must be a server address such as {example}", example=EXAMPLE)
        return None
    if url.password is not None:
        checks.fail(key, NO_PASSWORD)
        return None
    return text


def stored_address(session: Session) -> str | None:
    """The program's sync server, when one is set."""
    return stored(session, SYNC_SETTINGS).get(NAME) or None


def server_address(session: Session, given: str | None) -> str:
    """The address given, else the stored one; refused in plain words when there is neither or it is bad."""
    address = given if given is not None else stored_address(session)
    if address is None:
        raise OendError(
            "no sync server is set: give its address, or set it once with `oend settings set {key} {example}`",
            values={"key": SETTING, "example": EXAMPLE},
        )
    return checked_address(address)


def checked_address(address: str) -> str:
    """``address`` when it is a server address without a password; refused in plain words otherwise."""
    checks = Checks()
    checked = check_address(checks, SETTING, address)
    checks.done()
    if not checked:
        raise OendError("no sync server is set: give its address")
    return checked


def open_server(address: str, home: Path | None) -> Database:
    """The server as this laptop reaches it (with this installation's own identity), or a plain refusal."""
    try:
        return open_database(address, home=home)
    except NewerDatabase:
        raise
    except DatabaseError as error:
        raise DatabaseError(
            "the sync server {server} cannot be reached: check its address, that it is running, and the"
            " password in PGPASSWORD or .pgpass",
            values={"server": make_url(address).render_as_string(hide_password=True)},
        ) from error
