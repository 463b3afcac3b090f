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

    Append-only: the database refuses UPDATE and DELETE on this table (see the migrations). Each device's
    events form a hash chain: ``seq`` counts them, ``prev_hash`` is the previous one's ``hash`` and ``hash``
    covers the event's own fields, so an edited, removed or inserted event breaks the chain where it is.
    """

    __tablename__ = "audit_events"
    __table_args__ = (
        Index("ix_audit_events_at", "at"),
        Index("ix_audit_events_entity", "entity", "entity_id"),
        Index("ix_audit_events_user", "user_id", "at"),
        Index("ix_audit_events_chain", "device_id", "seq", unique=True),
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
    seq: Mapped[int | None]
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64))


class AuditCheckpoint(Base):
    """A device chain's head as an administrator saw it, signed with the authority key.

    Events after a checkpoint can be removed only together with the whole chain's tail, and a checkpoint
    names the event it saw: a chain that no longer reaches it was cut short. Append-only like the trail.
    """

    __tablename__ = "audit_checkpoints"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid7)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    device_id: Mapped[str] = mapped_column(String(64))
    seq: Mapped[int]
    event_hash: Mapped[str] = mapped_column(String(64))
    signed_by: Mapped[uuid.UUID | None]
    signature: Mapped[str] = mapped_column(Text)


class AuthoritySlot(Base):
    """On a server (no key file): the authority key wrapped under one administrator's password."""

    __tablename__ = "authority_slots"

    user_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    slot: Mapped[dict[str, Any]]


class Setting(Base):
    """One program-wide setting (program name, participant ID scheme, thresholds)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[dict[str, Any]]
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
