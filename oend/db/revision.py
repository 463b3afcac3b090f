"""The schema revision this release writes: the newest migration's id, and the ids it knows.

Kept here so opening an up-to-date database never loads Alembic; a test checks it against the
migrations, so a new migration cannot be added without updating it.
"""

from functools import cache
from importlib import resources
from pathlib import Path

SCHEMA_REVISION = "0016"

VERSIONS = Path(str(resources.files("oend.db") / "migrations" / "versions"))


@cache
def known_revisions() -> frozenset[str]:
    """The revision ids of the migrations this release ships (each file is named after its id)."""
    return frozenset(p.name.split("_", 1)[0] for p in VERSIONS.glob("[0-9]*.py"))
