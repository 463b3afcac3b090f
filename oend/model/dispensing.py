"""Kits handed out: a first supply or a refill, to a known participant or anonymously."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from oend.model.base import Base, Synced, code_enum
from oend.model.codes import ParticipantCategory, RefillReason, SupplySource, SupplyType
from oend.model.voidable import Voidable


class Dispensing(Voidable, Synced, Base):
    """One hand-over of ``quantity`` kits of one lot.

    ``participant_id`` is empty for anonymous distribution; ``recipient_category`` is then what
    reports count by. Bulk totals from a partner agency are one row with a larger quantity.
    """

    __tablename__ = "dispensings"
    __table_args__ = (
        # Covering: kits per site for a period reads this index alone, never the table.
        Index("ix_dispensings_site_date", "site_id", "dispensed_on", "quantity", "deleted"),
        # Covering: the Today page's kits of a period by month, supply type and refill reason, and a report's
        # kits, doses and people by product, site and supply source, read this index alone.
        Index(
            "ix_dispensings_date",
            *("dispensed_on", "deleted", "supply_type", "refill_reason", "quantity"),
            *("product_id", "site_id", "supply_source", "participant_id"),
        ),
        # Covering: who is due a new kit reads this index alone (each person's kits with their lots, and the
        # latest kit since a report). One wider index rather than a second one: a bulk load sorts every row
        # once per index it rebuilds.
        Index("ix_dispensings_participant", "participant_id", "deleted", "dispensed_on", "lot_id"),
        # Covering: stock on hand per lot and site, and a recalled lot's recipients.
        Index("ix_dispensings_lot", "lot_id", "site_id", "quantity", "deleted"),
    )

    dispensed_on: Mapped[dt.date]
    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"))
    participant_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("participants.id"))
    recipient_category: Mapped[ParticipantCategory | None] = mapped_column(code_enum(ParticipantCategory))
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"))
    lot_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("lots.id"))
    quantity: Mapped[int]
    supply_type: Mapped[SupplyType] = mapped_column(code_enum(SupplyType))
    refill_reason: Mapped[RefillReason | None] = mapped_column(code_enum(RefillReason))
    reason_note: Mapped[str | None] = mapped_column(String(200))
    supply_source: Mapped[SupplySource] = mapped_column(code_enum(SupplySource))
    dispensed_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    training_session_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("training_sessions.id"))
    reversal_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("reversals.id"))
    notes: Mapped[str | None] = mapped_column(Text)
