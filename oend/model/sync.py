"""The change log that carries every write to other devices, and what sync knows of them."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from oend.ids import uuid7
from oend.model.base import Base, utcnow

#: Room for a clock reading: an ISO time to the millisecond, a counter and the device id.
HLC_LENGTH = 80


class Device(Base):
    """A device this database has seen: its own writers and the peers whose changes it holds.

    ``last_seq`` is the newest change held from that device (its changes are applied in order, so
    every earlier one is held too); for a device writing here, the next change takes ``last_seq + 1``
    under this row's lock. ``replaced_by`` names the identity a restored installation moved to.
    """

    __tablename__ = "devices"

    device_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_hlc: Mapped[str | None] = mapped_column(String(HLC_LENGTH))
    first_seen: Mapped[dt.datetime] = mapped_column(default=utcnow)
    last_seen: Mapped[dt.datetime] = mapped_column(default=utcnow)
    replaced_by: Mapped[str | None] = mapped_column(String(64))


class Change(Base):
    """One write as it travels: the row's values after it, stamped with its device, place and clock.

    ``fields`` names, for an update, each field it set and the clock of the value it replaced (what its
    device had seen), so a receiver can tell a later edit from a concurrent one.
    """

    __tablename__ = "changes"
    __table_args__ = (
        UniqueConstraint("device_id", "seq"),
        Index("ix_changes_hlc", "hlc"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid7)
    device_id: Mapped[str] = mapped_column(String(64))
    seq: Mapped[int]
    hlc: Mapped[str] = mapped_column(String(HLC_LENGTH))
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(80))
    operation: Mapped[str] = mapped_column(String(10))
    #: None for a row logged in bulk: its values are read from the row when it is sent.
    row_values: Mapped[dict[str, Any] | None]
    fields: Mapped[dict[str, Any] | None]
    schema_revision: Mapped[str] = mapped_column(String(10))


class FieldClock(Base):
    """The clock of the last write to one field of a mutable record (fields never edited have none)."""

    __tablename__ = "field_clocks"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    field: Mapped[str] = mapped_column(String(64), primary_key=True)
    hlc: Mapped[str] = mapped_column(String(HLC_LENGTH))


class SyncPeer(Base):
    """How far a peer has seen each device's changes: what it still lacks is everything after."""

    __tablename__ = "sync_peers"

    peer_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int]
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class SyncPending(Base):
    """A change received before what it builds on (its parent row, its device's earlier changes)."""

    __tablename__ = "sync_pending"

    device_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(primary_key=True)
    hlc: Mapped[str] = mapped_column(String(HLC_LENGTH))
    change: Mapped[dict[str, Any]]
    waiting_for: Mapped[str] = mapped_column(Text)
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class SyncRejection(Base):
    """A change refused, with the reason in plain words: here (the change stays in the log to travel on),
    or on the device ``refused_by``, brought from there so the refusal reaches the device that made it."""

    __tablename__ = "sync_rejections"

    device_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(primary_key=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(80))
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    refused_by: Mapped[str | None] = mapped_column(String(64), default=None)


class SyncRefusalSet(Base):
    """How recent the refusals held from one device are: the moment it sent them (its own clock), so a set
    that arrives later but is older, through another device, never brings back a refusal since ended."""

    __tablename__ = "sync_refusal_sets"

    refused_by: Mapped[str] = mapped_column(String(64), primary_key=True)
    as_of: Mapped[str] = mapped_column(String(40))


class SyncConflict(Base):
    """Two devices changed one field differently since they last met: both values, for a coordinator.

    The later clock's value is in the record already; ``resolved_at`` is set once a coordinator confirms it.
    """

    __tablename__ = "sync_conflicts"
    __table_args__ = (UniqueConstraint("table_name", "row_id", "field", "kept_hlc", "lost_hlc"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid7)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(80))
    field: Mapped[str] = mapped_column(String(64))
    kept_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    kept_hlc: Mapped[str] = mapped_column(String(HLC_LENGTH))
    lost_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    lost_hlc: Mapped[str] = mapped_column(String(HLC_LENGTH))
    found_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[dt.datetime | None]
    resolved_by: Mapped[uuid.UUID | None]


class SyncMergeOffer(Base):
    """Two records sync found holding one participant code: perhaps one person enrolled on two devices.

    The record with the later id carries a stand-in code (on every device alike); a coordinator merges the
    two or says they are different people. Local book-keeping like conflicts: offers do not travel; a merge
    does, and so does a dismissal (``DistinctPeople``).
    """

    __tablename__ = "sync_merge_offers"
    __table_args__ = (UniqueConstraint("kept_id", "duplicate_id"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid7)
    kept_id: Mapped[uuid.UUID]
    duplicate_id: Mapped[uuid.UUID]
    code: Mapped[str] = mapped_column(String(40))
    found_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    resolved: Mapped[bool] = mapped_column(default=False)
