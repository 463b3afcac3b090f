"""``oend report``, ``oend certificates`` and ``oend export``: the program's outputs."""

from __future__ import annotations

import argparse
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from oend.cli.arguments import output_file
from oend.cli.session import open_for_cli
from oend.errors import OendError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from oend.reporting.periods import Period


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from oend.exchange.lists import LISTS

    report = commands.add_parser(
        "report",
        help="build a funder report as PDF or XLSX, or check a template",
        usage="oend report -t TEMPLATE -p PERIOD -o OUT [--site CODE]... [--language es] | oend report check FILE"
        " | oend report denominator set NAME -p PERIOD [--area AREA] --value N [--label TEXT]",
    )
    report.add_argument(
        "action",
        nargs="?",
        choices=("check", "denominator"),
        help="check FILE: validate a template, run nothing; denominator set NAME: enter a rate's denominator",
    )
    report.add_argument("file", nargs="?", help="the template (.toml) to check; for denominator: set")
    report.add_argument("name", nargs="?", help="for denominator set: the denominator's name, e.g. people_at_risk")
    report.add_argument("--area", default="all", help="for denominator: a site code, county or region (default all)")
    report.add_argument("--value", type=int, help="for denominator: the figure (leave out to remove it)")
    report.add_argument("--label", help="for denominator: what it counts, e.g. 'People at risk'")
    report.add_argument("--template", "-t", help="template name (e.g. quarterly_oend) or a .toml file")
    report.add_argument("--period", "-p", help="2026Q3, 2026-07, FY2026Q1, FY2026, cumulative, ...")
    report.add_argument("--site", action="append", default=[], metavar="CODE", help="limit to a site (repeatable)")
    report.add_argument("--out", "-o", type=output_file(".pdf", ".xlsx"), help="output file ending in .pdf or .xlsx")
    report.add_argument("--language", choices=("en", "es"), default="en", help="the report's language (default en)")
    report.set_defaults(handler=run_report)

    certs = commands.add_parser("certificates", help="print the certificates of a training session into one PDF")
    certs.add_argument("--session", required=True, type=uuid.UUID, help="the training session's id")
    certs.add_argument("--out", "-o", required=True, type=output_file(".pdf"), help="output PDF")
    certs.set_defaults(handler=run_certificates)

    export = commands.add_parser("export", help="export a list to XLSX or CSV")
    export.add_argument("list", choices=sorted(LISTS), help="which list")
    export.add_argument(
        "--out", "-o", required=True, type=output_file(".xlsx", ".csv"), help="output file ending in .xlsx or .csv"
    )
    export.add_argument("--period", "-p", help="only rows dated in this period")
    export.add_argument("--site", action="append", default=[], metavar="CODE", help="limit to a site (repeatable)")
    export.add_argument("--codes", action="store_true", help="add each coded column's codes beside its labels")
    export.set_defaults(handler=run_export)


def _period(session: Session, text: str) -> Period:
    """The period ``text`` names, with the program's fiscal year; a mistake is refused in plain words."""
    from oend.reporting import settings
    from oend.reporting.periods import Period

    try:
        return Period.parse(text, fiscal_start_month=settings.load(session).fiscal_year_start_month)
    except ValueError as exc:
        raise OendError("--period {text}: {reason}", values={"text": text, "reason": exc}) from exc


def run_check(path: Path | None) -> int:
    """Validate a template file without a database: each problem on its own line, as ``FILE:LINE: key: message``."""
    from oend.reporting.template_format import TemplateError, parse_template

    if path is None:
        raise OendError("name the template file to check: oend report check FILE")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise OendError("cannot read {path}: {reason}", values={"path": path, "reason": exc}) from exc
    try:
        template = parse_template(path.stem, text)
    except TemplateError as error:
        for problem in error.problems:
            where = f"{path}:{problem.row}" if problem.row is not None else str(path)
            print(f"{where}: {problem.field}: {problem.message}")
        print(f"{path}: refused ({len(error.problems)} problem{'s' if len(error.problems) > 1 else ''})")
        return 1
    print(f"{path}: good: '{template.title}', {len(template.tables)} tables")
    return 0


def run_report(args: argparse.Namespace) -> int:
    from oend.services.reports import save_report

    if args.action == "check":
        return run_check(Path(args.file) if args.file else None)
    if args.action == "denominator":
        return run_denominator(args)
    missing = [
        flag
        for flag, value in (("--template", args.template), ("--period", args.period), ("--out", args.out))
        if not value
    ]
    if missing or args.file is not None or args.name is not None:
        raise OendError(
            "a report needs --template, --period and --out (missing: {missing}); to check a template: oend report"
            " check FILE",
            values={"missing": missing},
        )
    with open_for_cli(args) as ctx, ctx.db.transaction() as session:
        period = _period(session, args.period)
        report = save_report(
            session, ctx.actor, args.template, period, args.site or None, args.out, language=args.language
        ).record
    print(f"wrote {args.out}: {report.template.title}, {period.label}, {len(report.tables)} tables")
    return 0


def run_denominator(args: argparse.Namespace) -> int:
    """``oend report denominator set NAME -p PERIOD [--area AREA] --value N``: one figure a rate divides by."""
    from oend.services.denominators import set_denominator

    if args.file != "set" or not args.name or not args.period:
        raise OendError("write: oend report denominator set NAME --period PERIOD [--area AREA] --value N")
    with open_for_cli(args) as ctx, ctx.db.transaction() as session:
        set_denominator(session, ctx.actor, args.name, args.period, args.value, area=args.area, label=args.label)
    done = f"set to {args.value:,}" if args.value is not None else "removed"
    print(f"{args.name} for {args.period}, {args.area}: {done}")
    return 0


def run_certificates(args: argparse.Namespace) -> int:
    from oend.reporting.engine import write_atomically
    from oend.services.certificates import issue_certificates

    with open_for_cli(args) as ctx, ctx.db.transaction() as session:
        pdf = issue_certificates(session, ctx.actor, args.session).record
        write_atomically(args.out, pdf)  # inside the transaction: the codes are kept only if the file is
    print(f"wrote {args.out}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from oend.exchange.lists import ListFilter
    from oend.reporting.engine import resolve_sites
    from oend.services.exports import export_list

    with open_for_cli(args) as ctx, ctx.db.transaction() as session:
        period = _period(session, args.period) if args.period else None
        sites = [s.id for s in resolve_sites(session, args.site)] or None
        filters = ListFilter(period=period, sites=sites, with_codes=args.codes)
        result = export_list(session, ctx.actor, args.list, args.out, filters).record
    print(f"wrote {result.rows} rows to {result.path}")
    return 0
