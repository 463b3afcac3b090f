"""Overdose responses reported back to the program. Every field but the date is optional."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from oend.model.base import Base, Synced, code_enum
from oend.model.codes import (
    AgeBand,
    Ethnicity,
    Gender,
    Outcome,
    Race,
    ResponderRelation,
    ReversalSetting,
    Route,
)
from oend.model.voidable import Voidable


class Reversal(Voidable, Synced, Base):
    __tablename__ = "reversals"
    __table_args__ = (
        Index("ix_reversals_date", "overdose_date"),
        Index("ix_reversals_site_date", "site_id", "overdose_date"),
        # Covering: each reporter's latest report, for who used a kit and has had none since.
        Index("ix_reversals_reporter", "reporter_id", "deleted", "overdose_date"),
    )

    overdose_date: Mapped[dt.date]
    overdose_time: Mapped[dt.time | None]
    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"))  # where it was reported
    reporter_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("participants.id"))
    zip_code: Mapped[str | None] = mapped_column(String(10))
    county: Mapped[str | None] = mapped_column(String(80))
    setting: Mapped[ReversalSetting | None] = mapped_column(code_enum(ReversalSetting))
    responder_relation: Mapped[ResponderRelation | None] = mapped_column(code_enum(ResponderRelation))
    victim_age_band: Mapped[AgeBand | None] = mapped_column(code_enum(AgeBand))
    victim_gender: Mapped[Gender | None] = mapped_column(code_enum(Gender))
    victim_race: Mapped[Race | None] = mapped_column(code_enum(Race))
    victim_ethnicity: Mapped[Ethnicity | None] = mapped_column(code_enum(Ethnicity))
    substances: Mapped[list[str]] = mapped_column(default=list)
    fentanyl_suspected: Mapped[bool | None]
    conscious_before_naloxone: Mapped[bool | None]
    product_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("products.id"))
    doses: Mapped[int | None]
    route: Mapped[Route | None] = mapped_column(code_enum(Route))
    rescue_breathing: Mapped[bool | None]
    stayed_with_person: Mapped[bool | None]
    called_911: Mapped[bool | None]
    ems_arrived: Mapped[bool | None]
    outcome: Mapped[Outcome] = mapped_column(code_enum(Outcome), default=Outcome.UNKNOWN)
    transported: Mapped[bool | None]
    linked_to_care: Mapped[bool | None]
    replacement_offered: Mapped[bool | None]
    notes: Mapped[str | None] = mapped_column(Text)
