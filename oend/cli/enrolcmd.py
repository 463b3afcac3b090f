"""``oend program enrol-laptop`` and ``oend program join``: a new laptop joins the program from a file, or
from the program's server."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from oend.cli.keychange import print_recovery_key
from oend.cli.session import ask_secret, open_for_cli
from oend.config import database_target
from oend.services import enrolment
from oend.services.published_enrolment import join_from_server, publish_enrolment
from oend.services.sync import server
from oend.services.sync.server_address import EXAMPLE, checked_address, open_server

PASSPHRASE_VARIABLE = "OEND_ENROL_PASSPHRASE"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser("program", help="enrol a laptop in the program, or join one")
    actions = group.add_subparsers(dest="program_action", metavar="ACTION", required=True)
    enrol = actions.add_parser(
        "enrol-laptop",
        help="write a new laptop's enrolment file, or leave it on the server (administrators); prints a passphrase",
    )
    where = enrol.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", type=Path, metavar="FILE", help="the enrolment file to write")
    where.add_argument(
        "--server",
        metavar="URL",
        help=f"leave the enrolment on the program's server, such as {EXAMPLE}, and send it this laptop's changes",
    )
    enrol.add_argument(
        "--account", action="append", required=True, metavar="USER", help="who signs in on that laptop (repeatable)"
    )
    enrol.set_defaults(handler=enrol_laptop)
    join = actions.add_parser(
        "join",
        help=f"set this laptop up from an enrolment file or the server (passphrase asked, or ${PASSPHRASE_VARIABLE})",
    )
    source = join.add_mutually_exclusive_group(required=True)
    source.add_argument("file", type=Path, nargs="?", help="the enrolment file")
    source.add_argument("--server", metavar="URL", help="join from the enrolment left on the program's server")
    join.add_argument("--passphrase-stdin", action="store_true", help="read the passphrase from standard input")
    join.set_defaults(handler=join_program)


def enrol_laptop(args: argparse.Namespace) -> int:
    if args.server is not None:
        return _publish(args)
    with open_for_cli(args) as ctx, ctx.db.transaction() as session:
        keyring = ctx.signed_in.keyring if ctx.signed_in else None
        written = enrolment.write_enrolment(session, ctx.actor, keyring, args.out, args.account).record
    print(f"wrote the enrolment file {written.path} for {', '.join(written.usernames)} ({written.changes} changes)")
    _print_passphrase(written.passphrase)
    return 0


def _publish(args: argparse.Namespace) -> int:
    address = checked_address(args.server)
    with open_for_cli(args) as ctx:
        reached = open_server(address, ctx.db.home)
        try:
            with ctx.db.transaction() as session:
                keyring = ctx.signed_in.keyring if ctx.signed_in else None
                published = publish_enrolment(session, ctx.actor, keyring, reached, args.account).record
            sent = server.push(ctx.db, reached, ctx.actor)  # the accounts and records the new laptop pulls
        finally:
            reached.close()
    print(
        f"sent {sent.changes} changes; the enrolment for {', '.join(published.usernames)} waits on {published.server}"
    )
    _print_passphrase(published.passphrase)
    return 0


def _print_passphrase(passphrase: str) -> None:
    print("its passphrase (tell it in person, never with the file or in a message):")
    print(f"    {passphrase}")


def join_program(args: argparse.Namespace) -> int:
    if args.passphrase_stdin:
        passphrase = sys.stdin.readline().strip()
    else:
        passphrase = ask_secret("Passphrase: ", PASSPHRASE_VARIABLE)
    target = database_target(args.database)
    if args.server is None:
        joined = enrolment.join_program(target, args.file, passphrase)
    else:
        reached = open_server(checked_address(args.server), None)
        try:
            joined = join_from_server(target, reached, passphrase)
        finally:
            reached.close()
    print(f"joined {joined.program_name or 'the program'} in {joined.target} ({joined.changes} changes)")
    print(
        f"who can sign in here: {', '.join(joined.usernames)}, with the password they have on the coordinator's laptop"
    )
    print_recovery_key(joined.recovery_key)
    return 0
