"""Linkage to care: the services a program refers people to, the referrals it makes, and the follow-ups after
a referral or a release that show whether the person got there."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, Index, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from oend.model.base import Base, Synced, code_enum
from oend.model.codes import ReferralKind, ReferralOutcome, ReferralSource
from oend.model.voidable import Voidable


class Provider(Synced, Base):
    """A service the program refers people to (a clinic, a recovery centre), kept in a list like partners."""

    __tablename__ = "providers"

    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[ReferralKind | None] = mapped_column(code_enum(ReferralKind))  # what it mainly offers
    region: Mapped[str | None] = mapped_column(String(80))
    active: Mapped[bool] = mapped_column(default=True)


class Referral(Voidable, Synced, Base):
    """One offer of a service to a person, or to someone not enrolled (then counted by kind alone).

    ``source_kind`` and ``source_id`` name the record it was made from (a reversal report, a kit hand-over...);
    the id is no foreign key as it points into one of several tables.
    """

    __tablename__ = "referrals"
    __table_args__ = (
        Index("ix_referrals_site_date", "site_id", "referred_on"),
        Index("ix_referrals_participant", "participant_id", "deleted"),
        Index("ix_referrals_source", "source_kind", "source_id"),
    )

    referred_on: Mapped[dt.date]
    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"))
    participant_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("participants.id"))
    kind: Mapped[ReferralKind] = mapped_column(code_enum(ReferralKind))
    provider_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("providers.id"))
    warm_handoff: Mapped[bool] = mapped_column(default=False)
    consent_to_follow_up: Mapped[bool] = mapped_column(default=False)
    source_kind: Mapped[ReferralSource] = mapped_column(code_enum(ReferralSource))
    source_id: Mapped[uuid.UUID | None] = mapped_column(Uuid())
    outcome: Mapped[ReferralOutcome | None] = mapped_column(code_enum(ReferralOutcome))
    outcome_on: Mapped[dt.date | None]
    closed_on: Mapped[dt.date | None]
    notes: Mapped[str | None] = mapped_column(Text)


class FollowUp(Voidable, Synced, Base):
    """A contact due after a referral or after a release (``released_on`` set, no referral), and what it found."""

    __tablename__ = "follow_ups"
    __table_args__ = (
        # Covering: the follow-ups due at a site read this index alone.
        Index("ix_follow_ups_site_due", "site_id", "deleted", "done_on", "due_on"),
        # The open ones at every site, in due-date order: Today's first few without a sort, its count covered.
        Index("ix_follow_ups_open", "done_on", "deleted", "due_on", "referral_id"),
        Index("ix_follow_ups_referral", "referral_id"),
        Index("ix_follow_ups_participant", "participant_id"),
    )

    referral_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("referrals.id"))
    participant_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("participants.id"))
    released_on: Mapped[dt.date | None]  # the release it follows, for one that belongs to no referral
    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"))
    due_on: Mapped[dt.date]
    done_on: Mapped[dt.date | None]
    contact_made: Mapped[bool | None]
    connected: Mapped[bool | None]
    notes: Mapped[str | None] = mapped_column(Text)
