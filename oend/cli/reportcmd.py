"""``oend report``, ``oend certificates`` and ``oend export``: the program's outputs."""

from __future__ import annotations

import argparse
import uuid
from typing import TYPE_CHECKING

from oend.cli.arguments import output_file
from oend.cli.session import open_for_cli
from oend.errors import OendError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from oend.reporting.periods import Period


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from oend.exchange.lists import LISTS

    report = commands.add_parser("report", help="build a funder report as PDF or XLSX")
    report.add_argument("--template", "-t", required=True, help="template name (e.g. quarterly_oend) or a .toml file")
    report.add_argument("--period", "-p", required=True, help="2026Q3, 2026-07, FY2026Q1, FY2026, cumulative, ...")
    report.add_argument("--site", action="append", default=[], metavar="CODE", help="limit to a site (repeatable)")
    report.add_argument(
        "--out", "-o", required=True, type=output_file(".pdf", ".xlsx"), help="output file ending in .pdf or .xlsx"
    )
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


def run_report(args: argparse.Namespace) -> int:
    from oend.services.reports import save_report

    with open_for_cli(args) as ctx, ctx.db.transaction() as session:
        period = _period(session, args.period)
        report = save_report(session, ctx.actor, args.template, period, args.site or None, args.out).record
    print(f"wrote {args.out}: {report.template.title}, {period.label}, {len(report.tables)} tables")
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
