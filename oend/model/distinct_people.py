"""Two participant records a coordinator said are different people, though sync found them sharing a code."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from oend.model.base import Base, Synced


class DistinctPeople(Synced, Base):
    """A merge offer dismissed: it travels like any record, so no device offers the pair again.

    The offers themselves are each database's own book-keeping (``SyncMergeOffer``); this is the decision.
    """

    __tablename__ = "distinct_people"
    __table_args__ = (Index("ix_distinct_people_pair", "first_id", "second_id"),)

    first_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("participants.id"))
    second_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("participants.id"))
