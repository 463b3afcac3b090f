"""Small-cell suppression: no hidden cell can be recovered from what is shown."""

from __future__ import annotations

from oend.reporting.suppression import shown, suppress


def _column(values: list[int]) -> tuple[dict, list]:
    cells = {(r, 0): v for r, v in enumerate(values)}
    cells[(len(values), 0)] = sum(values)
    return cells, [[(r, 0) for r in range(len(values) + 1)]]


def test_single_small_cell_gets_a_partner() -> None:
    cells, lines = _column([40, 3, 25, 0])
    hidden = suppress(cells, lines, 10)
    assert hidden == {(1, 0), (2, 0)}  # 3 is small; 25 is the smallest other non-zero cell
    assert shown(3, True, 10) == "<11"


def test_two_small_cells_need_no_more() -> None:
    cells, lines = _column([40, 3, 5])
    assert suppress(cells, lines, 10) == {(1, 0), (2, 0)}


def test_lone_cell_hides_the_total() -> None:
    cells, lines = _column([4, 0])
    assert suppress(cells, lines, 10) == {(0, 0), (2, 0)}


def test_two_way_table_rows_and_columns_both_protected() -> None:
    grid = [[20, 2, 30], [15, 25, 35]]
    cells = {(r, c): v for r, row in enumerate(grid) for c, v in enumerate(row)}
    for r, row in enumerate(grid):
        cells[(r, 3)] = sum(row)
    for c in range(3):
        cells[(2, c)] = sum(grid[r][c] for r in range(2))
    cells[(2, 3)] = sum(map(sum, grid))
    lines = [[(r, c) for c in range(4)] for r in range(3)] + [[(r, c) for r in range(3)] for c in range(4)]
    hidden = suppress(cells, lines, 10)
    assert (0, 1) in hidden
    for line in lines:  # never exactly one hidden cell in a line that sums to its total
        assert sum(cell in hidden for cell in line) != 1
