"""The schema revision this release writes: the newest migration's id.

Kept here so opening an up-to-date database never loads Alembic; a test checks it against the
migrations, so a new migration cannot be added without updating it.
"""

SCHEMA_REVISION = "0004"
