"""Exporting the filtered audit trail to CSV, recorded in the trail itself as an export.

The exchange package exports the program's lists, not the trail, so this small writer pages through
``browse_audit`` with the screen's filter, neutralises text that could run as a formula, writes to a
temporary file that takes the final name only when complete, and has the export recorded in the trail.
"""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.cells import csv_text
from oend.core.changes import Changed
from oend.core.labels import label
from oend.queries.audit import AuditFilter, browse_audit
from oend.services.exports import record_audit_trail_export
from oend.staging import staged
from oend.ui.text.audit_text import detail_text

BATCH = 2000
HEADER = ("time_utc", "user", "device", "action", "action_code", "record", "record_id", "detail")


def describe(where: AuditFilter) -> str:
    parts = []
    if where.username:
        parts.append(f"user {where.username}")
    if where.action:
        parts.append(f"action {where.action.value}")
    if where.since:
        parts.append(f"from {where.since.date().isoformat()}")
    if where.until:
        parts.append(f"before {where.until.date().isoformat()}")
    return ", ".join(parts) or "no filters"


def export_audit_csv(session: Session, actor: Actor, where: AuditFilter, out_path: Path) -> Changed[int]:
    """Write every event matching ``where`` to ``out_path`` in the caller's transaction; the record is the count."""
    written = 0
    with staged(out_path) as tmp:
        with tmp.open("w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(HEADER)
            while True:
                rows = browse_audit(session, actor, where, limit=BATCH, offset=written)
                for row in rows:
                    writer.writerow(
                        [
                            row.at.isoformat(),
                            csv_text(row.username or ""),
                            csv_text(row.device_id or ""),
                            label(row.action),
                            row.action.value,
                            row.entity,
                            str(row.entity_id or ""),
                            csv_text(detail_text(row)),
                        ]
                    )
                written += len(rows)
                if len(rows) < BATCH:
                    break
        changed = record_audit_trail_export(session, actor, written, out_path.name, describe(where))
    return changed
