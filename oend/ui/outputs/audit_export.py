"""Exporting the filtered audit trail to CSV, recorded in the trail itself as an export.

The exchange package exports the program's lists, not the trail, so this small writer pages through
``browse_audit`` with the screen's filter, neutralises text that could run as a formula, writes to a
temporary file that takes the final name only when complete, and has the export recorded in the trail.
"""

from __future__ import annotations

import csv
import os
import tempfile
from pathlib import Path

from oend.core.cells import csv_text
from oend.core.labels import label
from oend.queries.audit import AuditFilter, browse_audit
from oend.services.exports import record_audit_trail_export
from oend.ui.text.audit_text import detail_text
from oend.ui.workspace import Workspace

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


def export_audit_csv(workspace: Workspace, where: AuditFilter, out_path: Path) -> int:
    """Write every event matching ``where`` to ``out_path``; returns how many rows were written."""
    out_path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=out_path.parent, prefix=f".{out_path.name}.", suffix=".part")
    os.close(fd)
    tmp = Path(name)
    written = 0
    try:
        with workspace.db.transaction() as session:
            with tmp.open("w", encoding="utf-8-sig", newline="") as f:
                writer = csv.writer(f)
                writer.writerow(HEADER)
                while True:
                    rows = browse_audit(session, workspace.actor, where, limit=BATCH, offset=written)
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
            os.replace(tmp, out_path)
            record_audit_trail_export(session, workspace.actor, written, out_path.name, describe(where))
    finally:
        tmp.unlink(missing_ok=True)
    return written
