"""The ReportLab renderer every PDF the program prints builds on.

A renderer is a small class: it names its page size and title, fills in ``story()`` (the flowing
content) and may override ``on_page()`` (what every page carries, such as a header or border).
``render()`` returns the PDF as bytes, so callers decide where it goes (a file, a preview, a test).
Numbered renderers print "Page X of Y": the canvas keeps each page's state until the end, when the
total is known (the shape of pretix's invoice renderer).
"""

from __future__ import annotations

import datetime as dt
from functools import cache, partial
from importlib import resources
from io import BytesIO
from typing import Any, ClassVar

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

FONT = "OendSans"
FONT_BOLD = "OendSans-Bold"


@cache
def register_fonts() -> None:
    """Register the Unicode font shipped in the package (Helvetica covers Latin-1 only)."""
    fonts = resources.files("oend.assets") / "fonts"
    for name, filename in ((FONT, "DejaVuSans.ttf"), (FONT_BOLD, "DejaVuSans-Bold.ttf")):
        with resources.as_file(fonts / filename) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


def style(name: str, size: float = 10, *, bold: bool = False, **kwargs: Any) -> ParagraphStyle:
    """A paragraph style in the shipped font."""
    register_fonts()
    return ParagraphStyle(
        name, fontName=FONT_BOLD if bold else FONT, fontSize=size, leading=kwargs.pop("leading", size * 1.25), **kwargs
    )


class NumberedCanvas(Canvas):
    """A canvas that holds back every page until the end, then stamps "Page X of Y" on each."""

    def __init__(self, *args: Any, page_label: str = "Page {page} of {total}", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict[str, Any]] = []
        self._page_label = page_label  # in the document's language

    def showPage(self) -> None:
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            self.draw_page_number(total)
            super().showPage()
        super().save()

    def draw_page_number(self, total: int) -> None:
        width = self._pagesize[0]
        self.saveState()
        self.setFont(FONT, 8)
        self.setFillGray(0.35)
        self.drawRightString(width - 15 * mm, 10 * mm, self._page_label.format(page=self._pageNumber, total=total))
        self.restoreState()


class PdfRenderer:
    """Base class of the program's PDFs: subclasses fill in ``story()`` and the hooks they need."""

    pagesize: ClassVar[tuple[float, float]] = A4
    margins: ClassVar[tuple[float, float, float, float]] = (18 * mm, 18 * mm, 20 * mm, 18 * mm)  # l, r, t, b
    numbered: ClassVar[bool] = True
    title: str = "OEND tracker"
    author: str = "OEND tracker"

    def __init__(self) -> None:
        register_fonts()
        self.generated_at = dt.datetime.now().astimezone()

    # hooks -------------------------------------------------------------------------------------

    def page_label(self) -> str:
        """ "Page {page} of {total}" in the document's language."""
        return "Page {page} of {total}"

    def story(self) -> list[Flowable]:
        """The flowing content of the document."""
        raise NotImplementedError

    def on_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Draw what every page carries (border, header, footer); nothing by default."""

    def frame(self) -> Frame:
        left, right, top, bottom = self.margins
        width, height = self.pagesize
        return Frame(left, bottom, width - left - right, height - top - bottom, id="body", showBoundary=0)

    # rendering ---------------------------------------------------------------------------------

    def render(self) -> bytes:
        """The finished PDF."""
        buffer = BytesIO()
        doc = BaseDocTemplate(
            buffer,
            pagesize=self.pagesize,
            title=self.title,
            author=self.author,
            creator="OEND tracker",
            invariant=0,
        )
        doc.addPageTemplates([PageTemplate(id="page", frames=[self.frame()], onPage=self._decorate)])
        numbered = partial(NumberedCanvas, page_label=self.page_label())
        doc.build(self.story(), canvasmaker=numbered if self.numbered else Canvas)
        return buffer.getvalue()

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        self.on_page(canvas, doc)
        canvas.restoreState()
