"""Signed-in staff of each role for a test world: real user rows, so the records they write name them."""

from __future__ import annotations

from oend.core.actor import Actor
from oend.model import Site
from oend.model.codes import Role
from oend.services import users
from tests.support.world import World


def staff(world: World, username: str, role: Role, *sites: Site) -> Actor:
    """A new user of ``role`` working at ``sites``, as the actor their services run for."""
    user = world.run(
        users.add_user,
        None,
        username=username,
        display_name=username.title(),
        role=role,
        password="correct horse battery",
        site_codes=[site.code for site in sites],
    )
    return Actor(user.id, username, role, f"{username}-laptop", frozenset(site.id for site in sites))
