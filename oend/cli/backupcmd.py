"""``oend backup`` and ``oend restore``."""

from __future__ import annotations

import argparse
from pathlib import Path

from oend.cli.session import open_for_cli
from oend.errors import DatabaseError
from oend.model.codes import Role
from oend.services import backup


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    take = commands.add_parser("backup", help="back up the database now (into backups/ beside it)")
    take.add_argument(
        "--keep-days",
        type=int,
        help=f"administrators: then delete backups older than this (at least {backup.MIN_KEEP_DAYS}; "
        f"default {backup.DEFAULT_KEEP_DAYS}; the newest {backup.MIN_KEEP_NEWEST} always stay)",
    )
    take.add_argument("--list", action="store_true", help="list the backups instead of taking one")
    take.set_defaults(handler=take_backup)
    restore = commands.add_parser("restore", help="replace the database with a backup (the current file is kept)")
    restore.add_argument("backup", type=Path, help="the backup file")
    restore.set_defaults(handler=restore_backup)


def take_backup(args: argparse.Namespace) -> int:
    with open_for_cli(args) as ctx:
        if ctx.db.path is None:
            raise DatabaseError("a server database is backed up on the server (pg_dump), not by the app")
        if args.list:
            for item in backup.list_backups(ctx.db.path):
                print(f"{item.taken_at:%Y-%m-%d %H:%M} UTC  {item.size / 1e6:8.1f} MB  {item.path}")
            return 0
        path = backup.backup_now(ctx.db, ctx.actor, keep_days=args.keep_days)
    print(f"backed up to {path}")
    return 0


def restore_backup(args: argparse.Namespace) -> int:
    with open_for_cli(args) as ctx:
        ctx.actor.require_role(Role.ADMINISTRATOR)
        if ctx.db.path is None:
            raise DatabaseError("a server database is restored on the server, not by the app")
        ctx.db.close()  # every connection closed before the file is replaced
        done = backup.restore(ctx.db.path, args.backup, key=ctx.db.key, actor=ctx.actor)
    print(f"restored {done.restored_from}; the previous database was kept as {done.set_aside}")
    return 0
