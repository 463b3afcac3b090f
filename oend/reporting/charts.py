"""Bar charts of report tables (ReportLab graphics). Suppressed cells are left out, never drawn."""

from __future__ import annotations

import math

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from oend.reporting.pdf import FONT, register_fonts
from oend.reporting.tables import Table

PALETTE = [colors.HexColor(c) for c in ("#1f6f78", "#b08d3c", "#6c8ebf", "#9a4c68", "#5c8a4d", "#7a7a7a")]
MAX_BARS = 20  # a statewide table has hundreds of sites or ZIPs: the chart shows the largest, the table all
MAX_GROUPS = 12
LABEL_SIZE = 7


def fitted(label: str, width: float, lines: int) -> str:
    """``label`` wrapped at its spaces into at most ``lines`` lines of ``width`` points; what is still too long
    ends in an ellipsis, so a reader sees it was shortened."""
    register_fonts()
    words = label.split()
    out: list[str] = []
    while words and len(out) < lines:
        line = words.pop(0)
        while words and stringWidth(f"{line} {words[0]}", FONT, LABEL_SIZE) <= width:
            line += " " + words.pop(0)
        out.append(line)
    if words or any(stringWidth(line, FONT, LABEL_SIZE) > width for line in out):
        last = out[-1] + ("" if not words else " " + " ".join(words))
        while len(last) > 1 and stringWidth(last + "…", FONT, LABEL_SIZE) > width:
            last = last[:-1]
        out[-1] = last.rstrip() + "…"
    return "\n".join(out)


def _largest(table: Table, rows: list[int], limit: int) -> list[int]:
    """``rows`` limited to the ``limit`` with the largest shown totals, in their table order."""
    if len(rows) <= limit:
        return rows
    size = {r: sum(_shown_or_zero(table, r, c) for c in range(len(table.column_labels))) for r in rows}
    keep = set(sorted(rows, key=lambda r: -size[r])[:limit])
    return [r for r in rows if r in keep]


def _shown_or_zero(table: Table, r: int, c: int) -> int:
    """The count as printed (rounded if the template rounds); a suppressed one is not drawn."""
    shown = table.shown(r, c)
    return shown if isinstance(shown, int) else 0


def bar_chart(table: Table, width: float) -> Drawing | None:
    """A horizontal bar per row for a one-way table; grouped columns for a two-way table."""
    n_rows = len(table.row_labels)
    cells = [(r, c) for r in range(n_rows) for c in range(len(table.column_labels))]
    if not any(_shown_or_zero(table, r, c) for r, c in cells):
        return None
    if table.total_column:
        return _grouped(table, width)
    shown = [r for r in reversed(range(n_rows)) if (r, 0) not in table.hidden]
    rows = _largest(table, shown, MAX_BARS)
    names = [fitted(table.row_labels[r], width * 0.38 - 8, 2) for r in rows]
    height = (22 if any("\n" in name for name in names) else 14) * len(rows) + 30
    d = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = width * 0.38, 18
    chart.width, chart.height = width * 0.55, height - 28
    chart.data = [[_shown_or_zero(table, r, 0) for r in rows]]
    chart.categoryAxis.categoryNames = names
    _style(chart, max(chart.data[0]), table)
    chart.bars[0].fillColor = PALETTE[0]
    chart.barLabelFormat = table.words.number
    chart.barLabels.fontName, chart.barLabels.fontSize = FONT, 7
    chart.barLabels.boxAnchor, chart.barLabels.dx = "w", 3
    d.add(chart)
    _notes(d, table, len(rows), len(shown))
    return d


def _grouped(table: Table, width: float) -> Drawing:
    n_cols = len(table.column_labels)
    groups = _largest(table, list(range(len(table.row_labels))), MAX_GROUPS)
    n_rows = len(groups)
    height = 170
    d = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 40, 45
    chart.width, chart.height = width * 0.68, height - 60
    chart.data = [[_shown_or_zero(table, r, c) for r in groups] for c in range(n_cols)]
    chart.categoryAxis.categoryNames = [fitted(table.row_labels[r], chart.width / n_rows - 2, 3) for r in groups]
    _style(chart, max(max(series) for series in chart.data), table)
    chart.categoryAxis.labels.boxAnchor = "n"
    for c in range(n_cols):
        chart.bars[c].fillColor = PALETTE[c % len(PALETTE)]
    d.add(chart)
    legend = Legend()
    legend.x, legend.y = width * 0.72 + 40, height - 20
    legend.fontName, legend.fontSize = FONT, 7
    room = width - legend.x - 2 * legend.dx
    names = [fitted(table.column_labels[c], room, 2) for c in range(n_cols)]
    legend.colorNamePairs = [(PALETTE[c % len(PALETTE)], name) for c, name in enumerate(names)]
    d.add(legend)
    _notes(d, table, n_rows, len(table.row_labels))
    return d


def _style(chart: HorizontalBarChart | VerticalBarChart, largest: int, table: Table) -> None:
    step = _nice_step(largest / 5)
    chart.valueAxis.valueMin, chart.valueAxis.valueStep = 0, step
    chart.valueAxis.valueMax = step * max(1, math.ceil(largest / step))
    chart.valueAxis.labels.fontName = chart.categoryAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.valueAxis.strokeColor = chart.categoryAxis.strokeColor = colors.HexColor("#9aa5ab")
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e3e7ea")
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.labelTextFormat = lambda value: table.words.number(int(value))
    chart.bars.strokeColor = None


def _nice_step(rough: float) -> int:
    """The axis step nearest above ``rough`` among 1, 2, 5 x 10^k, so ticks read as round numbers."""
    if rough <= 1:
        return 1
    magnitude = 10 ** math.floor(math.log10(rough))
    return int(next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= rough))


def _notes(d: Drawing, table: Table, drawn: int, rows: int) -> None:
    """Say under the chart what it leaves out: suppressed cells, and the rows past the largest."""
    notes = []
    if drawn < rows:
        notes.append(table.words("The {n} largest of {rows} rows are drawn.", n=drawn, rows=table.words.number(rows)))
    if table.hidden:
        notes.append(table.words("Suppressed cells are left out of the chart."))
    if notes:
        d.add(String(0, 2, " ".join(notes), fontName=FONT, fontSize=6.5, fillColor=colors.grey))
