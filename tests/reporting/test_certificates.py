"""Certificates read back from the PDF: names (in any script), codes, and the lookup that verifies them."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from oend.core.actor import Actor
from oend.errors import NotFoundError
from oend.model import Attendance, AuditEvent
from oend.model.codes import AuditAction, Role
from oend.reporting.certificates import ALPHABET, verify_certificate
from oend.reporting.progress import Cancelled
from oend.services.certificates import issue_certificates


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_class_certificates_one_page_each_with_unicode_names(seeded, actor: Actor) -> None:
    session, data = seeded
    seen: list[tuple[int, int]] = []
    with session.begin():
        pdf = issue_certificates(
            session, actor, data.sessions["S1"].id, progress=lambda d, t: seen.append((d, t))
        ).record
    pages = _pages(pdf)
    assert len(pages) == 5
    text = "\n".join(pages)
    for name in ("Nguyễn Thị Mai", "José Álvarez", "Dana Brooks", "Sam Lee", "P-A3"):  # A3 keeps no name
        assert name in text
    assert "Jordan Rivera" in text and "July 10, 2025" in text and "North Shore Harm Reduction" in text
    assert "How to give naloxone" in text
    assert seen[-1] == (5, 5)
    codes = session.scalars(select(Attendance.certificate_code).where(Attendance.session_id == data.sessions["S1"].id))
    codes = list(codes)
    assert len(set(codes)) == 5
    for code in codes:
        assert re.fullmatch(f"[{ALPHABET}]{{4}}-[{ALPHABET}]{{4}}", code)
        assert code in text
    printed = session.scalars(select(AuditEvent).where(AuditEvent.action == AuditAction.PRINT)).one()
    assert printed.entity_id == data.sessions["S1"].id and "5 certificates" in printed.detail


def test_codes_are_stable_and_verifiable(seeded, actor: Actor) -> None:
    session, data = seeded
    sid = data.sessions["S2"].id
    with session.begin():
        first = issue_certificates(session, actor, sid).record
    with session.begin():
        again = issue_certificates(session, actor, sid).record
    code = session.scalars(
        select(Attendance.certificate_code).where(
            Attendance.session_id == sid, Attendance.participant_id == data.people["L1"].id
        )
    ).one()
    assert code in "".join(_pages(first)) and code in "".join(_pages(again))
    found = verify_certificate(session, code.lower().replace("-", " "))
    assert found is not None and found.name == "Marcus Hill" and found.site_name == "County House of Correction"
    assert verify_certificate(session, "2222-2222") is None
    # L5 did not complete the class: no certificate
    assert "Joe Park" not in "".join(_pages(first))


def test_other_sites_session_is_not_found(seeded) -> None:
    session, data = seeded
    worker = Actor(None, "w", Role.OUTREACH_WORKER, "dev", frozenset({data.site_id("NORTH")}))
    with pytest.raises(NotFoundError), session.begin():
        issue_certificates(session, worker, data.sessions["S2"].id)


def test_cancel_stops_printing(seeded, actor: Actor) -> None:
    session, data = seeded
    with pytest.raises(Cancelled), session.begin():
        issue_certificates(session, actor, data.sessions["S1"].id, cancelled=lambda: True)


def test_a_class_of_forty_gets_forty_pages(seeded, actor: Actor) -> None:
    """Their speed is the benchmark's (tests/bench/run.py, under 2 s); here, that every one is there."""
    from tests.reporting.seed import add_class

    session, data = seeded
    with session.begin():
        sid = add_class(session, data.site_id("JAIL"), 40)
    with session.begin():
        pdf = issue_certificates(session, actor, sid).record
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 40
