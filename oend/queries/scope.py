"""Limiting a query to the sites the acting user works at."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy import Select, false, or_

from oend.core.actor import Actor

S = TypeVar("S", bound=Select[*tuple[Any, ...]])  # a select of any columns


def within_sites(stmt: S, site_column: Any, actor: Actor) -> S:
    """``stmt`` limited to the actor's sites; coordinators and administrators see all."""
    return within_any_site(stmt, [site_column], actor)


def within_any_site(stmt: S, site_columns: Sequence[Any], actor: Actor) -> S:
    """``stmt`` limited to rows where any of ``site_columns`` is one of the actor's sites (a transfer's two ends)."""
    if actor.all_sites:
        return stmt
    if not actor.site_ids:
        return stmt.where(false())
    return stmt.where(or_(*(column.in_(actor.site_ids) for column in site_columns)))
