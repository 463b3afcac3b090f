"""What a report is: a template of tables and a computed report, shared by the engine and its renderers.

The engine builds these and the PDF and XLSX renderers read them; keeping them here lets the engine
import its renderers without the renderers importing the engine back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from oend.reporting.periods import Period
from oend.reporting.tables import Table


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


@dataclass(frozen=True)
class Template:
    name: str
    title: str
    description: str
    publication: bool  # tables suppress small cells unless a table says otherwise
    tables: tuple[TableSpec, ...]


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
