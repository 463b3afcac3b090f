"""The command line: parse, call a service, print. ``oend`` with no command opens the desktop app.

Opening the app reads only the global options: the commands' modules, and the services they import,
load only when a command is given, so the desktop app starts without them.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
from collections.abc import Sequence

from oend import __version__
from oend.errors import OendError

COMMAND_GROUPS = ("dbcmd", "reportcmd", "accountscmd", "programcmd", "backupcmd", "democmd")  # modules of oend.cli


def _global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"oend {__version__}")
    parser.add_argument(
        "--database",
        metavar="PATH_OR_URL",
        help="database file or URL (default: $OEND_DATABASE, else oend.db in your data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="oend",
        description=(
            "OEND tracker: record naloxone trainings, kits and overdose reversals, offline first.\n"
            "Run with no command to open the desktop app."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _global_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_GROUPS:
        importlib.import_module(f"oend.cli.{name}").register(commands)
    return parser


def app_options(argv: Sequence[str]) -> argparse.Namespace | None:
    """The global options when ``argv`` holds nothing else (open the app); None when it asks for more.

    Anything else (a command, ``--help``, a mistake) goes to the full parser, which knows every command.
    """
    parser = argparse.ArgumentParser(prog="oend", add_help=False, exit_on_error=False)
    _global_options(parser)
    try:
        options, rest = parser.parse_known_args(argv)
    except argparse.ArgumentError:
        return None
    return None if rest else options


def open_app(database: str | None) -> int:
    """The desktop app, with the garbage collector off while it loads (``run_app`` turns it back on).

    Nearly everything made while the app loads (modules, classes, mappers, Qt wrappers) lives as long
    as the app, so collections during start-up only scan it: they took about a tenth of the time to the
    first window. Once the window is up, those objects are frozen out of the collector's way.
    """
    gc.disable()
    from oend.ui.app import run_app

    return run_app(database)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    options = app_options(arguments)
    if options is not None:
        return open_app(options.database)
    args = build_parser().parse_args(arguments)
    if args.command is None:
        return open_app(args.database)
    try:
        return int(args.handler(args) or 0)
    except OendError as exc:
        print(f"oend: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("oend: interrupted", file=sys.stderr)
        return 130
