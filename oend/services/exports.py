"""Exports as user actions: a list written to a file, or the audit trail saved, each recorded in the trail.

The trail says what left the program, how many rows, with which filters, and whether the rows name people.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.changes import Area, Changed
from oend.exchange.export import ExportResult, write_list, write_rows
from oend.exchange.lists import ListFilter, get_list
from oend.model.codes import AuditAction
from oend.reporting.progress import CancelCheck, Progress
from oend.services import audit

AREAS = frozenset({Area.AUDIT})


def export_list(
    session: Session,
    actor: Actor,
    list_name: str,
    out_path: str | Path,
    filters: ListFilter | None = None,
    fmt: str | None = None,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Changed[ExportResult]:
    """Export the list ``list_name`` as the user sees it (filters, site scope) to ``out_path``, audited."""
    spec = get_list(list_name)
    result = write_list(session, actor, list_name, out_path, filters, fmt, progress=progress, cancelled=cancelled)
    audit.record(
        session,
        actor,
        AuditAction.EXPORT,
        spec.name,
        detail=(
            f"{result.rows} rows of {spec.title.lower()} as {result.fmt.upper()} to {result.path.name}"
            f" ({(filters or ListFilter()).describe()}){'; identifiable data' if spec.identifiable else ''}"
        ),
    )
    return Changed(result, AREAS)


def export_shown_rows(
    session: Session,
    actor: Actor,
    name: str,
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    out_path: str | Path,
    fmt: str | None = None,
) -> Changed[ExportResult]:
    """Save a list as the screen shows it (the people or stock behind a dashboard figure), audited."""
    result = write_rows(out_path, title, headers, rows, fmt)
    audit.record(
        session,
        actor,
        AuditAction.EXPORT,
        name,
        detail=f"{result.rows} rows of {name.replace('_', ' ')} as {result.fmt.upper()} to {result.path.name}",
    )
    return Changed(result, AREAS)


def record_audit_trail_export(session: Session, actor: Actor, rows: int, file_name: str, filters: str) -> Changed[int]:
    """Record that ``rows`` events of the audit trail, chosen by ``filters``, were saved as CSV to ``file_name``."""
    audit.record(
        session,
        actor,
        AuditAction.EXPORT,
        "audit_events",
        detail=f"{rows} rows of the audit trail as CSV to {file_name} ({filters})",
    )
    return Changed(rows, AREAS)
