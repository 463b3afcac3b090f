"""Resolving the ids a caller passes into records, as validation errors when they do not exist."""

from __future__ import annotations

import uuid
from typing import TypeVar

from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.checks import Checks
from oend.model import Site
from oend.model.base import Synced

M = TypeVar("M", bound=Synced)


def find(
    session: Session, model: type[M], record_id: uuid.UUID | None, field: str, checks: Checks, *, required: bool = False
) -> M | None:
    """The live record ``record_id`` of ``model``, or None with a field error naming what is unknown or missing."""
    if record_id is None:
        if required:
            checks.fail(field, "is required")
        return None
    if not isinstance(record_id, uuid.UUID):
        checks.fail(field, "is not a valid record id")
        return None
    record = session.get(model, record_id)
    if record is None or record.deleted:
        checks.fail(field, "does not exist")
        return None
    return record


def find_site(
    session: Session, actor: Actor, site_id: uuid.UUID | None, checks: Checks, field: str = "site"
) -> Site | None:
    """The site, required, and one the actor works at."""
    if site_id is None:
        checks.fail(field, "is required")
        return None
    site = find(session, Site, site_id, field, checks)
    if site is not None and not actor.may_use_site(site.id):
        checks.fail(field, "is not one of your sites")
        return None
    return site
