"""What a report is: a template of tables and a computed report, shared by the engine and its renderers.

The engine builds these and the PDF and XLSX renderers read them; keeping them here lets the engine
import its renderers without the renderers importing the engine back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from oend.reporting.age_bands import AgeBands
from oend.reporting.periods import Period
from oend.reporting.suppression import SUPPRESSED_MARK, small_mark
from oend.reporting.tables import Table
from oend.reporting.words import ENGLISH, Words

MEASURES_SIDE = "measures"
PERIODS_SIDE = "periods"
ROLLUP_SIDE = "rollup"  # rows nested along several breakdowns (``TableSpec.rollup``)

#: A template's own words in another language than English: {language: {setting: text}}, such as
#: {"es": {"title": "Kits por sitio"}}; a setting not given there keeps its English.
Translations = Mapping[str, Mapping[str, str]]


@dataclass(frozen=True)
class TableSpec:
    id: str
    title: str
    measure: str | None = None
    measures: tuple[str, ...] = ()
    rows: str | None = None
    columns: str | None = None
    filters: dict[str, list[str]] = field(default_factory=dict)
    suppress: bool | None = None
    chart: str | None = None
    sheet: str | None = None
    note: str | None = None
    periods: str | tuple[str, ...] | None = None  # a unit to split the period by, or spans side by side
    percent: bool = False  # each row's share of the answers recorded (n/N)
    rollup: tuple[str, ...] = ()  # rows nested along these breakdowns, with subtotals (rows == ROLLUP_SIDE)
    rate_per: int | None = None  # a rate per this many of ``denominator`` beside each row's count
    denominator: str | None = None  # the name of the program's denominator (``oend report denominator set``)
    figures: tuple[str, ...] = ()  # measures over the time between events (``intervals.FIGURES``), one per row
    within_days: int | None = None  # the window of ``repeat_recipients``
    translations: Translations = field(default_factory=dict)  # title, note and sheet in other languages

    def in_language(self, language: str) -> TableSpec:
        """This table with its title, note and sheet in ``language`` where the template gives them."""
        words: dict[str, Any] = dict(self.translations.get(language, {}))
        return replace(self, **words)

    @property
    def all_measures(self) -> tuple[str, ...]:
        return self.measures or ((self.measure,) if self.measure else ())

    def sides(self) -> tuple[str | None, str | None, list[str]]:
        """(rows, columns, what found no side): each side a breakdown, ``measures`` or ``periods``.

        A list of measures and the periods go on a side the template leaves free, rows first.
        """
        rows, columns = self.rows, self.columns
        homeless: list[str] = []
        for axis, wanted in ((MEASURES_SIDE, bool(self.measures)), (PERIODS_SIDE, self.periods is not None)):
            if not wanted or axis in (rows, columns):
                continue
            if rows is None:
                rows = axis
            elif columns is None:
                columns = axis
            else:
                homeless.append(axis)
        return rows, columns, homeless


@dataclass(frozen=True)
class Template:
    name: str
    title: str
    description: str
    publication: bool  # tables suppress small cells unless a table says otherwise
    tables: tuple[TableSpec, ...]
    threshold: int | None = None  # the funder's small-cell threshold; None: the program's
    lines: dict[str, int] = field(default_factory=dict, compare=False)  # key path -> line, for refusals
    fiscal_year_start: int | None = None  # the funder's fiscal year start month; None: the program's
    age_bands: AgeBands | None = None  # the funder's age bands, for breakdowns by age_group
    round_to: int | None = None  # counts printed to the nearest multiple of this, after suppression
    translations: Translations = field(default_factory=dict)  # title and description in other languages

    def in_language(self, language: str) -> Template:
        """This template worded in ``language`` where it gives its words, in English where it does not."""
        tables = tuple(spec.in_language(language) for spec in self.tables)
        words: dict[str, Any] = dict(self.translations.get(language, {}))
        return replace(self, **words, tables=tables)


@dataclass
class Report:
    """A computed report, ready for any renderer."""

    template: Template
    program_name: str
    logo_path: Path | None
    period: Period
    site_names: list[str]  # empty: all the sites the user may see
    generated_at: dt.datetime
    tables: list[Table]
    threshold: int | None  # the suppression threshold, when any table is suppressed
    generated_by: str = ""
    words: Words = ENGLISH  # the report's language

    @property
    def sites_text(self) -> str:
        """The sites the report covers, for its cover and each sheet."""
        return ", ".join(self.site_names) or self.words("All sites")


def small_cells_rule(threshold: int, words: Words) -> str:
    """The publication rule in one sentence, for a report's cover."""
    return words(
        "Counts from 1 to {threshold} are shown as {small}. Where a total could reveal such a count, another cell"
        " of the same row or column is also withheld and marked {mark}; it may hold any count.",
        threshold=threshold,
        small=small_mark(threshold),
        mark=SUPPRESSED_MARK,
    )
