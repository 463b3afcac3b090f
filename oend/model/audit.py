"""The audit trail and the program's settings."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from oend.ids import uuid7
from oend.model.base import Base, code_enum, utcnow
from oend.model.codes import AuditAction


class AuditEvent(Base):
    """Who did what to which record, with before and after values.

    Append-only: the database refuses UPDATE and DELETE on this table (see the migrations).
    """

    __tablename__ = "audit_events"
    __table_args__ = (
        Index("ix_audit_events_at", "at"),
        Index("ix_audit_events_entity", "entity", "entity_id"),
        Index("ix_audit_events_user", "user_id", "at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid7)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    user_id: Mapped[uuid.UUID | None]
    username: Mapped[str | None] = mapped_column(String(60))
    device_id: Mapped[str | None] = mapped_column(String(64))
    action: Mapped[AuditAction] = mapped_column(code_enum(AuditAction))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[uuid.UUID | None]
    before: Mapped[dict[str, Any] | None]
    after: Mapped[dict[str, Any] | None]
    detail: Mapped[str | None] = mapped_column(Text)


class Setting(Base):
    """One program-wide setting (program name, participant ID scheme, thresholds)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[dict[str, Any]]
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
