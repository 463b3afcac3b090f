"""Certificates of completion: one landscape page per trainee, a whole class in one PDF.

Each certificate carries a short verification code (and a QR code of it) that the program can look
up later to answer "did we issue this?". Codes use an alphabet without look-alike characters, so a
code read aloud or typed from paper comes out right.
"""

from __future__ import annotations

import datetime as dt
import itertools
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, Paragraph
from sqlalchemy import select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.labels import label_of
from oend.errors import NotFoundError
from oend.model import Attendance, Participant, Site, TrainingSession, User
from oend.model.codes import CurriculumTopic
from oend.reporting import settings
from oend.reporting.logo import TEAL, draw_logo
from oend.reporting.pdf import FONT, FONT_BOLD, PdfRenderer, style
from oend.reporting.progress import CancelCheck, Progress, Tracker

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L: nothing to misread
CODE_LENGTH = 8


def new_certificate_code() -> str:
    """A random code such as ``7KQ4-MZ2H`` (31^8, about 850 billion possibilities)."""
    raw = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
    return f"{raw[:4]}-{raw[4:]}"


def normalise_code(text: str) -> str:
    """Accept a code typed with or without the dash, spaces or lower case."""
    raw = "".join(ch for ch in text.upper() if ch.isalnum())
    return f"{raw[:4]}-{raw[4:]}" if len(raw) == CODE_LENGTH else raw


@dataclass(frozen=True)
class Certificate:
    """What one certificate says."""

    name: str
    session_date: dt.date
    site_name: str
    trainer: str | None
    topics: tuple[str, ...]
    code: str


def _trainer(session: Session, training: TrainingSession) -> str | None:
    if training.trainer_name:
        return training.trainer_name
    if training.trainer_id is not None:
        user = session.get(User, training.trainer_id)
        return user.display_name if user else None
    return None


def _topics(training: TrainingSession) -> tuple[str, ...]:
    return tuple(label_of(CurriculumTopic, t) for t in training.topics or ())


def class_attendances(
    session: Session, actor: Actor, session_id: uuid.UUID
) -> tuple[TrainingSession, list[tuple[Attendance, Participant]]]:
    """The session and everyone who completed it, by surname; a session the actor may not see is not found."""
    training = session.get(TrainingSession, session_id)
    if training is None or training.deleted or not actor.may_use_site(training.site_id):
        raise NotFoundError("no such training session")
    rows = session.execute(
        select(Attendance, Participant)
        .join(Participant, Participant.id == Attendance.participant_id)
        .where(
            Attendance.session_id == training.id,
            Attendance.completed.is_(True),
            Attendance.deleted.is_(False),
            Participant.deleted.is_(False),
        )
        .order_by(Participant.last_name, Participant.first_name, Participant.code)
    ).all()
    return training, [(a, p) for a, p in rows]


def class_certificates(
    session: Session, training: TrainingSession, rows: list[tuple[Attendance, Participant]]
) -> list[Certificate]:
    """What each trainee's certificate says, in the order of ``rows`` (codes as the rows hold them)."""
    site = session.get(Site, training.site_id)
    site_name = site.name if site else ""
    trainer, topics = _trainer(session, training), _topics(training)
    return [
        Certificate(p.display_name, training.session_date, site_name, trainer, topics, a.certificate_code or "")
        for a, p in rows
    ]


def render_certificates(
    session: Session,
    certificates: list[Certificate],
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> bytes:
    """One PDF with a page for each certificate, under the program's name and logo."""
    branding = settings.load(session)
    tracker = Tracker(len(certificates), progress, cancelled)
    return CertificateRenderer(certificates, branding.program_name, branding.logo_path, tracker).render()


@dataclass(frozen=True)
class VerifiedCertificate:
    code: str
    name: str
    session_date: dt.date
    site_name: str
    trainer: str | None


def verify_certificate(session: Session, code: str) -> VerifiedCertificate | None:
    """The certificate issued under ``code``, or None when this program never issued it."""
    wanted = normalise_code(code)
    row = session.execute(
        select(Attendance, Participant, TrainingSession, Site)
        .join(Participant, Participant.id == Attendance.participant_id)
        .join(TrainingSession, TrainingSession.id == Attendance.session_id)
        .join(Site, Site.id == TrainingSession.site_id)
        .where(Attendance.certificate_code == wanted, Attendance.deleted.is_(False), TrainingSession.deleted.is_(False))
    ).first()
    if row is None:
        return None
    _, participant, training, site = row
    return VerifiedCertificate(
        wanted, participant.display_name, training.session_date, site.name, _trainer(session, training)
    )


# rendering -------------------------------------------------------------------------------------

INK = colors.HexColor("#1d2b36")
MUTED = colors.HexColor("#5b6b75")
GOLD = colors.HexColor("#b08d3c")


def _fit(text: str, font: str, size: float, width: float, smallest: float = 14) -> float:
    """The largest font size up to ``size`` at which ``text`` fits in ``width``."""
    while size > smallest and stringWidth(text, font, size) > width:
        size -= 1
    return size


def draw_qr(c: Canvas, text: str, x: float, y: float, size: float) -> None:
    """A QR code of ``text`` as one filled path: encoded once, far faster than a graphics widget of many shapes."""
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(text)
    # any of the eight masks makes a valid code; searching for the "best" one costs more than all the rest
    qr.version = qr.calculate_version()
    qr.makeImpl(False, 0)
    n = qr.getModuleCount()
    box = size / n
    path = c.beginPath()
    for r, row in enumerate(qr.modules):
        col = 0
        for dark, run in itertools.groupby(row):
            count = len(list(run))
            if dark:
                path.rect(x + col * box, y + size - (r + 1) * box, count * box, box)
            col += count
    c.saveState()
    c.setFillColor(colors.black)
    c.drawPath(path, stroke=0, fill=1)
    c.restoreState()


class CertificatePage(Flowable):
    """One certificate, drawn to a fixed layout filling the landscape page."""

    def __init__(self, cert: Certificate, renderer: CertificateRenderer) -> None:
        super().__init__()
        self.cert = cert
        self.renderer = renderer

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, avail_height
        return avail_width, avail_height

    def draw(self) -> None:
        self.renderer.tracker.check()
        c: Canvas = self.canv
        cert, w, h = self.cert, self.width, self.height
        cx = w / 2
        c.setFillColor(MUTED)
        c.setFont(FONT, 13)
        c.drawCentredString(cx, h - 62 * mm, "This certifies that")
        size = _fit(cert.name, FONT_BOLD, 34, w - 80 * mm)
        c.setFillColor(INK)
        c.setFont(FONT_BOLD, size)
        c.drawCentredString(cx, h - 78 * mm, cert.name)
        c.setStrokeColor(GOLD)
        c.setLineWidth(0.8)
        c.line(cx - 85 * mm, h - 82 * mm, cx + 85 * mm, h - 82 * mm)
        where = f" at {cert.site_name}" if cert.site_name else ""
        c.setFillColor(INK)
        c.setFont(FONT, 12.5)
        c.drawCentredString(
            cx,
            h - 92 * mm,
            f"completed overdose response and naloxone training on {cert.session_date:%B} {cert.session_date.day},"
            f" {cert.session_date.year}{where}.",
        )
        self._draw_topics(c, h - 103 * mm)
        self._draw_signature(c)
        self._draw_verification(c)
        self.renderer.tracker.step()

    def _draw_topics(self, c: Canvas, top: float) -> None:
        if not self.cert.topics:
            return
        c.setFillColor(TEAL)
        c.setFont(FONT_BOLD, 10.5)
        c.drawString(40 * mm, top, "Topics covered")
        column_width = (self.width - 80 * mm) / 2
        for col, paragraphs in enumerate(self.renderer.topic_columns(self.cert.topics, column_width - 6 * mm)):
            y = top - 5 * mm
            for p, height in paragraphs:
                y -= height
                p.drawOn(c, 40 * mm + col * column_width, y)
                y -= 1.2 * mm

    def _draw_signature(self, c: Canvas) -> None:
        x, y = 40 * mm, 30 * mm
        c.setStrokeColor(INK)
        c.setLineWidth(0.6)
        c.line(x, y, x + 75 * mm, y)
        c.setFillColor(INK)
        c.setFont(FONT_BOLD, 11)
        c.drawString(x, y + 3 * mm, self.cert.trainer or "")
        c.setFillColor(MUTED)
        c.setFont(FONT, 9)
        c.drawString(x, y - 5 * mm, "Trainer")

    def _draw_verification(self, c: Canvas) -> None:
        size = 27 * mm
        x, y = self.width - 40 * mm - size, 21 * mm
        draw_qr(c, self.cert.code, x, y, size)
        c.setFillColor(MUTED)
        c.setFont(FONT, 8.5)
        c.drawRightString(x - 4 * mm, y + size - 4 * mm, "Verification code")
        c.setFillColor(INK)
        c.setFont(FONT_BOLD, 15)
        c.drawRightString(x - 4 * mm, y + size - 11 * mm, self.cert.code)
        c.setFillColor(MUTED)
        c.setFont(FONT, 8)
        c.drawRightString(x - 4 * mm, y + size - 17 * mm, "The issuing program can confirm")
        c.drawRightString(x - 4 * mm, y + size - 21 * mm, "this certificate with this code.")


class CertificateRenderer(PdfRenderer):
    pagesize = landscape(A4)
    numbered = False

    def __init__(
        self, certificates: list[Certificate], program_name: str, logo_path: Path | None, tracker: Tracker
    ) -> None:
        super().__init__()
        self.certificates = certificates
        self.program_name = program_name
        self.logo_path = logo_path
        self.tracker = tracker
        self._topic_cache: dict[tuple[tuple[str, ...], float], list[list[tuple[Paragraph, float]]]] = {}
        self.title = f"Certificates of completion — {program_name}"
        self.author = program_name

    def topic_columns(self, topics: tuple[str, ...], width: float) -> list[list[tuple[Paragraph, float]]]:
        """The topic list laid out in two columns, wrapped once per class (every certificate shares it)."""
        key = (topics, width)
        if key not in self._topic_cache:
            body = style("topic", 9.5, textColor=INK, leading=12)
            half = (len(topics) + 1) // 2
            columns = []
            for chunk in (topics[:half], topics[half:]):
                wrapped = []
                for topic in chunk:
                    p = Paragraph(f"\u2022 {escape(topic)}", body)
                    wrapped.append((p, p.wrap(width, 30 * mm)[1]))
                columns.append(wrapped)
            self._topic_cache[key] = columns
        return self._topic_cache[key]

    def frame(self) -> Frame:
        width, height = self.pagesize
        return Frame(0, 0, width, height, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="page")

    def story(self) -> list[Flowable]:
        story: list[Flowable] = []
        for cert in self.certificates:
            if story:
                story.append(PageBreak())
            story.append(CertificatePage(cert, self))
        return story

    def on_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Border, logo, program name and title: the same on every certificate."""
        w, h = self.pagesize
        canvas.setStrokeColor(TEAL)
        canvas.setLineWidth(4)
        canvas.rect(10 * mm, 10 * mm, w - 20 * mm, h - 20 * mm)
        canvas.setStrokeColor(GOLD)
        canvas.setLineWidth(0.8)
        canvas.rect(14 * mm, 14 * mm, w - 28 * mm, h - 28 * mm)
        logo = 22 * mm
        draw_logo(canvas, self.logo_path, 24 * mm, h - 24 * mm - logo, logo)
        canvas.setFillColor(TEAL)
        canvas.setFont(FONT_BOLD, _fit(self.program_name, FONT_BOLD, 13, w - 110 * mm, smallest=8))
        canvas.drawString(24 * mm + logo + 5 * mm, h - 24 * mm - logo / 2 - 2, self.program_name)
        canvas.setFillColor(INK)
        canvas.setFont(FONT_BOLD, 30)
        canvas.drawCentredString(w / 2, h - 52 * mm, "Certificate of Completion")
