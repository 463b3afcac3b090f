"""Who is acting: the signed-in user on whose behalf a service runs, and what their role allows."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from oend.core.codes import Role
from oend.errors import PermissionDenied

ALL_SITE_ROLES = frozenset({Role.COORDINATOR, Role.ADMINISTRATOR})


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
    #: The authority key's seed, held by an administrator who unwrapped it at sign-in: what signs rights.
    authority: bytes | None = field(default=None, repr=False, compare=False)

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
