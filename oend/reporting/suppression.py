"""Small-cell suppression for published tables.

A count from 1 to ``threshold`` is shown as "<threshold+1>" (zero is not identifying and stays).
Then complementary suppression: in every line of cells that adds up to a shown total (a row or a
column with its margin), a single hidden cell could be recovered by subtraction, so the smallest
other cell of that line is hidden too, repeating until no line has exactly one hidden cell.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

Cell = tuple[int, int]


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
            candidates = [c for c in members if c not in hidden]
            # hide the smallest non-zero partner; zeros reveal nothing new, so they come last
            candidates.sort(key=lambda c: (values[c] == 0, values[c]))
            target = candidates[0] if candidates else line_total
            if target in hidden:
                continue
            hidden.add(target)
            changed = True
    return hidden


def suppress(values: dict[Cell, int], lines: Iterable[Sequence[Cell]], threshold: int) -> set[Cell]:
    """The cells to hide in a table whose additive ``lines`` end with their total cell."""
    return complementary(values, lines, primary(values, threshold))


def shown(value: int, hidden: bool, threshold: int) -> int | str:
    """What a reader sees in a cell."""
    return f"<{threshold + 1}" if hidden else value
