"""Small-cell suppression for published tables, printed truthfully.

Primary suppression: a count from 1 to ``threshold`` is printed "<threshold+1>" (zero is not identifying
and stays), which is true of that cell. Complementary suppression: in every line of cells that adds up to
a total (a row or a column with its margin), a single hidden cell could be recovered by subtraction, so
the smallest other non-zero cell of that line (else the line's total) is hidden too, repeating until no
line has exactly one hidden cell. Such a cell can hold any count, so it is printed with its own mark,
``SUPPRESSED_MARK``, never "<N".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from oend.reporting.words import Words

Cell = tuple[int, int]

#: What a cell hidden only to protect another one prints: it says "withheld", not "small".
SUPPRESSED_MARK = "s"


def small_mark(threshold: int) -> str:
    """What a small count prints: "<11" for counts 1-10."""
    return f"<{threshold + 1}"


@dataclass(frozen=True)
class Suppression:
    """Which cells of a table are hidden, and why: small counts (primary) or to protect them (complementary)."""

    threshold: int = 0
    primary: frozenset[Cell] = field(default_factory=frozenset)
    complementary: frozenset[Cell] = field(default_factory=frozenset)

    @property
    def hidden(self) -> frozenset[Cell]:
        return self.primary | self.complementary

    def shown(self, cell: Cell, value: int) -> int | str:
        """What a reader sees in ``cell`` holding ``value``."""
        if cell in self.primary:
            return small_mark(self.threshold)
        if cell in self.complementary:
            return SUPPRESSED_MARK
        return value

    def note(self, words: Words) -> str | None:
        """The sentence printed under the table, in ``words``' language: what was hidden and why; None when
        nothing was."""
        if not self.primary:
            return None
        values = {"n": len(self.primary), "threshold": self.threshold, "mark": small_mark(self.threshold)}
        small = (
            words("1 count from 1 to {threshold} shown as {mark} to protect the people counted", **values)
            if len(self.primary) == 1
            else words("{n} counts from 1 to {threshold} shown as {mark} to protect the people counted", **values)
        )
        if not self.complementary:
            return words("Suppressed: {small}.", small=small)
        n = len(self.complementary)
        further = (
            words("1 further cell marked {mark} (of any size)", mark=SUPPRESSED_MARK)
            if n == 1
            else words("{n} further cells marked {mark} (of any size)", n=n, mark=SUPPRESSED_MARK)
        )
        return words(
            "Suppressed: {small}; {further} so that no small count can be worked out from a total.",
            small=small,
            further=further,
        )


def primary(values: dict[Cell, int], threshold: int) -> set[Cell]:
    return {cell for cell, v in values.items() if 0 < v <= threshold}


def complementary(values: dict[Cell, int], lines: Iterable[Sequence[Cell]], hidden: set[Cell]) -> set[Cell]:
    """Grow ``hidden`` until no line (its last cell being the line's total) has exactly one hidden cell."""
    lines = [list(line) for line in lines]
    hidden = set(hidden)
    changed = True
    while changed:
        changed = False
        for line in lines:
            if sum(cell in hidden for cell in line) != 1:
                continue
            members, line_total = line[:-1], line[-1]
            # the smallest non-zero partner; with none, the total (a hidden zero would protect nothing)
            partners = sorted((c for c in members if c not in hidden and values[c] > 0), key=lambda c: values[c])
            zeros = [c for c in members if c not in hidden and values[c] == 0]
            target = next((c for c in (*partners, line_total, *zeros) if c not in hidden), None)
            if target is not None:
                hidden.add(target)
                changed = True
    return hidden


def suppress(values: dict[Cell, int], lines: Iterable[Sequence[Cell]], threshold: int) -> Suppression:
    """The cells to hide in a table whose additive ``lines`` end with their total cell."""
    small = primary(values, threshold)
    if not small:
        return Suppression(threshold)
    everything = complementary(values, lines, small)
    return Suppression(threshold, frozenset(small), frozenset(everything - small))
