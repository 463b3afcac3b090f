"""What an action changed: every service returns a ``Changed`` so each screen can decide whether to refresh
(the shape of Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, TypeVar

T = TypeVar("T")


class Area(StrEnum):
    """The parts of the data a screen may show; a write names the ones it touched."""

    PARTICIPANTS = "participants"
    TRAININGS = "trainings"
    STOCK = "stock"
    DISPENSING = "dispensing"
    REVERSALS = "reversals"
    LINKAGE = "linkage"  # referrals, follow-ups and the providers they name
    SITES = "sites"
    USERS = "users"
    SETTINGS = "settings"
    AUDIT = "audit"


@dataclass(frozen=True)
class Changed(Generic[T]):
    """The record an action produced and the areas it changed."""

    record: T
    areas: frozenset[Area]
