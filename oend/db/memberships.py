"""Link-table rows that travel as one field of the record owning them: the sites a user works at.

A link row has no id, clock or device of its own; as a list field of its owner it is captured, merged
and sent like any other field (the whole list, last writer wins).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, delete, insert, select

from oend.model import Site, User, user_sites
from oend.model.base import table_of


@dataclass(frozen=True)
class Membership:
    field: str  # the field's name in the owner's values
    relationship: str  # the owner's ORM attribute holding the members
    link: Table
    owner_column: str
    member_column: str
    members: Table  # where a member must exist before it can be linked


MEMBERSHIPS: dict[str, Membership] = {
    User.__tablename__: Membership("site_ids", "sites", user_sites, "user_id", "site_id", table_of(Site))
}


def of_object(obj: Any, membership: Membership) -> list[str]:
    return sorted(str(member.id) for member in getattr(obj, membership.relationship))


def read(conn: Connection, membership: Membership, owner: uuid.UUID) -> list[str]:
    link = membership.link
    found = select(link.c[membership.member_column]).where(link.c[membership.owner_column] == owner)
    return sorted(str(member) for member in conn.execute(found).scalars())


def write(conn: Connection, membership: Membership, owner: uuid.UUID, members: list[str]) -> None:
    link = membership.link
    conn.execute(delete(link).where(link.c[membership.owner_column] == owner))
    if members:
        rows = [{membership.owner_column: owner, membership.member_column: uuid.UUID(m)} for m in members]
        conn.execute(insert(link), rows)
