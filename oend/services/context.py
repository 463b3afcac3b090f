"""Who is acting, and what an action changed.

Every service call carries an ``Actor``; every service returns a ``Changed`` so each screen can
decide whether to refresh (the shape of Anki's OpChanges).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Generic, TypeVar

from oend.errors import PermissionDenied
from oend.model.codes import Role

T = TypeVar("T")

ALL_SITE_ROLES = frozenset({Role.COORDINATOR, Role.ADMINISTRATOR})


class Area(StrEnum):
    """The parts of the data a screen may show; a write names the ones it touched."""

    PARTICIPANTS = "participants"
    TRAININGS = "trainings"
    STOCK = "stock"
    DISPENSING = "dispensing"
    REVERSALS = "reversals"
    SITES = "sites"
    USERS = "users"
    SETTINGS = "settings"
    AUDIT = "audit"


@dataclass(frozen=True)
class Changed(Generic[T]):
    """The record an action produced and the areas it changed."""

    record: T
    areas: frozenset[Area]


@dataclass(frozen=True)
class Actor:
    """The signed-in user on whose behalf a service runs.

    ``site_ids`` bounds outreach workers and site leads; coordinators and administrators see all sites.
    """

    user_id: uuid.UUID | None
    username: str
    role: Role
    device_id: str
    site_ids: frozenset[uuid.UUID] = field(default_factory=frozenset)

    @classmethod
    def system(cls, device_id: str, purpose: str = "system") -> Actor:
        """The actor for work no person started (set-up, demo data, migrations)."""
        return cls(user_id=None, username=purpose, role=Role.ADMINISTRATOR, device_id=device_id)

    @property
    def all_sites(self) -> bool:
        return self.role in ALL_SITE_ROLES

    def may_use_site(self, site_id: uuid.UUID | None) -> bool:
        return self.all_sites or (site_id is not None and site_id in self.site_ids)

    def require_site(self, site_id: uuid.UUID) -> None:
        if not self.may_use_site(site_id):
            raise PermissionDenied("{username} does not work at that site", values={"username": self.username})

    def require_role(self, *roles: Role) -> None:
        if self.role not in roles:
            raise PermissionDenied(
                "{username} ({role}) may not do this", values={"username": self.username, "role": self.role}
            )
