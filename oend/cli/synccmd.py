"""``oend sync export``, ``import`` and ``status``: sync files carried between laptops; ``oend sync push`` and
``pull``: the same changes exchanged with the program's PostgreSQL server."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from oend.cli.programcmd import table
from oend.cli.session import open_for_cli
from oend.services.sync import server
from oend.services.sync.apply import ApplyResult
from oend.services.sync.bundles import export_bundle, import_bundle
from oend.services.sync.server_address import EXAMPLE, open_server, server_address
from oend.services.sync.status import status


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser("sync", help="exchange changes with the program's other laptops by file")
    actions = group.add_subparsers(dest="sync_action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write a sync file with what another device has not seen")
    export.add_argument("--out", type=Path, required=True, metavar="FILE", help="the sync file to write")
    export.add_argument(
        "--for", dest="for_peer", metavar="DEVICE", help="the device it is for (default: everything, for everyone)"
    )
    export.set_defaults(handler=export_file)
    read = actions.add_parser("import", help="read a sync file another device wrote (all of it, or none)")
    read.add_argument("file", type=Path)
    read.set_defaults(handler=import_file)
    for name, handler, about in (
        ("push", push, "send the program's server the changes it lacks from this laptop"),
        ("pull", pull, "bring from the program's server the changes this laptop lacks"),
    ):
        exchange = actions.add_parser(name, help=about)
        exchange.add_argument(
            "--server", metavar="URL", help=f"the server, such as {EXAMPLE} (default: the program's sync_server)"
        )
        exchange.set_defaults(handler=handler)
    actions.add_parser("status", help="this device, the devices it has met, conflicts and refusals").set_defaults(
        handler=show_status
    )


def export_file(args: argparse.Namespace) -> int:
    with open_for_cli(args) as ctx, ctx.db.transaction() as session:
        summary = export_bundle(session, ctx.actor, args.out, for_peer=args.for_peer).record
    print(f"wrote {summary.changes} changes for {summary.for_peer or 'every device'} to {summary.path}")
    return 0


def import_file(args: argparse.Namespace) -> int:
    with open_for_cli(args) as ctx, ctx.db.transaction() as session:
        result = import_bundle(session, ctx.actor, args.file).record
    print(outcome(result))
    for reason in result.rejected:
        print(f"refused: {reason}")
    warn_clocks(result)
    return 0


def push(args: argparse.Namespace) -> int:
    return _with_server(args, "sent", server.push)


def pull(args: argparse.Namespace) -> int:
    return _with_server(args, "brought", server.pull)


def _with_server(args: argparse.Namespace, verb: str, exchange: Callable[..., server.SyncOutcome]) -> int:
    """Open the server with this laptop's identity, exchange, and say each batch and the outcome on a line."""
    with open_for_cli(args) as ctx:
        with ctx.db.session() as session:
            address = server_address(session, args.server)
        reached = open_server(address, ctx.db.home)
        try:
            done = exchange(ctx.db, reached, ctx.actor, lambda n, total: print(f"{verb} {n} of {total} changes"))
        finally:
            reached.close()
    print(f"{verb} {done.changes} changes: {outcome(done.result)}")
    for reason in done.result.rejected:
        print(f"refused: {reason}")
    warn_clocks(done.result)
    return 0


def warn_clocks(result: ApplyResult) -> None:
    for device, minutes in result.clocks_ahead.items():
        print(f"warning: the clock of device {device} is {minutes} minutes ahead of this one; its changes were applied")


def outcome(result: ApplyResult) -> str:
    return (
        f"applied {result.applied} changes ({result.already_held} already here, {result.pending} waiting for"
        f" earlier changes, {len(result.rejected)} refused, {result.conflicts} new conflicts to review)"
    )


def _when(at: dt.datetime | None) -> str:
    return f"{at:%Y-%m-%d %H:%M} UTC" if at is not None else "never"


def show_status(args: argparse.Namespace) -> int:
    with open_for_cli(args) as ctx, ctx.db.transaction() as session:
        found = status(session, ctx.actor)
    print(f"this device: {found.device_id}, last synced {_when(found.last_synced)}")
    if found.peers:
        table(
            [
                ("DEVICE", "LAST SYNCED", "WAITING TO GO", "IN A SYNC FILE", "FILE WRITTEN"),
                *(
                    (
                        p.device_id,
                        _when(p.last_synced),
                        p.waiting - p.in_file,
                        p.in_file,
                        _when(p.file_written) if p.in_file else "-",
                    )
                    for p in found.peers
                ),
            ]
        )
    else:
        print("no other device seen yet")
    if found.pending:
        print(f"{found.pending} changes received are waiting for earlier ones")
    print(f"{found.conflict_count} conflicts to review")
    for c in found.conflicts:
        kept, other = f"{c.kept_value!r} ({c.kept_device})", f"{c.other_value!r} ({c.other_device})"
        print(f"  {c.table} {c.row_id} {c.field}: {kept} kept over {other}")
    print(f"{found.rejection_count} changes refused")
    for r in found.rejections:
        where = f" on {r.refused_by}; correct the record here" if r.refused_by else ""
        print(f"  change {r.seq} of {r.device_id} ({r.table} {r.row_id}), refused{where}: {r.reason}")
    return 0
