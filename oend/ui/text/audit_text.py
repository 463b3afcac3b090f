"""How an audit event reads on screen and in an export: the record, the detail, the time (the action's words
are in ``oend.core.labels``)."""

from __future__ import annotations

import datetime as dt
import json

from oend.queries.audit import AuditRow


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
