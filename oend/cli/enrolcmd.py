"""``oend program enrol-laptop`` and ``oend program join``: a new laptop joins the program from a file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from oend.cli.keychange import print_recovery_key
from oend.cli.session import ask_secret, open_for_cli
from oend.config import database_target
from oend.services import enrolment

PASSPHRASE_VARIABLE = "OEND_ENROL_PASSPHRASE"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser("program", help="enrol a laptop in the program, or join one")
    actions = group.add_subparsers(dest="program_action", metavar="ACTION", required=True)
    enrol = actions.add_parser(
        "enrol-laptop", help="write an enrolment file for a new laptop (administrators); prints its passphrase"
    )
    enrol.add_argument("--out", type=Path, required=True, metavar="FILE", help="the enrolment file to write")
    enrol.add_argument(
        "--account", action="append", required=True, metavar="USER", help="who signs in on that laptop (repeatable)"
    )
    enrol.set_defaults(handler=enrol_laptop)
    join = actions.add_parser(
        "join", help=f"set this laptop up from an enrolment file (passphrase asked, or from ${PASSPHRASE_VARIABLE})"
    )
    join.add_argument("file", type=Path)
    join.add_argument("--passphrase-stdin", action="store_true", help="read the passphrase from standard input")
    join.set_defaults(handler=join_program)


def enrol_laptop(args: argparse.Namespace) -> int:
    with open_for_cli(args) as ctx, ctx.db.transaction() as session:
        keyring = ctx.signed_in.keyring if ctx.signed_in else None
        written = enrolment.write_enrolment(session, ctx.actor, keyring, args.out, args.account).record
    print(f"wrote the enrolment file {written.path} for {', '.join(written.usernames)} ({written.changes} changes)")
    print("its passphrase (tell it in person, never with the file):")
    print(f"    {written.passphrase}")
    return 0


def join_program(args: argparse.Namespace) -> int:
    if args.passphrase_stdin:
        passphrase = sys.stdin.readline().strip()
    else:
        passphrase = ask_secret("Passphrase: ", PASSPHRASE_VARIABLE)
    joined = enrolment.join_program(database_target(args.database), args.file, passphrase)
    print(f"joined {joined.program_name or 'the program'} in {joined.target} ({joined.changes} changes)")
    print(
        f"who can sign in here: {', '.join(joined.usernames)}, with the password they have on the coordinator's laptop"
    )
    print_recovery_key(joined.recovery_key)
    return 0
