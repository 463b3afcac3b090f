"""Participant search returns every match in code order, a page at a time, whichever way a record matches."""

from __future__ import annotations

import datetime as dt

import pytest

from oend.core.actor import Actor
from oend.model.codes import Role
from oend.queries.participants import search_participants
from oend.services import participants
from tests.support.world import World

NAMES = [("Mara", "Lopez"), ("Maria", "Martin"), ("Lopez", "Mara"), ("Lou", "Marsh"), (None, None), ("Ann", "Mayer")]


@pytest.fixture
def crowd(world: World) -> World:
    """Forty people whose codes and names share first letters, one voided and one merged away."""
    for n in range(40):
        first, last = NAMES[n % len(NAMES)]
        site = world.van if n % 3 else world.prison
        world.run(
            participants.enrol_participant,
            code=f"M{'ABCDEFG'[n % 7]}X{chr(65 + n % 26)}{1950 + n}F",
            category="at_risk",
            first_name=first,
            last_name=last,
            date_of_birth=dt.date(1990, 1, 1 + n % 2),
            home_site_id=site.id,
        )
    with world.db.session() as s:
        voided, kept, duplicate = (
            search_participants(s, world.actor, code)[0] for code in ("MAXA1950F", "MBXB1951F", "MCXC1952F")
        )
    world.run(participants.void_participant, voided.id, reason="enrolled twice by mistake")
    world.run(participants.merge_participants, kept.id, duplicate.id)
    return world


def expected(world: World, actor: Actor, text: str) -> list[str]:
    """Every shown record matching ``text``, by code: read whole and filtered here."""
    with world.db.session() as s:
        everyone = search_participants(s, actor, "", limit=10_000)
    lowered = text.lower()
    return [
        p.code
        for p in everyone
        if p.code.startswith(text.upper())
        or (p.last_name or "").lower().startswith(lowered)
        or (p.first_name or "").lower().startswith(lowered)
        or (p.date_of_birth is not None and p.date_of_birth.isoformat() == text)
    ]


@pytest.mark.parametrize("text", ["M", "m", "MB", "mbx", "ma", "mar", "lo", "Lopez", "a", "zz", "1990-01-02"])
def test_pages_of_a_search_are_the_matches_in_code_order(crowd: World, text: str) -> None:
    van_worker = Actor(
        user_id=None, username="sam", role=Role.OUTREACH_WORKER, device_id="d2", site_ids=frozenset({crowd.van.id})
    )
    for actor in (crowd.actor, van_worker):
        want = expected(crowd, actor, text)
        with crowd.db.session() as s:
            pages = [search_participants(s, actor, text, limit=4, offset=start) for start in range(0, 48, 4)]
        assert [row.code for page in pages for row in page] == want
    assert len(expected(crowd, crowd.actor, text)) < 40
