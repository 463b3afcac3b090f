"""What every page works with: the open database and the signed-in user.

Passed to each page's constructor (no global singletons), so a test builds a window over any database
and the sign-in dialog decides who the actor is.
"""

from __future__ import annotations

from dataclasses import dataclass

from oend.db import Database
from oend.services.context import Actor


@dataclass(frozen=True)
class Workspace:
    db: Database
    actor: Actor

    @property
    def database_label(self) -> str:
        """The database as a person recognises it: the file path, or the server URL without its password."""
        if self.db.path is not None:
            return str(self.db.path)
        return self.db.engine.url.render_as_string(hide_password=True)
