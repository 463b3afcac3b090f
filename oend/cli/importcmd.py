"""``oend import roster`` and ``oend import history``: the spreadsheets a program already has, brought in.

Both check every row first and print each refused row by its row number in the file; ``--dry-run`` stops
there. A roster enrols its good rows (re-importing it changes nothing); a history file is written whole or
not at all (see ``oend.services.history_import`` for why).
"""

from __future__ import annotations

import argparse
import uuid
from collections.abc import Sequence
from pathlib import Path

from oend.cli.session import open_for_cli
from oend.errors import FieldError, ValidationError


def mapping_option(text: str) -> tuple[str, str]:
    """``FIELD=COLUMN`` as given to ``--map``."""
    target, sep, header = text.partition("=")
    if not sep or not target.strip() or not header.strip():
        raise argparse.ArgumentTypeError(f"'{text}' is not FIELD=COLUMN (e.g. code=DIN)")
    return target.strip(), header.strip()


def _file_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="an .xlsx or .csv file")
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        type=mapping_option,
        metavar="FIELD=COLUMN",
        help="read FIELD from the file's COLUMN (repeatable; remembered for the next file)",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="check every row and say what would happen; write nothing"
    )


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imp = commands.add_parser("import", help="import a roster or a program's history from a spreadsheet")
    sub = imp.add_subparsers(dest="import_command", metavar="WHAT", required=True)
    roster = sub.add_parser("roster", help="enrol the people on a roster (XLSX or CSV)")
    _file_options(roster)
    roster.add_argument("--site", metavar="CODE", help="home site of the people enrolled")
    roster.add_argument("--category", help="participant category for rows that give none (e.g. leaving_custody)")
    roster.add_argument("--session", type=uuid.UUID, help="also record everyone as attending this training session")
    roster.set_defaults(handler=run_import_roster)
    history = sub.add_parser(
        "history", help="import training sessions, hand-outs or reversal reports a program kept in a spreadsheet"
    )
    history.add_argument("kind", choices=("sessions", "dispensings", "reversals"), help="what the file holds")
    _file_options(history)
    history.set_defaults(handler=run_import_history)


def print_refusals(errors: Sequence[FieldError]) -> None:
    for error in errors:
        print(f"refused: {error}")


def run_import_roster(args: argparse.Namespace) -> int:
    from oend.exchange.roster_import import guess_mapping, read_roster, validate_roster
    from oend.reporting.engine import resolve_sites
    from oend.services.roster_import import import_roster

    given = dict(args.map)
    roster = read_roster(args.file, hints=given.values())
    with open_for_cli(args) as ctx, ctx.db.session() as session:
        with session.begin():
            site_id = resolve_sites(session, [args.site])[0].id if args.site else None
            guessed = guess_mapping(session, roster.headers)
            mapping = {f: h for f, h in guessed.items() if h not in given.values()} | given
            print(f"headers on row {roster.header_row}")
            print("columns: " + ", ".join(f"{field} <- '{header}'" for field, header in mapping.items()))
            preview = validate_roster(session, ctx.actor, roster, mapping, default_category=args.category)
        print_refusals(preview.errors)
        print(
            f"{len(preview.new)} to enrol, {len(preview.existing)} already enrolled,"
            f" {len(preview.refused_rows)} rows refused"
        )
        if args.dry_run:
            print("dry run: nothing written")
            return 1 if preview.errors else 0
        try:
            with session.begin():
                result = import_roster(
                    session, ctx.actor, preview, home_site_id=site_id, training_session_id=args.session
                ).record
        except ValidationError as exc:
            print_refusals(exc.errors)
            print("nothing imported")
            return 2
    print(f"imported: {result.created} enrolled, {result.matched} matched, {result.attended} added to the session")
    return 1 if preview.errors else 0


def run_import_history(args: argparse.Namespace) -> int:
    from oend.exchange.history_import import guess_history_mapping, read_history, validate_history
    from oend.services.history_import import file_digest, import_history

    given = dict(args.map)
    sheet = read_history(args.kind, args.file, hints=given.values())
    mapping = guess_history_mapping(args.kind, sheet.headers, given)
    print(f"headers on row {sheet.header_row}")
    print("columns: " + ", ".join(f"{field} <- '{header}'" for field, header in mapping.items()))
    with open_for_cli(args) as ctx, ctx.db.session() as session:
        try:
            with session.begin():
                preview = validate_history(session, args.kind, sheet, mapping)
                result = import_history(
                    session, ctx.actor, preview, file_digest(args.file), dry_run=args.dry_run
                ).record
        except ValidationError as exc:
            print_refusals(exc.errors)
            refused = len({e.row for e in exc.errors if e.row})
            if refused:
                print(f"{refused} rows refused: nothing imported (correct them and import the whole file again)")
            return 2
    verb = "would import" if result.dry_run else "imported"
    print(
        f"{verb} {result.records} {result.kind} from {result.rows} rows"
        + (" (dry run: nothing written)" if result.dry_run else "")
    )
    return 0
