"""Saving a funder report to a file: computed, rendered, written whole, and recorded in the audit trail."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.changes import Area, Changed
from oend.model.codes import AuditAction
from oend.reporting.engine import compute_report, report_format, write_report
from oend.reporting.periods import Period
from oend.reporting.progress import CancelCheck, Progress
from oend.reporting.report_model import Report, Template
from oend.services import audit


def save_report(
    session: Session,
    actor: Actor,
    template: Template | str,
    period: Period,
    sites: Sequence[str | uuid.UUID] | None,
    out_path: str | Path,
    fmt: str | None = None,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    language: str = "en",
) -> Changed[Report]:
    """Compute ``template`` (or the one of that name) and save it as PDF or XLSX (by suffix unless ``fmt``),
    worded in ``language`` (``en`` or ``es``).

    The export is recorded in the audit trail, in the caller's transaction.
    """
    out_path = Path(out_path)
    fmt = report_format(out_path, fmt)
    report = compute_report(
        session, actor, template, period, sites, progress=progress, cancelled=cancelled, language=language
    )
    write_report(report, out_path, fmt, progress=progress, cancelled=cancelled)
    sites_text = ", ".join(report.site_names) or "all sites"
    audit.record(
        session,
        actor,
        AuditAction.EXPORT,
        "report",
        detail=f"{report.template.name} {period.label} ({sites_text}) as {fmt.upper()}",
    )
    return Changed(report, frozenset({Area.AUDIT}))
