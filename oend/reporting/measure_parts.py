"""What a measure is made of: the dimensions a count is broken down by, the statistics that are not counts,
and the dimensions every family of records shares (sites rolled up, people, products, months)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import case, extract, func

from oend.model import (
    Participant,
    Partner,
    Product,
    Reversal,
    Site,
)
from oend.model.codes import (
    AgeBand,
    Answer,
    Ethnicity,
    Formulation,
    Gender,
    ParticipantCategory,
    PartnerCategory,
    Race,
    Route,
    SiteKind,
)
from oend.queries import linkage_measures
from oend.reporting.numerals import Numerals


@dataclass(frozen=True)
class Dimension:
    name: str
    label: str
    expr: Any
    joins: tuple[str, ...] = ()
    codes: type[StrEnum] | None = None  # labels and row order come from the code list
    multi: bool = False  # a multiple-choice answer (a list): a record counts under each choice it names
    #: (a finer column, the function of it that ``expr`` is): a read of many rows groups by the column first
    #: and applies the function to the groups, instead of to every row.
    fold: tuple[Any, Callable[[Any], Any]] | None = None
    #: A property of the record's site (``expr`` over sites and partners): a read of many rows takes the site's id
    #: and looks it up among the program's few sites, instead of joining sites and partners to every row.
    of_site: bool = False


def choices(value: Any) -> list[Any]:
    """The choices of a multiple-choice answer: a JSON list as read (text or not), or one choice; none: [None]."""
    if isinstance(value, str) and value.startswith("["):
        value = json.loads(value)
    if isinstance(value, list):
        return value or [None]
    return [value]


@dataclass(frozen=True)
class Statistic:
    """A cell that is not a count: a share with its n/N or a median, printed as ``text``, given to a spreadsheet
    as ``number`` in ``number_format``. ``size`` is the smallest count it rests on, which publication suppresses
    like a count."""

    text: str
    number: float | None
    number_format: str
    size: int
    counts: tuple[int, int] | None = None  # a share's n and N

    def __str__(self) -> str:
        return self.text

    def said(self, numbers: Numerals) -> str:
        """The text in a report language's numerals."""
        if self.number is None:
            return self.text
        if self.counts is None:
            return numbers.shortest(self.number)
        n, total = (numbers.integer(count) for count in self.counts)
        return f"{numbers.percent(self.number)} ({n}/{total})"

    @classmethod
    def share(cls, share: linkage_measures.Share) -> Statistic:
        """ "45.0% (9/20)"; with no one to count, a dash."""
        if not share.total:
            return cls("–", None, "General", 0)
        # the spreadsheet shows n/N beside the percentage, its value staying the fraction
        fmt = f'0.0%" ({share.n:,}/{share.total:,})"'
        size = min(v for v in (share.n, share.total) if v > 0)
        counts = (share.n, share.total)
        return cls(f"{share.percent:.1f}% ({share.n:,}/{share.total:,})", share.n / share.total, fmt, size, counts)

    @classmethod
    def median(cls, value: float | None, n: int) -> Statistic:
        """The median of ``n`` values ("4.5"); with none, a dash."""
        if value is None:
            return cls("–", None, "General", 0)
        return cls(f"{value:g}", float(value), "0.0" if value % 1 else "0", n)


@dataclass(frozen=True)
class Measure:
    name: str
    label: str
    root: Any
    value: Any
    date: Any
    site: Any
    where: tuple[Any, ...]
    joins: dict[str, tuple[Any, Any]]  # name -> (target, on clause), in the order they may be joined
    base_joins: tuple[str, ...]
    dimensions: dict[str, Dimension]
    unduplicated: bool = False  # counts people once, so a total is not the sum of its parts
    row_value: Any = 1  # what one row adds (summed), or the person it counts once when unduplicated
    #: Not a count: each cell folds the ``row_value`` columns of its rows into a ``Statistic`` (a median, a share).
    statistic: Callable[[list[tuple[Any, ...]]], Statistic] | None = None

    @property
    def family(self) -> str:
        """Measures over the same rows (one root table) can be answered from one read of them; a statistic
        reads its own."""
        return self.name if self.statistic is not None else str(self.root.__tablename__)

    @property
    def empty(self) -> int | Statistic:
        """A cell with no rows."""
        return 0 if self.statistic is None else self.statistic([])


def month(date_col: Any) -> Any:
    return extract("year", date_col) * 100 + extract("month", date_col)


def month_of(date_col: Any, *joins: str) -> Dimension:
    return Dimension("month", "Month", month(date_col), joins, fold=(date_col, month))


def dimension_table(*given: Dimension) -> dict[str, Dimension]:
    return {d.name: d for d in given}


def site_dims() -> tuple[Dimension, ...]:
    """Where a record was made, rolled up: site, its partner and the partner's category, its region."""
    return (
        Dimension("site", "Site", Site.code, ("site",), of_site=True),
        Dimension("site_kind", "Site type", Site.kind, ("site",), SiteKind, of_site=True),
        Dimension("region", "Region", func.coalesce(Site.region, Partner.region), ("site", "partner"), of_site=True),
        Dimension("partner", "Partner", func.coalesce(Partner.name, Site.partner), ("site", "partner"), of_site=True),
        Dimension(
            "partner_category", "Partner category", Partner.category, ("site", "partner"), PartnerCategory, of_site=True
        ),
        Dimension("site_county", "Site county", Site.county, ("site",), of_site=True),
    )


#: The partner a site belongs to, joined after the site (every measure's joins end with these two).
def site_joins(site_id: Any) -> dict[str, tuple[Any, Any]]:
    return {"site": (Site, Site.id == site_id), "partner": (Partner, Partner.id == Site.partner_id)}


def yes_no(column: Any) -> Any:
    """A yes/no question as the codes of ``Answer``; no answer stays NULL (not recorded)."""
    return case((column.is_(True), Answer.YES.value), (column.is_(False), Answer.NO.value), else_=None)


#: The yes/no questions of a reversal report a table can break counts down by.
REVERSAL_QUESTIONS = (
    ("called_911", "911 called", Reversal.called_911),
    ("ems_arrived", "Ambulance (EMS) arrived", Reversal.ems_arrived),
    ("rescue_breathing", "Rescue breathing given", Reversal.rescue_breathing),
    ("stayed_with_person", "Stayed with the person", Reversal.stayed_with_person),
    ("conscious_before_naloxone", "Conscious before naloxone", Reversal.conscious_before_naloxone),
    ("fentanyl_suspected", "Fentanyl suspected", Reversal.fentanyl_suspected),
    ("transported", "Taken to hospital", Reversal.transported),
    ("linked_to_care", "Linked to care", Reversal.linked_to_care),
    ("replacement_offered", "Replacement kit offered", Reversal.replacement_offered),
)


def age_at(day: Any) -> Any:
    """Whole years of age on ``day``: from the date of birth when known, else from the birth year alone."""
    years = extract("year", day) - extract("year", Participant.date_of_birth)
    before_birthday = extract("month", day) * 100 + extract("day", day) < (
        extract("month", Participant.date_of_birth) * 100 + extract("day", Participant.date_of_birth)
    )
    return case(
        (Participant.date_of_birth.is_not(None), years - case((before_birthday, 1), else_=0)),
        else_=extract("year", day) - Participant.birth_year,
    )


#: Age in years at the event: templates group it into their own bands (``age_bands``) as ``age_group``.
AGE = "age"


def person_dims(person: Any, join: str, category: Any | None = None, day: Any = None) -> tuple[Dimension, ...]:
    category = person.category if category is None else category
    return (
        *((Dimension(AGE, "Age", age_at(day), (join,)),) if day is not None else ()),
        Dimension("participant_category", "Participant category", category, (join,), ParticipantCategory),
        Dimension("age_band", "Age group", person.age_band, (join,), AgeBand),
        Dimension("gender", "Gender", person.gender, (join,), Gender),
        Dimension("race", "Race", person.race, (join,), Race),
        Dimension("ethnicity", "Ethnicity", person.ethnicity, (join,), Ethnicity),
        Dimension("county", "County", person.county, (join,)),
        Dimension("zip", "ZIP", person.zip_code, (join,)),
    )


def product_dims(join: tuple[str, ...]) -> tuple[Dimension, ...]:
    return (
        Dimension("product", "Product", Product.code, join),
        Dimension("formulation", "Formulation", Product.formulation, join, Formulation),
        Dimension("route", "Route", Product.route, join, Route),
    )
