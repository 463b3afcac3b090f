"""What every page works with: the open database and the signed-in user.

Passed to each page's constructor (no global singletons), so a test builds a window over any database
and the sign-in dialog decides who the actor is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the app imports this before its first window, which must not wait for the database code
    from oend.core.actor import Actor
    from oend.db import Database
    from oend.security.keyslots import Keyring
    from oend.services.accounts import SignedIn


@dataclass(frozen=True)
class Workspace:
    db: Database
    actor: Actor
    #: The sign-in this workspace came from (None for a window built straight over a database).
    signed_in: SignedIn | None = None
    #: The user's last choices in the forms (a product, say), kept while they stay signed in.
    recent: dict[str, object] = field(default_factory=dict, compare=False)

    @classmethod
    def of(cls, signed_in: SignedIn) -> Workspace:
        return cls(signed_in.db, signed_in.actor, signed_in)

    @property
    def keyring(self) -> Keyring | None:
        """The key slots a user change must update (None on PostgreSQL or without a sign-in)."""
        return self.signed_in.keyring if self.signed_in is not None else None

    @property
    def database_label(self) -> str:
        """The database as a person recognises it: the file path, or the server URL without its password."""
        if self.db.path is not None:
            return str(self.db.path)
        return self.db.engine.url.render_as_string(hide_password=True)
