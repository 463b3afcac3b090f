"""``oend db``: schema upgrade and integrity check."""

from __future__ import annotations

import argparse

from oend.cli.session import open_for_cli
from oend.db import migrate
from oend.services import maintenance


def register(commands: argparse._SubParsersAction) -> None:
    db = commands.add_parser("db", help="upgrade or check the database")
    sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    up = sub.add_parser("upgrade", help="bring the database schema up to date (a copy is kept first)")
    up.set_defaults(handler=upgrade)
    check = sub.add_parser("check", help="check the database's integrity and consistency")
    check.set_defaults(handler=check_db)


def upgrade(args: argparse.Namespace) -> int:
    with open_for_cli(args) as ctx:
        print(f"database is at schema revision {migrate.current_revision(ctx.db.engine)} (current)")
    return 0


def check_db(args: argparse.Namespace) -> int:
    with open_for_cli(args) as ctx, ctx.db.session() as session:
        problems = maintenance.check(session)
    if problems:
        for problem in problems:
            print(f"problem: {problem}")
        return 1
    print("ok: integrity check passed, stock and references are consistent, rights and audit trail verified")
    return 0
