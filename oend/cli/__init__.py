"""The command line: parse, call a service, print. ``oend`` with no command opens the desktop app.

Opening the app reads only the global options: the commands' modules, and the services they import,
load only when a command is given, so the desktop app starts without them. Global options go before
or after the command. Every start sets up the log file and sweeps away what a killed run left behind;
a command that cannot finish says why on one line (``oend.cli.failures``).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from types import FrameType
from typing import Any, NoReturn

from oend import __version__
from oend.logs import setup_logging
from oend.staging import sweep_leftovers

COMMAND_GROUPS = (
    "dbcmd",
    "reportcmd",
    "importcmd",
    "accountscmd",
    "programcmd",
    "backupcmd",
    "democmd",
    "synccmd",
    "enrolcmd",
)  # modules of oend.cli


class Parser(argparse.ArgumentParser):
    """A mistake in the arguments is said on one line, like every other refusal."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"oend: {message} (see `{self.prog} --help`)\n")


def _global_options(parser: argparse.ArgumentParser, *, after_command: bool = False) -> None:
    """``--database`` and ``--debug``; after the command they default to nothing, so they keep a value given before."""
    unset: dict[str, Any] = {"default": argparse.SUPPRESS} if after_command else {}
    if not after_command:
        parser.add_argument("--version", action="version", version=f"oend {__version__}")
        parser.add_argument(
            "--smoke", action="store_true", help="self-test in a temporary folder (database, certificate, report)"
        )
        parser.add_argument(
            "--check-start", action="store_true", help="open the app's first window, then quit once it is drawn"
        )
    parser.add_argument(
        "--database",
        metavar="PATH_OR_URL",
        help="database file or URL (default: $OEND_DATABASE, else oend.db in your data folder)",
        **unset,
    )
    parser.add_argument("--debug", action="store_true", help="show the traceback of a failure", **unset)


def _commands(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    """Every command and action parser under ``parser``."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in {id(p): p for p in action.choices.values()}.values():
                yield sub
                yield from _commands(sub)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
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
    for command in _commands(parser):
        _global_options(command, after_command=True)
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


def open_app(database: str | None, check_start: bool = False) -> int:
    """The desktop app, with the garbage collector off while it loads (``run_app`` turns it back on).

    Nearly everything made while the app loads (modules, classes, mappers, Qt wrappers) lives as long
    as the app, so collections during start-up only scan it: they took about a tenth of the time to the
    first window. Once the window is up, those objects are frozen out of the collector's way.
    """
    gc.disable()
    from oend.ui.app import run_app

    return run_app(database, check_start=check_start)


@contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """A polite kill (SIGTERM) unwinds like Ctrl+C, so staged files and the demo's second process are cleaned up."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    debug = "--debug" in arguments
    setup_logging(debug=debug)
    sweep_leftovers()
    options = app_options(arguments)
    if options is not None and not options.smoke:
        return open_app(options.database, options.check_start)
    with _terminate_as_interrupt():
        try:
            args = options if options is not None else build_parser().parse_args(arguments)
            if args.smoke:
                from oend.cli.smoke import run_smoke

                return run_smoke()
            if args.command is None:
                return open_app(args.database, args.check_start)
            return int(args.handler(args) or 0)
        except (Exception, KeyboardInterrupt) as error:
            from oend.cli.failures import report_failure

            return report_failure(error, debug=debug)
