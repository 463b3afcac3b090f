"""``oend demo``: fill a new database with realistic generated data of a chosen size."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from oend import staging
from oend.cli.arguments import iso_date
from oend.cli.session import open_for_cli
from oend.config import database_target, is_url
from oend.core.database_files import key_file_for
from oend.demo.spec import EVENTS_PER_PARTICIPANT, DemoSpec
from oend.services import accounts
from oend.services.demo import DemoProgress, DemoSummary, generate_demo


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = commands.add_parser(
        "demo",
        help="fill a new database with realistic demo data",
        description=(
            "Generate sites, staff, stock, participants, trainings, kits, refills and reversal reports "
            "spread over several years. Events follow from participants: about "
            f"{EVENTS_PER_PARTICIPANT:g} per participant, so 300,000 participants make some 2 million."
        ),
    )
    demo.add_argument("--participants", type=int, default=2000, metavar="N", help="participants (default 2000)")
    demo.add_argument("--years", type=int, default=6, metavar="N", help="years of history up to today (default 6)")
    demo.add_argument("--seed", type=int, default=1, help="random seed: the same seed gives the same data")
    demo.add_argument(
        "--events-per-participant",
        type=float,
        default=EVENTS_PER_PARTICIPANT,
        metavar="X",
        help=f"trainings attended, kits and reversals per participant (default {EVENTS_PER_PARTICIPANT:g})",
    )
    demo.add_argument("--end", type=iso_date, metavar="YYYY-MM-DD", help="last day (default today)")
    demo.set_defaults(handler=run_demo)


def _show_progress(progress: DemoProgress) -> None:
    rate = progress.events / progress.seconds if progress.seconds else 0.0
    print(
        f"\r  {progress.day.isoformat()}  {progress.events:,} of about {progress.target_events:,} events"
        f"  ({rate:,.0f}/s)",
        end="",
        file=sys.stderr,
        flush=True,
    )


def _aside(target: str) -> Path | None:
    """Where a new demo database file is built, hidden beside its place; None to build in place.

    A database that exists already (or a server's) is filled where it is: the service refuses one holding data.
    """
    if is_url(target) or Path(target).exists() or key_file_for(Path(target)).exists():
        return None
    aside = staging.new_path(Path(target))
    aside.unlink()  # only the name is needed: set-up makes a new file there
    return aside


def _move_into_place(aside: Path, target: Path) -> None:
    """The finished database under its name: its key file and any log first, the database file last."""
    for companion in (key_file_for, lambda p: p.with_name(p.name + "-wal"), lambda p: p.with_name(p.name + "-shm")):
        if companion(aside).exists():
            os.replace(companion(aside), companion(target))
    os.replace(aside, target)


def run_demo(args: argparse.Namespace) -> int:
    spec = DemoSpec(
        participants=args.participants,
        years=args.years,
        seed=args.seed,
        end=args.end,
        events_per_participant=args.events_per_participant,
    )
    target = database_target(args.database)
    aside = _aside(target)
    try:
        summary = _generate(argparse.Namespace(**{**vars(args), "database": str(aside or target)}), spec)
        if aside is not None:
            _move_into_place(aside, Path(target))
    finally:
        if aside is not None:
            staging.discard(aside)  # a run that failed or was stopped leaves no half-built database
    for table, count in summary.counts.items():
        print(f"  {table:<18} {count:>12,}")
    print(
        f"{summary.events:,} events (kits, training attendance, reversals) in {summary.seconds:.1f} s"
        f" = {summary.events_per_second:,.0f} events/s"
    )
    return 0


def _generate(args: argparse.Namespace, spec: DemoSpec) -> DemoSummary:
    login = accounts.ensure_demo_admin(args.database)
    if login is not None:
        print(f"demo administrator: {login.username}  password: {login.password}  (shown only now)")
    with open_for_cli(args, login=login) as ctx:
        start, end = spec.period()
        print(f"generating {spec.participants:,} participants from {start} to {end} (seed {spec.seed})", flush=True)
        try:
            return generate_demo(ctx.db, ctx.actor, spec, progress=_show_progress)
        finally:
            print(file=sys.stderr)  # ends the progress line, so what follows starts on its own
