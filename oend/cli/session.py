"""Opening the database for one command-line run, signed in as a user.

Credentials come from ``OEND_USER`` / ``OEND_PASSWORD`` for scripted use, otherwise the command asks
(the password without echo). A database with no accounts yet (a plain file or server database nobody
has set up) opens without signing in, with a reminder that ``oend setup`` protects it.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from oend.config import database_target
from oend.core.actor import Actor
from oend.db import Database, open_database
from oend.errors import OendError
from oend.services import accounts
from oend.services.accounts import DemoCredentials, SignedIn
from oend.services.device import device_id

USER_VARIABLE = "OEND_USER"
PASSWORD_VARIABLE = "OEND_PASSWORD"


@dataclass
class CliContext:
    db: Database
    actor: Actor
    signed_in: SignedIn | None = None  # None for a database that has no accounts yet


def ask(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise OendError(f"{prompt.rstrip(': ')} is needed: set {USER_VARIABLE} and {PASSWORD_VARIABLE}")
    return input(prompt)


def ask_secret(prompt: str, variable: str | None = None) -> str:
    """A secret from ``variable`` when set, else typed without echo."""
    if variable and os.environ.get(variable):
        return os.environ[variable]
    if not sys.stdin.isatty():
        hint = f": set {variable}" if variable else ""
        raise OendError(f"{prompt.rstrip(': ')} is needed and there is no terminal to ask on{hint}")
    return getpass.getpass(prompt)


def ask_new_password(variable: str) -> str:
    """A new password from ``variable``, or typed twice."""
    if os.environ.get(variable):
        return os.environ[variable]
    first = ask_secret("New password: ")
    if ask_secret("Repeat it: ") != first:
        raise OendError("the two passwords differ")
    return first


def credentials(target: str) -> tuple[str, str]:
    """The environment's credentials, else a demo database's published login, else asked for."""
    if not os.environ.get(USER_VARIABLE) and (demo := accounts.demo_login(target)) is not None:
        return demo
    username = os.environ.get(USER_VARIABLE) or ask("Username: ")
    return username, ask_secret("Password: ", PASSWORD_VARIABLE)


@contextmanager
def open_for_cli(args: argparse.Namespace, login: DemoCredentials | None = None) -> Iterator[CliContext]:
    """The database for this command, signed in with ``login`` or the user's credentials."""
    target = database_target(args.database)
    if login is None and not accounts.is_set_up(target):
        db = open_database(target)
        print("oend: this database has no accounts yet; run `oend setup` to protect it", file=sys.stderr)
        try:
            yield CliContext(db=db, actor=Actor.system(device_id(db), "cli"))
        finally:
            db.close()
        return
    username, password = login if login is not None else credentials(target)
    signed = accounts.sign_in(target, username, password)
    for notice in signed.notices:
        print(f"oend: warning: {notice}", file=sys.stderr)
    try:
        yield CliContext(db=signed.db, actor=signed.actor, signed_in=signed)
    finally:
        accounts.sign_out(signed)
