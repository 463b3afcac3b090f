"""Naloxone products, their lots, and every movement of stock in or out of a site."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from oend.model.base import Base, Synced, code_enum
from oend.model.codes import Formulation, MovementKind, Route, WriteOffReason
from oend.model.voidable import Voidable


class Product(Synced, Base):
    __tablename__ = "products"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    strength: Mapped[str | None] = mapped_column(String(40))  # as the box says: "4 mg", "0.4 mg/1 mL"
    formulation: Mapped[Formulation] = mapped_column(code_enum(Formulation))
    route: Mapped[Route] = mapped_column(code_enum(Route))
    doses_per_kit: Mapped[int]
    active: Mapped[bool] = mapped_column(default=True)


class Lot(Synced, Base):
    __tablename__ = "lots"
    __table_args__ = (UniqueConstraint("product_id", "lot_number"),)

    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"))
    lot_number: Mapped[str] = mapped_column(String(40))
    expiry_date: Mapped[dt.date] = mapped_column(index=True)
    recalled: Mapped[bool] = mapped_column(default=False)
    product: Mapped[Product] = relationship(lazy="joined")


class StockMovement(Voidable, Synced, Base):
    """A signed change in kits of one lot at one site: received, moved, written off.

    Stock on hand is the sum of these minus the kits dispensed (a dispensing is itself the kits
    leaving, so it is not written twice). An append-only ledger, rather than a mutable count,
    merges cleanly across laptops: two devices' movements simply add up.
    """

    __tablename__ = "stock_movements"
    __table_args__ = (Index("ix_stock_movements_site_lot", "site_id", "lot_id", "quantity"),)

    movement_date: Mapped[dt.date]
    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"))
    lot_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("lots.id"))
    kind: Mapped[MovementKind] = mapped_column(code_enum(MovementKind))
    quantity: Mapped[int]
    write_off_reason: Mapped[WriteOffReason | None] = mapped_column(code_enum(WriteOffReason))
    transfer_id: Mapped[uuid.UUID | None]  # pairs the two legs of a transfer
    reference: Mapped[str | None] = mapped_column(String(120))  # shipment or invoice number
    notes: Mapped[str | None] = mapped_column(Text)
