"""Limiting a query to the sites the acting user works at."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import Select, false

from oend.core.actor import Actor

S = TypeVar("S", bound=Select[*tuple[Any, ...]])  # a select of any columns


def within_sites(stmt: S, site_column: Any, actor: Actor) -> S:
    """``stmt`` limited to the actor's sites; coordinators and administrators see all."""
    if actor.all_sites:
        return stmt
    if not actor.site_ids:
        return stmt.where(false())
    return stmt.where(site_column.in_(actor.site_ids))
