"""How an audit event reads on screen and in an export: the action in words, the record, the detail."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import QCoreApplication

from oend.model.codes import AuditAction
from oend.queries.audit import AuditRow


def action_labels() -> dict[AuditAction, str]:
    return {
        AuditAction.CREATE: QCoreApplication.translate("Audit", "Created"),
        AuditAction.UPDATE: QCoreApplication.translate("Audit", "Changed"),
        AuditAction.DELETE: QCoreApplication.translate("Audit", "Deleted"),
        AuditAction.MERGE: QCoreApplication.translate("Audit", "Merged"),
        AuditAction.VIEW: QCoreApplication.translate("Audit", "Viewed"),
        AuditAction.EXPORT: QCoreApplication.translate("Audit", "Exported"),
        AuditAction.PRINT: QCoreApplication.translate("Audit", "Printed"),
        AuditAction.SIGN_IN: QCoreApplication.translate("Audit", "Signed in"),
        AuditAction.SIGN_IN_FAILED: QCoreApplication.translate("Audit", "Sign-in refused"),
        AuditAction.SIGN_OUT: QCoreApplication.translate("Audit", "Signed out"),
        AuditAction.BACKUP: QCoreApplication.translate("Audit", "Backed up"),
        AuditAction.RESTORE: QCoreApplication.translate("Audit", "Restored a backup"),
        AuditAction.IMPORT: QCoreApplication.translate("Audit", "Imported"),
        AuditAction.GENERATE: QCoreApplication.translate("Audit", "Generated"),
    }


def action_label(action: AuditAction | str) -> str:
    try:
        return action_labels()[AuditAction(action)]
    except ValueError:
        return str(action)


def record_text(row: AuditRow) -> str:
    """The kind of record and the start of its id (enough to tell records apart, short enough to read)."""
    return f"{row.entity} {str(row.entity_id)[:8]}" if row.entity_id else row.entity


def _value(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, default=str) if isinstance(value, (list, dict)) else str(value)


def detail_text(row: AuditRow) -> str:
    """The event's note, or the fields a change touched: ``name: before → after`` (empty values left out)."""
    if row.detail:
        return row.detail
    before, after = row.before or {}, row.after or {}
    parts = []
    for name in sorted(set(before) | set(after)):
        old, new = before.get(name), after.get(name)
        if old in (None, "", []) and new in (None, "", []):
            continue
        if name in before and name in after:
            parts.append(f"{name}: {_value(old)} → {_value(new)}")
        else:
            parts.append(f"{name}: {_value(new if name in after else old)}")
    return "; ".join(parts)[:500]


def local_time(at: dt.datetime) -> str:
    """A stored UTC time in this computer's time zone (SQLite hands times back without a zone)."""
    aware = at if at.tzinfo is not None else at.replace(tzinfo=dt.UTC)
    return aware.astimezone().strftime("%Y-%m-%d %H:%M:%S")
