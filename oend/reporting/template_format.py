"""Reading a report template: TOML text -> ``Template``, or a refusal naming every wrong key and its line.

A template is used whole or not at all: an unknown measure, breakdown or filter value, a value of the
wrong type or a combination the engine cannot compute is refused before anything runs, so a coordinator
never gets a traceback, an all-zero table from a misspelled filter, or a table with rows silently dropped.
``reports/README.md`` describes the format for coordinators.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Collection, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from oend.errors import FieldError, OendError
from oend.model import Partner, Product, Provider, Site
from oend.reporting.age_bands import AGE_GROUP, AgeBands
from oend.reporting.aggregates import MEASURES
from oend.reporting.intervals import FIGURES
from oend.reporting.measure_parts import AGE
from oend.reporting.periods import SPANS, UNITS
from oend.reporting.report_model import (
    MEASURES_SIDE,
    PERIODS_SIDE,
    ROLLUP_SIDE,
    TableSpec,
    Template,
    Translations,
)
from oend.reporting.template_source import key_lines, key_path, line_of
from oend.reporting.words import LANGUAGES

#: The languages a template may word itself in besides English, each as a suffix: ``title_es = "..."``.
OTHER_LANGUAGES = tuple(language for language in LANGUAGES if language != "en")
#: The settings a template words in English and may word again in each of ``OTHER_LANGUAGES``.
TEMPLATE_WORDS = ("title", "description")
TABLE_WORDS = ("title", "note", "sheet")


def in_other_languages(words: Collection[str]) -> set[str]:
    """``title_es`` and the like: each of ``words`` in each of ``OTHER_LANGUAGES``."""
    return {f"{word}_{language}" for word in words for language in OTHER_LANGUAGES}


TEMPLATE_KEYS = {
    *("title", "description", "publication", "threshold", "fiscal_year_start", "age_bands", "tables"),
    "round_to",
    *in_other_languages(TEMPLATE_WORDS),
}
TABLE_KEYS = {
    *("id", "title", "measure", "measures", "rows", "columns", "periods"),
    *("filters", "suppress", "chart", "sheet", "note", "percent", "rate_per", "denominator"),
    *("figures", "within_days"),
    *in_other_languages(TABLE_WORDS),
}
#: What a table of ``figures`` may hold besides them.
FIGURE_TABLE_KEYS = {
    *("id", "title", "figures", "within_days", "suppress", "sheet", "note"),
    *in_other_languages(TABLE_WORDS),
}
SIDES = (MEASURES_SIDE, PERIODS_SIDE)
CHARTS = ("bar",)


def problem_line(problem: FieldError) -> str:
    """One refusal in English: ``line 12, tables[2].measure: unknown measure 'hugs'``."""
    where = f"line {problem.row}, " if problem.row is not None else ""
    return f"{where}{problem.field}: {problem.message}"


class TemplateError(OendError):
    """A report template that cannot be used; ``problems`` names each wrong key (``field``) and its line (``row``)."""

    def __init__(self, name: str, problems: list[FieldError]) -> None:
        self.name = name
        self.problems = problems
        super().__init__(
            "template {name} cannot be used: {problems}",
            values={"name": name, "problems": "; ".join(problem_line(p) for p in problems)},
        )


class Refusals:
    """The problems found in one template, each placed on its key's line."""

    def __init__(self, text: str) -> None:
        self.lines = key_lines(text)
        self.problems: list[FieldError] = []

    def fail(self, key: str, template: str, **values: object) -> None:
        self.problems.append(FieldError(key, template, line_of(self.lines, key), values))

    def text(self, raw: Mapping[str, Any], key: str, where: str, *, required: bool = False) -> str | None:
        value = raw.get(key)
        if value is None:
            if required:
                self.fail(where, "is required")
            return None
        if not isinstance(value, str) or not value.strip():
            self.fail(where, "must be text in quotes")
            return None
        return value

    def flag(self, raw: Mapping[str, Any], key: str, where: str) -> bool | None:
        value = raw.get(key)
        if value is not None and not isinstance(value, bool):
            self.fail(where, "must be true or false")
            return None
        return value

    def translations(self, raw: Mapping[str, Any], words: Collection[str], *where: str | int) -> Translations:
        """Each of ``words`` given in another language (``title_es``), by language; each needs its English, which
        a report in any other language prints."""
        found: dict[str, dict[str, str]] = {}
        for language in OTHER_LANGUAGES:
            for word in words:
                path = key_path(*where, f"{word}_{language}")
                text = self.text(raw, f"{word}_{language}", path)
                if text is None:
                    continue
                if word not in raw:
                    self.fail(path, "needs the English '{setting}' beside it", setting=word)
                found.setdefault(language, {})[word] = text
        return found

    def names(self, raw: Mapping[str, Any], key: str, where: str) -> list[str] | None:
        value = raw.get(key)
        if value is None:
            return None
        if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
            self.fail(where, "must be a list of names in quotes, such as ['kits', 'doses']")
            return None
        return value


def _whole_number(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _filters(check: Refusals, raw: Any, where: str) -> dict[str, list[str]]:
    """``{dimension: [codes]}``; a single value may be written without brackets."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        check.fail(where, "must be a table such as { supply_type = ['refill'] }")
        return {}
    out: dict[str, list[str]] = {}
    for dim, values in raw.items():
        values = [values] if isinstance(values, (str, bool)) else values
        if not isinstance(values, list) or not values or not all(isinstance(v, (str, bool)) for v in values):
            check.fail(key_path(where, dim), "must be a value in quotes or a list of them")
            continue
        out[dim] = [
            str(v).lower() if isinstance(v, bool) else v.upper() if dim in CODES_IN_CAPITALS else v for v in values
        ]
    return out


def _check_dimensions(check: Refusals, spec: TableSpec, where: str) -> None:
    """Every breakdown and filter exists for every measure of the table, and every filter value is known."""
    for measure in spec.all_measures:
        dims: Mapping[str, Any] = MEASURES[measure].dimensions
        if AGE in dims:
            dims = {**dims, AGE_GROUP: None}
        for key, dim in (*(("rows", d) for d in spec.rollup), ("rows", spec.rows), ("columns", spec.columns)):
            if dim is not None and dim not in dims and dim not in (*SIDES, ROLLUP_SIDE):
                check.fail(
                    key_path(where, key),
                    "{measure} cannot be broken down by '{dimension}' (it can by: {known})",
                    measure=measure,
                    dimension=dim,
                    known=sorted(dims),
                )
        for dim, values in spec.filters.items():
            path = key_path(where, "filters", dim)
            if dim not in dims or dim == AGE_GROUP:
                check.fail(path, "{measure} cannot be filtered by '{dimension}'", measure=measure, dimension=dim)
                continue
            codes = dims[dim].codes
            if codes is None:
                continue
            known = [c.value for c in codes]
            for value in values:
                if value not in known:
                    check.fail(path, "'{value}' is not one of: {known}", value=value, known=known)


def _table(check: Refusals, number: int, raw: Any) -> TableSpec | None:
    where = key_path("tables", number)
    if not isinstance(raw, dict):
        check.fail(where, "must be a [[tables]] section")
        return None
    for key in sorted(set(raw) - TABLE_KEYS):
        check.fail(key_path(where, key), "is not a table setting (known: {known})", known=sorted(TABLE_KEYS))
    before = len(check.problems)
    id_ = check.text(raw, "id", key_path(where, "id"), required=True)
    if id_ is not None and not re.fullmatch(r"[A-Za-z0-9_\-]+", id_):
        check.fail(key_path(where, "id"), "may hold only letters, digits, - and _")
    title = check.text(raw, "title", key_path(where, "title"), required=True)
    if "figures" in raw:
        spec = _figures_table(check, raw, number)
        return spec if len(check.problems) == before and id_ is not None and title is not None else None
    measure = check.text(raw, "measure", key_path(where, "measure"))
    measures = check.names(raw, "measures", key_path(where, "measures"))
    rollup = _rollup(check, raw.get("rows"), key_path(where, "rows"))
    rows = ROLLUP_SIDE if rollup else check.text(raw, "rows", key_path(where, "rows"))
    columns = check.text(raw, "columns", key_path(where, "columns"))
    filters = _filters(check, raw.get("filters"), key_path(where, "filters"))
    suppress = check.flag(raw, "suppress", key_path(where, "suppress"))
    chart = check.text(raw, "chart", key_path(where, "chart"))
    if chart is not None and chart not in CHARTS:
        check.fail(key_path(where, "chart"), "must be one of: {known}", known=list(CHARTS))
    sheet = check.text(raw, "sheet", key_path(where, "sheet"))
    note = check.text(raw, "note", key_path(where, "note"))
    translations = check.translations(raw, TABLE_WORDS, "tables", number)
    named = ([measure] if measure else []) + (measures or [])
    for key, names in (("measure", [measure] if measure else []), ("measures", measures or [])):
        for name in names:
            if name not in MEASURES:
                check.fail(
                    key_path(where, key),
                    "unknown measure '{measure}' (known: {known})",
                    measure=name,
                    known=list(MEASURES),
                )
    if "measure" in raw and "measures" in raw:
        check.fail(key_path(where, "measures"), "give either 'measure' or 'measures', not both")
    elif "measure" not in raw and "measures" not in raw:
        check.fail(where, "needs a 'measure' (or a list of 'measures')")
    periods = _periods(check, raw.get("periods"), key_path(where, "periods"))
    percent = check.flag(raw, "percent", key_path(where, "percent"))
    if percent and (not measure or rows in (None, ROLLUP_SIDE, *SIDES) or columns is not None or periods is not None):
        check.fail(key_path(where, "percent"), "percentages need a table of one 'measure' broken down by 'rows' alone")
    for name in (m for m in named if m in MEASURES and MEASURES[m].statistic is not None):
        for key, asked in (("percent", percent), ("chart", chart)):
            if asked:
                check.fail(
                    key_path(where, key), "'{measure}' is not a count: no {setting} of it", measure=name, setting=key
                )
    one_way = bool(measure) and rows not in (None, ROLLUP_SIDE, *SIDES) and columns is None and periods is None
    rate_per, denominator = _rate(check, raw, where, one_way)
    if measure and "rows" not in raw and "periods" not in raw:
        check.fail(key_path(where, "rows"), "a table of one measure needs 'rows' (or 'periods')")
    if "columns" in raw and "rows" not in raw:
        check.fail(key_path(where, "columns"), "'columns' needs 'rows'")
    if rows is not None and rows == columns:
        check.fail(key_path(where, "columns"), "must differ from 'rows'")
    for key, side in (("rows", rows), ("columns", columns)):
        if side == MEASURES_SIDE and measures is None:
            check.fail(key_path(where, key), "'measures' here needs a list of 'measures'")
        if side == PERIODS_SIDE and "periods" not in raw:
            check.fail(key_path(where, key), "'periods' here needs 'periods' (such as periods = 'month')")
    if len(check.problems) > before or id_ is None or title is None:
        return None
    spec = TableSpec(
        id=id_, title=title, measure=measure, measures=tuple(measures or ()), rows=rows, columns=columns,
        filters=filters, suppress=suppress, chart=chart, sheet=sheet, note=note, periods=periods,
        percent=bool(percent), rollup=rollup, rate_per=rate_per, denominator=denominator,
        translations=translations,
    )  # fmt: skip
    homeless = spec.sides()[2]
    if homeless:
        check.fail(
            key_path(where, homeless[0]),
            "a table has only rows and columns: with both given as breakdowns there is no side left for {what}",
            what=homeless,
        )
        return None
    if all(m in MEASURES for m in named):
        _check_dimensions(check, spec, where)
    return spec


def _figures_table(check: Refusals, raw: Mapping[str, Any], number: int) -> TableSpec:
    """A table of measures over the time between events, one per row (``figures = ["repeat_recipients"]``)."""
    where = key_path("tables", number)
    for key in sorted(set(raw) - FIGURE_TABLE_KEYS):
        check.fail(key_path(where, key), "a table of 'figures' cannot also have '{setting}'", setting=key)
    figures = check.names(raw, "figures", key_path(where, "figures")) or []
    for name in figures:
        if name not in FIGURES:
            check.fail(
                key_path(where, "figures"), "unknown figure '{name}' (known: {known})", name=name, known=list(FIGURES)
            )
    within = raw.get("within_days")
    if within is not None and (not _whole_number(within) or not 1 <= within <= 3650):
        check.fail(key_path(where, "within_days"), "must be a whole number of days, such as 30")
    return TableSpec(
        id=str(raw.get("id")),
        title=str(raw.get("title")),
        figures=tuple(figures),
        within_days=within,
        suppress=check.flag(raw, "suppress", key_path(where, "suppress")),
        sheet=check.text(raw, "sheet", key_path(where, "sheet")),
        note=check.text(raw, "note", key_path(where, "note")),
        translations=check.translations(raw, TABLE_WORDS, "tables", number),
    )


def _rate(check: Refusals, raw: Mapping[str, Any], where: str, one_way: bool) -> tuple[int | None, str | None]:
    """``rate_per = 1000`` with ``denominator = "people_at_risk"``: each needs the other and a one-way table."""
    rate_per, denominator = raw.get("rate_per"), check.text(raw, "denominator", key_path(where, "denominator"))
    if rate_per is None and denominator is None:
        return None, None
    if rate_per is None or not _whole_number(rate_per) or rate_per < 1:
        check.fail(key_path(where, "rate_per"), "must be a whole number such as 1000 (a rate per 1,000)")
        return None, None
    if denominator is None:
        check.fail(key_path(where, "denominator"), "a rate needs the name of the program's 'denominator'")
    if not one_way:
        check.fail(key_path(where, "rate_per"), "rates need a table of one 'measure' broken down by 'rows' alone")
    return rate_per, denominator


def _rollup(check: Refusals, raw: Any, where: str) -> tuple[str, ...]:
    """Rows nested along a list of breakdowns, outermost first (``["region", "partner", "site"]``)."""
    if not isinstance(raw, list):
        return ()
    if (
        not 2 <= len(raw) <= 4
        or not all(isinstance(v, str) and v not in (*SIDES, ROLLUP_SIDE, AGE_GROUP) for v in raw)
        or len(set(raw)) != len(raw)
    ):
        check.fail(where, "a roll-up is a list of 2 to 4 different breakdowns, such as ['region', 'partner', 'site']")
        return ()
    return tuple(raw)


def _periods(check: Refusals, raw: Any, where: str) -> str | tuple[str, ...] | None:
    """One unit to cut the report's period by (``"month"``), or spans side by side (``["report", "cumulative"]``)."""
    if raw is None:
        return None
    if isinstance(raw, str):
        if raw not in UNITS:
            check.fail(where, "'{value}' is not a way to cut a period (known: {known})", value=raw, known=list(UNITS))
            return None
        return raw
    if not isinstance(raw, list) or not raw or not all(isinstance(v, str) for v in raw):
        check.fail(
            where, "must be a unit in quotes, such as 'month', or a list of spans, such as ['report', 'cumulative']"
        )
        return None
    for value in raw:
        if value not in SPANS:
            check.fail(where, "'{value}' is not a span (known: {known})", value=value, known=list(SPANS))
    if len(set(raw)) != len(raw):
        check.fail(where, "names a span twice")
    return tuple(raw)


def parse_template(name: str, text: str) -> Template:
    """A template from its TOML text, or ``TemplateError`` naming every problem with its key and line."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        at = re.search(r"\(at line (\d+)", str(exc))
        line = int(at[1]) if at else None
        reason = str(exc).split(" (at ")[0].replace("\n", "end of line")
        raise TemplateError(
            name, [FieldError("TOML", "is not valid TOML: {reason}", line, {"reason": reason})]
        ) from exc
    check = Refusals(text)
    for key in sorted(set(raw) - TEMPLATE_KEYS):
        check.fail(key, "is not a template setting (known: {known})", known=sorted(TEMPLATE_KEYS))
    title = check.text(raw, "title", "title", required=True)
    description = check.text(raw, "description", "description") or ""
    translations = check.translations(raw, TEMPLATE_WORDS)
    publication = check.flag(raw, "publication", "publication")
    threshold = raw.get("threshold")
    if threshold is not None and (not _whole_number(threshold) or threshold < 1):
        check.fail("threshold", "must be a whole number of at least 1")
    fiscal_year_start = raw.get("fiscal_year_start")
    if fiscal_year_start is not None and (not _whole_number(fiscal_year_start) or not 1 <= fiscal_year_start <= 12):
        check.fail("fiscal_year_start", "must be the month the fiscal year starts in, 1 to 12 (10: October)")
    bands = _age_bands(check, raw.get("age_bands"))
    round_to = raw.get("round_to")
    if round_to is not None and (not _whole_number(round_to) or not 2 <= round_to <= 1000):
        check.fail("round_to", "must be a whole number of at least 2, such as 5 (counts to the nearest 5)")
    tables = raw.get("tables")
    specs: list[TableSpec] = []
    if not isinstance(tables, list) or not tables:
        check.fail("tables", "needs at least one [[tables]] section")
    else:
        seen: set[str] = set()
        for number, raw_table in enumerate(tables, start=1):
            spec = _table(check, number, raw_table)
            if spec is not None and spec.id in seen:
                check.fail(key_path("tables", number, "id"), "'{id}' is the id of an earlier table", id=spec.id)
            elif spec is not None:
                seen.add(spec.id)
                specs.append(spec)
            for key in ("rows", "columns"):
                if spec is not None and getattr(spec, key) == AGE_GROUP and "age_bands" not in raw:
                    check.fail(key_path("tables", number, key), "'age_group' needs the template's 'age_bands'")
    if check.problems:
        raise TemplateError(name, check.problems)
    assert title is not None
    publication = True if publication is None else publication
    return Template(
        name,
        title,
        description,
        publication,
        tuple(specs),
        threshold,
        check.lines,
        fiscal_year_start=fiscal_year_start,
        age_bands=bands,
        round_to=round_to,
        translations=translations,
    )


def _age_bands(check: Refusals, raw: Any) -> AgeBands | None:
    if raw is None:
        return None
    if not isinstance(raw, list) or not raw or not all(isinstance(v, str) for v in raw):
        check.fail("age_bands", "must be a list of bands in quotes, such as ['0-17', '18-24', '25-44', '45+']")
        return None
    try:
        return AgeBands.parse(raw)
    except ValueError as exc:
        check.fail(
            "age_bands", "'{value}' is not a band such as '18-24' or '65+' following the one before", value=str(exc)
        )
        return None


#: Breakdowns whose values are the program's own names, checked against its records when a report runs.
NAMED_IN_RECORDS: dict[str, tuple[Any, ...]] = {
    "site": (Site.code,),
    "product": (Product.code,),
    "region": (Site.region, Partner.region),
    "partner": (Site.partner, Partner.name),
    "provider": (Provider.name,),
}
CODES_IN_CAPITALS = ("site", "product")


def check_names(session: Session, template: Template) -> None:
    """Refuse a filter naming a site, product, region or partner the program does not have (a typo would
    otherwise give an all-zero table)."""
    check = Refusals("")
    check.lines = template.lines
    for number, spec in enumerate(template.tables, start=1):
        for dim, values in spec.filters.items():
            if dim not in NAMED_IN_RECORDS:
                continue
            known = {v for column in NAMED_IN_RECORDS[dim] for v in session.scalars(select(column).distinct())}
            known.discard(None)
            for value in values:
                if value not in known:
                    check.fail(
                        key_path("tables", number, "filters", dim),
                        "the program has no {dimension} '{value}' (it has: {known})",
                        dimension=dim,
                        value=value,
                        known=sorted(known),
                    )
    if check.problems:
        raise TemplateError(template.name, check.problems)


def check_denominators(template: Template, known: Collection[str]) -> None:
    """Refuse a rate per a denominator the program has not entered (a typo would otherwise print no rates)."""
    check = Refusals("")
    check.lines = template.lines
    for number, spec in enumerate(template.tables, start=1):
        if spec.denominator is not None and spec.denominator not in known:
            check.fail(
                key_path("tables", number, "denominator"),
                "the program has entered no denominator '{name}' (it has: {known}); enter it with"
                " oend report denominator set",
                name=spec.denominator,
                known=sorted(known),
            )
    if check.problems:
        raise TemplateError(template.name, check.problems)
