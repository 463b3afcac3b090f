"""dashboard indexes: participant search reads its name indexes alone

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-14 10:00:00

The case-blind name indexes also hold the code, the void and merge marks and the home site, so a search
takes its first matches by code from the index without reading the table (see
``queries.participants.search_participants``). They replace the narrower name indexes.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COVERS = ("code", "deleted", "merged_into_id", "home_site_id")
NAMES = ("last_name", "first_name")


def upgrade() -> None:
    for name in NAMES:
        op.drop_index(f"ix_participants_{name}_lower", table_name="participants")
        op.create_index(f"ix_participants_{name}_search", "participants", [sa.text(f"lower({name})"), *COVERS])


def downgrade() -> None:
    for name in NAMES:
        op.drop_index(f"ix_participants_{name}_search", table_name="participants")
        op.create_index(f"ix_participants_{name}_lower", "participants", [sa.text(f"lower({name})")])
