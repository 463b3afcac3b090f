"""The command line: parse, call a service, print. ``oend`` with no command opens the desktop app."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from oend import __version__
from oend.cli import accountscmd, backupcmd, dbcmd, democmd, reportcmd
from oend.errors import OendError

COMMAND_GROUPS = (dbcmd, reportcmd, accountscmd, backupcmd, democmd)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="oend",
        description=(
            "OEND tracker: record naloxone trainings, kits and overdose reversals, offline first.\n"
            "Run with no command to open the desktop app."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"oend {__version__}")
    parser.add_argument(
        "--database",
        metavar="PATH_OR_URL",
        help="database file or URL (default: $OEND_DATABASE, else oend.db in your data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in COMMAND_GROUPS:
        group.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from oend.ui.app import run_app

        return run_app(args.database)
    try:
        return int(args.handler(args) or 0)
    except OendError as exc:
        print(f"oend: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("oend: interrupted", file=sys.stderr)
        return 130
