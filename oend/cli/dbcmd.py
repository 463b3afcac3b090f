"""``oend db``: schema upgrade, integrity check, a new database key."""

from __future__ import annotations

import argparse

from oend.cli.keychange import report_key_change, show_percent
from oend.cli.session import open_for_cli
from oend.config import database_target
from oend.db import migrate, open_database
from oend.db.roles import grant_app_role
from oend.errors import OendError
from oend.services import maintenance, rekey


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = commands.add_parser("db", help="upgrade or check the database")
    sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    up = sub.add_parser("upgrade", help="bring the database schema up to date (a copy is kept first)")
    up.set_defaults(handler=upgrade)
    check = sub.add_parser("check", help="check the database's integrity and consistency")
    check.set_defaults(handler=check_db)
    grant = sub.add_parser(
        "grant", help="on a server, as the tables' owner: let the app's role use them, the audit trail append-only"
    )
    grant.add_argument("app_role", metavar="ROLE", help="the role the app connects as")
    grant.set_defaults(handler=grant_app)
    rekey_cmd = sub.add_parser("rekey", help="encrypt the database and its backups with a new key (administrators)")
    rekey_cmd.set_defaults(handler=rekey_db)


def upgrade(args: argparse.Namespace) -> int:
    with open_for_cli(args) as ctx:
        print(f"database is at schema revision {migrate.current_revision(ctx.db.engine)} (current)")
    return 0


def check_db(args: argparse.Namespace) -> int:
    with open_for_cli(args) as ctx, ctx.db.session() as session:
        keyring = ctx.signed_in.keyring if ctx.signed_in is not None else None
        problems = maintenance.check(session, keyring.file if keyring is not None else None)
    if problems:
        for problem in problems:
            print(f"problem: {problem}")
        return 1
    print("ok: integrity check passed, stock and references are consistent, rights and audit trail verified")
    return 0


def grant_app(args: argparse.Namespace) -> int:
    target = database_target(args.database)
    db = open_database(target)
    try:
        if db.is_sqlite:
            raise OendError("roles are a server's: a database file has none")
        with db.engine.begin() as conn:
            grant_app_role(conn, args.app_role)
    finally:
        db.close()
    print(f"{args.app_role} may now use the database; the audit trail is append-only for it")
    return 0


def rekey_db(args: argparse.Namespace) -> int:
    with open_for_cli(args) as ctx:
        signed = ctx.signed_in
        if signed is None or signed.keyring is None:
            raise OendError("only an encrypted database file has a key to change")
        progress = show_percent("re-encrypting with a new key")
        change = rekey.change_database_key(
            ctx.db, signed.keyring, ctx.actor, instance_lock=signed.instance_lock, progress=progress
        )
        signed.keyring = change.keyring
    report_key_change(change)
    return 0
