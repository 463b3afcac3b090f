"""How a report's language writes a number in text: "1,234.5" and "12.5%" in English, "1.234,5" and "12,5 %" in Spanish.

Only printed text uses it (PDF pages and charts); a spreadsheet gets the numbers themselves with a number
format, and the spreadsheet program shows them in its user's own way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Protocol, runtime_checkable


@dataclass(frozen=True)
class Numerals:
    thousands: str
    decimal_mark: str
    percent_sign: str  # what follows a percentage: "%", or a no-break space and "%"

    def _said(self, english: str) -> str:
        return english.translate({ord(","): self.thousands, ord("."): self.decimal_mark})

    def integer(self, n: int) -> str:
        return self._said(f"{n:,}")

    def decimal(self, x: float, places: int = 1) -> str:
        return self._said(f"{x:,.{places}f}")

    def shortest(self, x: float) -> str:
        """``x`` with only the decimals it needs ("4.5", "12")."""
        return self._said(f"{x:,g}")

    def percent(self, fraction: float) -> str:
        return self.decimal(100 * fraction) + self.percent_sign

    def figure(self, value: object) -> str:
        """A table cell as printed: counts grouped by thousands, statistics in this language, text as it is."""
        if isinstance(value, int) and not isinstance(value, bool):
            return self.integer(value)
        if isinstance(value, Said):
            return value.said(self)
        return str(value)


@runtime_checkable
class Said(Protocol):
    """A figure that is not a plain count (a percentage, a rate, a median) and knows how to be written."""

    def said(self, numbers: Numerals, /) -> str: ...


ENGLISH_NUMERALS: Final = Numerals(",", ".", "%")
NUMERALS: Final = {"en": ENGLISH_NUMERALS, "es": Numerals(".", ",", "\u00a0%")}
