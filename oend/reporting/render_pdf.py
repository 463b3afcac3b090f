"""A computed report as a PDF: a cover with the period and sites used, then each table with its chart."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as PdfTable

from oend.reporting.charts import bar_chart
from oend.reporting.logo import TEAL, default_logo, draw_logo
from oend.reporting.pdf import FONT, FONT_BOLD, PdfRenderer, style
from oend.reporting.report_model import Report, small_cells_rule
from oend.reporting.tables import Table

INK = colors.HexColor("#1d2b36")
MUTED = colors.HexColor("#5b6b75")
RULE = colors.HexColor("#d5dde1")
BAND = colors.HexColor("#f3f7f8")


MAX_PRINTED_ROWS = 40  # about a page; the XLSX keeps every row
# A table style command: its name, the first and the last cell it applies to, then its values.
StyleCommand = tuple[str, tuple[int, int], tuple[int, int], *tuple[object, ...]]


class ReportRenderer(PdfRenderer):
    pagesize = A4

    def __init__(self, report: Report) -> None:
        super().__init__()
        self.report = report
        self.words = report.words
        self.period = report.words.period(report.period)
        self.title = f"{report.template.title} — {self.period}"
        self.author = report.program_name
        self.h1 = style("h1", 24, bold=True, textColor=INK, leading=29)
        self.h2 = style("h2", 12.5, bold=True, textColor=TEAL, spaceBefore=4, spaceAfter=4)
        self.body = style("body", 9.5, textColor=INK)
        self.small = style("small", 8, textColor=MUTED)
        self.cell = style("cell", 8.5, textColor=INK, leading=10.5)
        self.cell_bold = style("cellb", 8.5, bold=True, textColor=INK, leading=10.5)

    # pages ---------------------------------------------------------------------------------------

    def page_label(self) -> str:
        return self.words("Page {page} of {total}")

    def on_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        w, h = self.pagesize
        left, right = self.margins[0], w - self.margins[1]
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        if doc.page > 1:
            canvas.drawString(left, h - 12 * mm, self.report.program_name)
            canvas.drawRightString(right, h - 12 * mm, f"{self.report.template.title} · {self.period}")
            canvas.setStrokeColor(RULE)
            canvas.line(left, h - 13.5 * mm, right, h - 13.5 * mm)
        when = f"{self.report.generated_at:%Y-%m-%d %H:%M}"
        canvas.drawString(left, 10 * mm, self.words("Generated {when} by OEND tracker", when=when))

    def story(self) -> list[Flowable]:
        story = self._cover()
        story.append(PageBreak())
        for table in self.report.tables:
            story.extend(self._table(table))
        return story

    # cover ---------------------------------------------------------------------------------------

    def _cover(self) -> list[Flowable]:
        r, words = self.report, self.words
        logo = _Logo(r)
        when = f"{words.date(r.generated_at.date())}, {r.generated_at:%H:%M}"
        facts = [
            (words("Reporting period"), f"{self.period}: {words.describe(r.period)}"),
            (words("Sites"), r.sites_text),
            (words("Generated"), words("{when} by {user}", when=when, user=r.generated_by) if r.generated_by else when),
        ]
        if r.threshold:
            facts.append((words("Small cells"), small_cells_rule(r.threshold, words)))
        rows = [[Paragraph(escape(k), self.cell_bold), Paragraph(escape(v), self.cell)] for k, v in facts]
        fact_table = PdfTable(rows, colWidths=[38 * mm, 130 * mm], hAlign="LEFT")
        fact_table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ]
            )
        )
        contents = [Paragraph(f"{i + 1}. {escape(t.title)}", self.body) for i, t in enumerate(self.report.tables)]
        return [
            logo,
            Spacer(1, 14 * mm),
            Paragraph(escape(r.program_name), style("prog", 13, bold=True, textColor=TEAL)),
            Spacer(1, 3 * mm),
            Paragraph(escape(r.template.title), self.h1),
            Spacer(1, 2 * mm),
            Paragraph(escape(r.template.description), self.body),
            Spacer(1, 10 * mm),
            fact_table,
            Spacer(1, 10 * mm),
            Paragraph(escape(words("Contents")), self.h2),
            *contents,
        ]

    # tables --------------------------------------------------------------------------------------

    def _table(self, table: Table) -> list[Flowable]:
        width = self.pagesize[0] - self.margins[0] - self.margins[1]
        n_values = len(table.header) - 1
        first = 75 * mm if n_values <= 3 else 40 * mm
        other = min((width - first) / max(n_values, 1), 40 * mm)
        head = self._header_style(table.header[1:], other - 8)
        styles = [self.cell_bold] + [head] * n_values
        header = [Paragraph(escape(h), s) for h, s in zip(table.header, styles, strict=True)]
        rows: list[list[object]] = [header]
        body, left_out = printed_rows(table)
        for row in body:
            rows.append([Paragraph(escape(str(row[0])), self.cell), *(self.words.number(v) for v in row[1:])])
        t = PdfTable(rows, colWidths=[first] + [other] * n_values, repeatRows=1, hAlign="LEFT")
        commands: list[StyleCommand] = [
            ("FONT", (1, 1), (-1, -1), FONT, 8.5),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.9, TEAL),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
        commands += [("BACKGROUND", (0, i), (-1, i), BAND) for i in range(2, len(rows), 2)]
        if table.total_row:
            commands += [("FONT", (1, -1), (-1, -1), FONT_BOLD, 8.5), ("LINEABOVE", (0, -1), (-1, -1), 0.9, INK)]
            rows[-1][0] = Paragraph(escape(str(rows[-1][0])), self.cell_bold)
        if table.total_column:
            commands.append(("FONT", (-1, 1), (-1, -1), FONT_BOLD, 8.5))
        t.setStyle(TableStyle(commands))
        block: list[Flowable] = [Paragraph(escape(table.title), self.h2), t]
        notes = table.notes()
        if left_out:
            notes.append(
                self.words(
                    "The {n} largest of {rows} rows are printed; the total counts all of them, and the spreadsheet"
                    " version lists every row.",
                    n=len(body) - int(table.total_row),
                    rows=self.words.number(len(table.row_labels)),
                )
            )
        for note in notes:
            block += [Spacer(1, 1.5 * mm), Paragraph(escape(note), self.small)]
        # a short table stays with its title; a long one flows over pages with its header repeated
        out: list[Flowable] = [CondPageBreak(60 * mm)]
        out += [KeepTogether(block)] if len(rows) < 25 else block
        out.append(Spacer(1, 3 * mm))
        if table.chart == "bar" and (chart := bar_chart(table, width)) is not None:
            out += [chart, Spacer(1, 2 * mm)]
        out.append(Spacer(1, 5 * mm))
        return out

    def _header_style(self, headers: list[str], room: float) -> ParagraphStyle:
        """Right-aligned column headings, small enough that no word is broken in two."""
        longest = max((w for h in headers for w in h.split()), key=lambda w: stringWidth(w, FONT_BOLD, 8), default="")
        size = 8.0
        while size > 6 and stringWidth(longest, FONT_BOLD, size) > room:
            size -= 0.5
        return style(f"head{size}", size, bold=True, textColor=INK, leading=size * 1.2, alignment=TA_RIGHT)


class _Logo(Flowable):
    """The program's logo on the cover, the coordinator's image or the neutral mark."""

    SIZE = 26 * mm

    def __init__(self, report: Report) -> None:
        super().__init__()
        self.report = report

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.SIZE, self.SIZE

    def draw(self) -> None:
        if self.report.logo_path is None:
            from reportlab.graphics import renderPDF

            renderPDF.draw(default_logo(self.SIZE), self.canv, 0, 0)
        else:
            draw_logo(self.canv, self.report.logo_path, 0, 0, self.SIZE)


def printed_rows(table: Table) -> tuple[list[list[Any]], int]:
    """The rows a page can carry: a breakdown by ZIP can have thousands, so only the largest are printed.

    Rows are ranked by their shown total (a suppressed cell ranks as zero, so it reveals nothing).
    Returns the rows, the total row last, and how many were left out.
    """
    body = table.body()
    rows, total = (body[:-1], body[-1:]) if table.total_row else (body, [])
    if len(rows) <= MAX_PRINTED_ROWS:
        return body, 0

    counts = len(table.column_labels) + int(table.total_column)  # not the denominators beside them

    def size(row: list[Any]) -> int:
        return sum(v for v in row[1 : 1 + counts] if isinstance(v, int))

    kept = sorted(rows, key=size, reverse=True)[:MAX_PRINTED_ROWS]
    return kept + total, len(rows) - len(kept)


def render_pdf(report: Report) -> bytes:
    return ReportRenderer(report).render()
