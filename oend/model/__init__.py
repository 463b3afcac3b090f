"""The nouns of the domain as typed SQLAlchemy classes; no behaviour beyond invariants."""

from oend.model.audit import AuditCheckpoint, AuditEvent, AuthoritySlot, Setting
from oend.model.base import Base
from oend.model.dispensing import Dispensing
from oend.model.distinct_people import DistinctPeople
from oend.model.inventory import Lot, Product, StockMovement
from oend.model.linkage import FollowUp, Provider, Referral
from oend.model.organisation import Partner, Site, User, user_sites
from oend.model.participant import Participant
from oend.model.reversal import Reversal
from oend.model.sync import (
    Change,
    Device,
    FieldClock,
    SyncConflict,
    SyncMergeOffer,
    SyncPeer,
    SyncPending,
    SyncRefusalSet,
    SyncRejection,
)
from oend.model.training import Attendance, Topic, TrainingSession

__all__ = [
    "Attendance",
    "AuditCheckpoint",
    "AuditEvent",
    "AuthoritySlot",
    "Base",
    "Change",
    "Device",
    "Dispensing",
    "DistinctPeople",
    "FieldClock",
    "FollowUp",
    "Lot",
    "Participant",
    "Partner",
    "Product",
    "Provider",
    "Referral",
    "Reversal",
    "Setting",
    "Site",
    "StockMovement",
    "SyncConflict",
    "SyncMergeOffer",
    "SyncPeer",
    "SyncPending",
    "SyncRefusalSet",
    "SyncRejection",
    "Topic",
    "TrainingSession",
    "User",
    "user_sites",
]
