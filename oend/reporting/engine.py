"""The report engine: a declarative template (TOML) + a period + sites -> tables -> PDF or XLSX.

A funder's report is a template listing its tables (measures, breakdowns, periods, filters, suppression),
so a coordinator's new funder needs a new template file, not new code: ``template_format`` reads and checks
one (``reports/README.md`` is the coordinators' guide), ``table_layout`` computes each table. Templates
ship in the top-level ``reports/`` folder (``oend.reports`` once installed); a program's own go in the
``reports`` folder of the data directory.
No Qt here and no writes to the database: ``oend.services.reports.save_report`` computes, saves and audits
a report, and the Reports page runs it in a worker thread with ``progress`` and ``cancelled``.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from oend.config import data_dir
from oend.core.actor import Actor
from oend.errors import FieldError, NotFoundError
from oend.model import Site
from oend.queries.linkage import counts_only
from oend.reporting import settings
from oend.reporting.age_bands import AGE_GROUP
from oend.reporting.measure_parts import AGE
from oend.reporting.periods import PROGRAM_BEGINNING, Period
from oend.reporting.progress import CancelCheck, Cancelled, Progress, Tracker
from oend.reporting.rates import load_denominators
from oend.reporting.report_model import MEASURES_SIDE, PERIODS_SIDE, ROLLUP_SIDE, Report, TableSpec, Template
from oend.reporting.table_layout import Context, build_table, first_record_day, periods_asked
from oend.reporting.tables import Labeller, Query, Table
from oend.reporting.template_format import TemplateError, check_denominators, check_names, parse_template
from oend.reporting.template_source import key_path, line_of
from oend.reporting.words import Words
from oend.staging import spreadsheet_scratch_beside, staged

#: Per period a report asks, per measure, the breakdowns its tables ask of that period.
Plans = dict[Period, dict[str, set[str]]]


def _program_templates() -> Path:
    return data_dir() / "reports"


def list_templates() -> list[str]:
    """The names of the templates on offer: the shipped ones and the program's own."""
    names = {p.name.removesuffix(".toml") for p in resources.files("oend.reports").iterdir()}
    own = _program_templates()
    if own.is_dir():
        names |= {p.stem for p in own.glob("*.toml")}
    return sorted(n for n in names if not n.startswith(("_", ".")) and "." not in n)


def load_template(name: str) -> Template:
    """A template by name (the program's own first, then the shipped ones) or by path to a .toml file."""
    path = Path(name)
    if path.suffix == ".toml" and path.is_file():
        return parse_template(path.stem, path.read_text(encoding="utf-8"))
    own = _program_templates() / f"{name}.toml"
    if own.is_file():
        return parse_template(name, own.read_text(encoding="utf-8"))
    shipped = resources.files("oend.reports") / f"{name}.toml"
    if shipped.is_file():
        return parse_template(name, shipped.read_text(encoding="utf-8"))
    raise NotFoundError(
        "no report template '{name}' (available: {available})", values={"name": name, "available": list_templates()}
    )


def resolve_sites(session: Session, sites: Sequence[str | uuid.UUID] | None) -> list[Site]:
    """Sites named by code or id; an unknown one is refused by name."""
    if not sites:
        return []
    found: list[Site] = []
    for ref in sites:
        if isinstance(ref, uuid.UUID):
            site = session.get(Site, ref)
        else:
            site = session.scalars(select(Site).where(Site.code == ref.strip().upper())).first()
        if site is None or site.deleted:
            raise NotFoundError("no site '{site}'", values={"site": ref})
        found.append(site)
    return found


def withheld_breakdowns(session: Session, template: Template) -> tuple[str, ...]:
    """The breakdowns whose answers the program's rules keep out of reports: provider names where it keeps counts
    only (their counts fall in one row). A template filtering by them is refused, as it would count nothing."""
    if not counts_only(session):
        return ()
    problems = [
        FieldError(path, "the program keeps counts only: no provider names to filter by", line_of(template.lines, path))
        for number, spec in enumerate(template.tables, start=1)
        if "provider" in spec.filters
        for path in [key_path("tables", number, "filters", "provider")]
    ]
    if problems:
        raise TemplateError(template.name, problems)
    return ("provider",)


def read_plans(tables: Sequence[TableSpec], periods_of: Callable[[TableSpec], Sequence[Period]]) -> Plans:
    """Per period asked, per measure, every dimension and filter the tables asking that period break it down by.

    A span such as "since the program began" covers years of rows: planned apart, its read holds only what
    its own tables ask (often a few totals), not every breakdown the quarter's tables need.
    """
    plans: Plans = {}
    for spec in tables:
        for period in periods_of(spec):
            plan = plans.setdefault(period, {})
            for measure in spec.all_measures:
                wanted = plan.setdefault(measure, set())
                wanted.update(d for d in (spec.rows, spec.columns) if d and d not in (MEASURES_SIDE, PERIODS_SIDE))
                wanted.update(spec.filters)
                wanted.update(spec.rollup)
                wanted.discard(ROLLUP_SIDE)
                if AGE_GROUP in wanted:  # read ages; the template's bands group them
                    wanted.discard(AGE_GROUP)
                    wanted.add(AGE)
    return plans


def compute_report(
    session: Session,
    actor: Actor,
    template: Template | str,
    period: Period,
    sites: Sequence[str | uuid.UUID] | None = None,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    language: str = "en",
) -> Report:
    """Every table of ``template`` for ``period`` and ``sites`` (all the actor's sites when none), worded in
    ``language`` (``en`` or ``es``), the template's titles and notes too where it gives them in that language."""
    words = Words(language)
    template = (load_template(template) if isinstance(template, str) else template).in_language(language)
    check_names(session, template)
    denominators = load_denominators(session)
    check_denominators(template, denominators)
    chosen = resolve_sites(session, sites)
    for site in chosen:
        actor.require_site(site.id)
    conf = settings.load(session)
    withheld = withheld_breakdowns(session, template)
    site_ids = [s.id for s in chosen] or None
    queries: dict[Period, Query] = {}
    plans: Plans = {}

    def query_for(wanted: Period) -> Query:
        if wanted not in queries:
            plan = plans.get(wanted, {})
            queries[wanted] = Query(
                session, actor, wanted, site_ids, plan=plan, bands=template.age_bands, withheld=withheld
            )
        return queries[wanted]

    split_cumulative = period.start == PROGRAM_BEGINNING and any(isinstance(t.periods, str) for t in template.tables)
    ctx = Context(
        query_for,
        Labeller(session, words, withheld),
        period,
        template.fiscal_year_start or conf.fiscal_year_start_month,
        first_record_day(session) if split_cumulative else None,
        template.age_bands,
        words,
        denominators,
    )
    plans.update(read_plans(template.tables, lambda spec: periods_asked(spec, ctx)))
    tracker = Tracker(len(template.tables) + 1, progress, cancelled)
    tables: list[Table] = []
    any_suppressed = False
    small = template.threshold or conf.suppression_threshold
    for spec in template.tables:
        tracker.check()
        suppressed = template.publication if spec.suppress is None else spec.suppress
        any_suppressed |= suppressed
        table = build_table(spec, ctx, small if suppressed else None)
        table.round_to = template.round_to
        tables.append(table)
        tracker.step()
    return Report(
        template=template,
        program_name=conf.program_name,
        logo_path=conf.logo_path,
        period=period,
        site_names=[s.name for s in chosen],
        generated_at=dt.datetime.now().astimezone(),
        tables=tables,
        threshold=small if any_suppressed else None,
        generated_by=actor.username,
        words=words,
    )


def render(report: Report, fmt: str) -> bytes:
    """The report as ``pdf`` or ``xlsx`` bytes."""
    if fmt == "pdf":
        from oend.reporting.render_pdf import render_pdf

        return render_pdf(report)
    if fmt == "xlsx":
        from oend.reporting.render_xlsx import render_xlsx

        return render_xlsx(report)
    raise ValueError(f"unknown report format '{fmt}' (pdf or xlsx)")


def write_atomically(out_path: Path, data: bytes) -> None:
    """Write the whole file or nothing: a crash never leaves half a report where the user expects one."""
    with staged(out_path) as tmp, tmp.open("wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def report_format(out_path: Path, fmt: str | None = None) -> str:
    """``pdf`` or ``xlsx``: as asked, else by the file's suffix; anything else is refused."""
    fmt = (fmt or out_path.suffix.lstrip(".")).lower()
    if fmt not in ("pdf", "xlsx"):
        raise ValueError(f"unknown report format '{fmt}' (pdf or xlsx)")
    return fmt


def write_report(
    report: Report,
    out_path: Path,
    fmt: str,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> None:
    """Render ``report`` as ``fmt`` into ``out_path``, whole or not at all; a late cancel writes nothing."""
    with spreadsheet_scratch_beside(out_path):
        data = render(report, fmt)
    if cancelled is not None and cancelled():
        raise Cancelled()
    write_atomically(out_path, data)
    total = len(report.template.tables) + 1
    if progress is not None:
        progress(total, total)
