"""The fixed words a report prints, in the report's language (English or Spanish), without Qt.

Reports are computed on a worker thread and from the command line, where Qt's translators are not in
place, so the reporting layer reads its words from a plain dictionary per language. The dictionary is
generated from the app's translation file by ``oend/i18n/regenerate.py`` (``words_es.py``, from the
contexts ``Labels`` and ``Report`` of ``oend_es.ts``): a translator fills in Qt Linguist once, and a screen
and a report word a code the same way. A text is its English, written as a literal in a call
``words("...")`` (the generator finds it there); ``{name}`` placeholders are filled after translation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from enum import StrEnum
from typing import Final

from oend.core.labels import NOT_RECORDED, label_of
from oend.reporting import words_es
from oend.reporting.age_bands import OTHER_AGES
from oend.reporting.aggregates import MEASURES
from oend.reporting.intervals import FIGURES
from oend.reporting.numerals import NUMERALS
from oend.reporting.periods import PROGRAM_BEGINNING, Period

#: The languages a report can be written in; English is the source text.
CATALOGUES: Final[Mapping[str, Mapping[str, str]]] = {"en": {}, "es": words_es.WORDS}
LANGUAGES: Final = tuple(CATALOGUES)
# not strftime: the machine's locale must not change a report's words
MONTHS: Final = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)


class Words:
    """The words of one language: ``words("Total")``, ``words("{n} rows", n=3)``, code labels, months, dates,
    numbers."""

    def __init__(self, language: str = "en") -> None:
        if language not in CATALOGUES:
            raise ValueError(f"no report language '{language}' (known: {', '.join(LANGUAGES)})")
        self.language = language
        self._table = CATALOGUES[language]
        self.numbers = NUMERALS[language]

    def __call__(self, text: str, /, **values: object) -> str:
        said = self._table.get(text, text)
        return said.format(**values) if values else said

    def number(self, value: object) -> str:
        """A count or a figure as this language writes it in text ("1,234" / "1.234", "12.5%" / "12,5 %")."""
        return self.numbers.figure(value)

    def label(self, kind: type[StrEnum], code: str | None) -> str:
        """The label of a stored code (``oend.core.labels``) in this language."""
        return self(label_of(kind, code))

    def month(self, year: int, month: int) -> str:
        """Month and year: "July 2025", "julio de 2025"."""
        return self("{month} {year}", month=self(MONTHS[month - 1]), year=year)

    def date(self, day: dt.date) -> str:
        """A day in words: "1 July 2025", "1 de julio de 2025"."""
        return self("{day} {month} {year}", day=day.day, month=self(MONTHS[day.month - 1]), year=day.year)

    def period(self, period: Period) -> str:
        """A period's name: its label ("2025Q3", "FY2026"), with the words of spans and ranges translated."""
        label = period.label
        if period.start == PROGRAM_BEGINNING:
            return self("Cumulative to {day}", day=self.date(period.end))
        if label.endswith(" to date"):
            return self("{period} to date", period=label.removesuffix(" to date"))
        if label == f"{period.start.isoformat()} to {period.end.isoformat()}":
            return self("{start} to {end}", start=period.start.isoformat(), end=period.end.isoformat())
        return label

    def describe(self, period: Period) -> str:
        """The period's dates in words, for a cover: "1 July 2025 to 30 September 2025"."""
        if period.start == PROGRAM_BEGINNING:
            return self("Cumulative, through {day}", day=self.date(period.end))
        return self("{start} to {end}", start=self.date(period.start), end=self.date(period.end))


ENGLISH: Final = Words()


def fixed_texts() -> list[str]:
    """The words a report prints that are data rather than ``words(...)`` calls: measure and breakdown names,
    figures over time, months, the answer not recorded and the ages outside a template's bands."""
    names = [m.label for m in MEASURES.values()] + [d.label for m in MEASURES.values() for d in m.dimensions.values()]
    return list(dict.fromkeys([*names, *FIGURES.values(), *MONTHS, NOT_RECORDED, OTHER_AGES]))
