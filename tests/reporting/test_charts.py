"""Charts stay on the page at statewide size: the largest rows are drawn, and the chart says so."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from oend.reporting.charts import LABEL_SIZE, MAX_BARS, MAX_GROUPS, bar_chart, fitted
from oend.reporting.pdf import FONT
from oend.reporting.render_pdf import MAX_PRINTED_ROWS, printed_rows
from oend.reporting.suppression import Suppression
from oend.reporting.tables import Table

PAGE_HEIGHT = 720  # points of body on an A4/Letter page


def many_sites(two_way: bool) -> Table:
    labels = [f"Site {n:03d}" for n in range(300)]
    values = [[n + 1, 2 * n + 1, 3 * n + 2] if two_way else [n + 1] for n in range(300)]
    columns = ["New", "Refill"] if two_way else ["Kits"]
    return Table("kits", "Kits by site", "Site", columns, labels, values, total_column=two_way, chart="bar")


def notes(drawing: Drawing) -> str:
    return " ".join(s.text for s in drawing.contents if isinstance(s, String))


def test_a_one_way_chart_of_300_sites_draws_the_largest_and_fits_the_page() -> None:
    drawing = bar_chart(many_sites(two_way=False), 480)
    assert drawing is not None and drawing.height < PAGE_HEIGHT
    chart = next(c for c in drawing.contents if hasattr(c, "categoryAxis"))
    assert chart.categoryAxis.categoryNames[-1] == "Site 280" and len(chart.data[0]) == MAX_BARS
    assert f"The {MAX_BARS} largest of 300 rows are drawn" in notes(drawing)


def test_a_grouped_chart_of_300_sites_keeps_the_largest_groups() -> None:
    drawing = bar_chart(many_sites(two_way=True), 480)
    assert drawing is not None and drawing.height < PAGE_HEIGHT
    chart = next(c for c in drawing.contents if hasattr(c, "categoryAxis"))
    names = [name.replace("\n", " ") for name in chart.categoryAxis.categoryNames]  # narrow groups wrap their labels
    assert names == [f"Site {n:03d}" for n in range(300 - MAX_GROUPS, 300)]
    assert f"The {MAX_GROUPS} largest of 300 rows" in notes(drawing)


def test_a_printed_table_keeps_its_largest_rows_and_the_total_of_all() -> None:
    table = many_sites(two_way=False)
    table.values.append([sum(v[0] for v in table.values)])  # the total row
    table.suppression = Suppression(3, frozenset({(5, 0)}))  # a suppressed cell ranks as zero
    rows, left_out = printed_rows(table)
    assert left_out == 300 - MAX_PRINTED_ROWS and len(rows) == MAX_PRINTED_ROWS + 1
    assert rows[0][0] == "Site 299" and rows[-1][0] == "Total" and rows[-1][1] == sum(range(1, 301))


def test_a_long_label_is_wrapped_whole_and_only_shortened_past_its_lines() -> None:
    label = "Service provider or staff at a harm reduction program"
    lines = fitted(label, 120, 2).split("\n")
    assert len(lines) == 2 and " ".join(lines) == label  # wrapped, nothing cut
    assert all(stringWidth(line, FONT, LABEL_SIZE) <= 120 for line in lines)
    short = fitted(label, 60, 2).split("\n")
    assert len(short) == 2 and short[-1].endswith("…") and short[0] == "Service provider"
    drawing = bar_chart(Table("t", "T", "Category", ["Kits"], [label], [[3], [3]], chart="bar"), 480)
    assert drawing is not None
    chart = next(c for c in drawing.contents if hasattr(c, "categoryAxis"))
    [name] = chart.categoryAxis.categoryNames
    assert "\n" in name and name.replace("\n", " ") == label  # on two lines, whole
