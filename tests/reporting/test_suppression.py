"""Small-cell suppression: what is printed is true, and no hidden cell can be recovered from what is shown."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from oend.reporting.suppression import SUPPRESSED_MARK, Cell, suppress
from oend.reporting.words import ENGLISH

Grid = list[list[int]]


def _column(values: list[int]) -> tuple[dict[Cell, int], list[list[Cell]]]:
    cells = {(r, 0): v for r, v in enumerate(values)}
    cells[(len(values), 0)] = sum(values)
    return cells, [[(r, 0) for r in range(len(values) + 1)]]


def _two_way(grid: Grid) -> tuple[dict[Cell, int], list[list[Cell]]]:
    """``grid`` with its row totals (last column), column totals (last row) and grand total, and its lines."""
    n_rows, n_cols = len(grid), len(grid[0])
    full = [[*row, sum(row)] for row in grid]
    full.append([sum(col) for col in zip(*full, strict=True)])
    cells = {(r, c): v for r, row in enumerate(full) for c, v in enumerate(row)}
    rows = [[(r, c) for c in range(n_cols + 1)] for r in range(n_rows + 1)]
    cols = [[(r, c) for r in range(n_rows + 1)] for c in range(n_cols + 1)]
    return cells, rows + cols


def test_single_small_cell_gets_a_partner_printed_as_withheld() -> None:
    cells, lines = _column([40, 3, 25, 0])
    s = suppress(cells, lines, 10)
    assert s.primary == {(1, 0)} and s.complementary == {(2, 0)}  # 25: the smallest other non-zero cell
    assert s.shown((1, 0), 3) == "<11"
    assert s.shown((2, 0), 25) == SUPPRESSED_MARK  # never "<11": it holds 25
    assert s.shown((0, 0), 40) == 40
    note = s.note(ENGLISH)
    assert note is not None and "1 count from 1 to 10 shown as <11" in note and "1 further cell marked s" in note


def test_two_small_cells_need_no_more() -> None:
    cells, lines = _column([40, 3, 5])
    s = suppress(cells, lines, 10)
    assert s.hidden == {(1, 0), (2, 0)} and not s.complementary
    assert s.note(ENGLISH) == "Suppressed: 2 counts from 1 to 10 shown as <11 to protect the people counted."


def test_a_small_cell_beside_zeros_hides_the_total_not_a_zero() -> None:
    cells, lines = _column([4, 0, 0])
    s = suppress(cells, lines, 3)  # 4 is not small, so nothing is hidden
    assert not s.hidden and s.note(ENGLISH) is None
    s = suppress(*_column([3, 0, 0]), 10)  # 3 and its total 3 are both small
    assert s.primary == {(0, 0), (3, 0)} and not s.complementary
    cells, lines = _column([3, 0, 0])
    cells[(3, 0)] = 30  # an unduplicated total can exceed the sum of its cells
    s = suppress(cells, lines, 10)
    assert s.complementary == {(3, 0)}


def test_two_way_table_rows_and_columns_both_protected() -> None:
    cells, lines = _two_way([[20, 2, 30], [15, 25, 35]])
    s = suppress(cells, lines, 10)
    assert (0, 1) in s.primary
    for line in lines:  # never exactly one hidden cell in a line that sums to its total
        assert sum(cell in s.hidden for cell in line) != 1


def _recoverable(cells: dict[Cell, int], lines: list[list[Cell]], hidden: frozenset[Cell]) -> set[Cell]:
    """The hidden cells a reader works out by solving, line after line, for a line's single unknown."""
    unknown = set(hidden)
    solved: set[Cell] = set()
    progress = True
    while progress:
        progress = False
        for line in lines:
            missing = [c for c in line if c in unknown]
            if len(missing) == 1:
                unknown.discard(missing[0])
                solved.add(missing[0])
                progress = True
    return solved


counts = st.one_of(st.integers(0, 12), st.integers(0, 400))


@settings(max_examples=300, deadline=None)
@given(
    grid=st.integers(1, 5).flatmap(
        lambda n_cols: st.lists(st.lists(counts, min_size=n_cols, max_size=n_cols), min_size=1, max_size=6)
    ),
    threshold=st.integers(1, 10),
)
def test_suppression_never_prints_a_false_count_and_hides_nothing_recoverable(grid: Grid, threshold: int) -> None:
    cells, lines = _two_way(grid)
    s = suppress(cells, lines, threshold)
    for cell, value in cells.items():
        printed = s.shown(cell, value)
        if printed == f"<{threshold + 1}":
            assert 1 <= value <= threshold, (cell, value)
        elif printed == SUPPRESSED_MARK:
            assert cell in s.complementary
        else:
            assert printed == value and cell not in s.hidden
        if 1 <= value <= threshold:
            assert printed == f"<{threshold + 1}"  # every small count is protected
    assert not s.primary & s.complementary
    assert _recoverable(cells, lines, s.hidden) == set()
    assert (s.note(ENGLISH) is None) == (not s.hidden)


@settings(max_examples=200, deadline=None)
@given(
    groups=st.lists(st.lists(counts, min_size=1, max_size=4), min_size=1, max_size=4),
    threshold=st.integers(1, 10),
)
def test_nested_subtotals_leave_nothing_recoverable(groups: list[list[int]], threshold: int) -> None:
    """A roll-up's rows: each group's subtotal, then its members; every group and the whole add up."""
    cells: dict[Cell, int] = {}
    lines: list[list[Cell]] = []
    subtotals: list[Cell] = []
    for members in groups:
        head = (len(cells), 0)
        cells[head] = sum(members)
        subtotals.append(head)
        rows = [(len(cells) + i, 0) for i in range(len(members))]
        cells.update(zip(rows, members, strict=True))
        lines.append([*rows, head])
    total = (len(cells), 0)
    cells[total] = sum(map(sum, groups))
    lines.append([*subtotals, total])
    s = suppress(cells, lines, threshold)
    for cell, value in cells.items():
        printed = s.shown(cell, value)
        assert printed in (value, SUPPRESSED_MARK) or (printed == f"<{threshold + 1}" and 1 <= value <= threshold)
    assert _recoverable(cells, lines, s.hidden) == set()
