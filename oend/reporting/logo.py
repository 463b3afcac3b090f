"""The program's logo: the coordinator's image when one is set, else a neutral mark drawn in vectors."""

from __future__ import annotations

from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Circle, Drawing, Rect
from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

TEAL = colors.HexColor("#1f6f78")
LIGHT = colors.HexColor("#e3f1f2")


def default_logo(size: float) -> Drawing:
    """A ring around a plain cross: reads as health care without borrowing anyone's emblem."""
    d = Drawing(size, size)
    c = size / 2
    d.add(Circle(c, c, size * 0.48, fillColor=LIGHT, strokeColor=TEAL, strokeWidth=size * 0.05))
    arm, bar = size * 0.56, size * 0.18
    d.add(Rect(c - bar / 2, c - arm / 2, bar, arm, fillColor=TEAL, strokeColor=None))
    d.add(Rect(c - arm / 2, c - bar / 2, arm, bar, fillColor=TEAL, strokeColor=None))
    return d


def draw_logo(canvas: Canvas, logo_path: Path | None, x: float, y: float, size: float) -> None:
    """Draw the logo in a ``size`` square with its lower-left corner at (x, y)."""
    if logo_path is not None and logo_path.is_file():
        canvas.drawImage(str(logo_path), x, y, size, size, preserveAspectRatio=True, anchor="c", mask="auto")
        return
    renderPDF.draw(default_logo(size), canvas, x, y)
