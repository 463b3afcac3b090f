"""Training sessions, what they covered, and who attended."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from oend.model.base import Base, Synced, code_enum
from oend.model.codes import TrainingFormat
from oend.model.voidable import Voidable


class Topic(Synced, Base):
    """A curriculum topic a session may cover. Sessions keep topic codes, so a code never changes;
    a topic no longer taught is retired (hidden from new sessions), never removed."""

    __tablename__ = "curriculum_topics"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    label: Mapped[str] = mapped_column(String(120))
    position: Mapped[int]
    active: Mapped[bool] = mapped_column(default=True)


class TrainingSession(Voidable, Synced, Base):
    __tablename__ = "training_sessions"
    __table_args__ = (Index("ix_training_sessions_site_date", "site_id", "session_date"),)

    session_date: Mapped[dt.date] = mapped_column(index=True)
    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"))
    trainer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    trainer_name: Mapped[str | None] = mapped_column(String(120))
    format: Mapped[TrainingFormat] = mapped_column(code_enum(TrainingFormat))
    topics: Mapped[list[str]] = mapped_column(default=list)  # Topic codes
    notes: Mapped[str | None] = mapped_column(Text)
    attendance: Mapped[list[Attendance]] = relationship(back_populates="session", lazy="selectin")


class Attendance(Voidable, Synced, Base):
    """One participant at one session, with the optional knowledge check and certificate code."""

    __tablename__ = "attendance"
    __table_args__ = (
        UniqueConstraint("session_id", "participant_id"),
        Index("ix_attendance_participant", "participant_id"),
    )

    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("training_sessions.id"))
    participant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("participants.id"))
    pre_score: Mapped[int | None]
    post_score: Mapped[int | None]
    completed: Mapped[bool] = mapped_column(default=True)
    certificate_code: Mapped[str | None] = mapped_column(String(16), unique=True)
    session: Mapped[TrainingSession] = relationship(back_populates="attendance")
