"""Realistic participants for the UI tests and screenshots, enrolled through the real service."""

from __future__ import annotations

import datetime as dt
import random

from oend.core.actor import Actor
from oend.db import Database
from oend.model.codes import Gender, ParticipantCategory
from oend.services.participants import enrol_participant

FIRST = ["Maria", "James", "Aisha", "Luis", "Nguyễn", "Sarah", "DeShawn", "Ana", "Tom", "Rosa", "Kevin", "Leila"]
LAST = ["Lopez", "Walker", "Johnson", "Garcia", "Thi Mai", "Okafor", "Smith", "Martinez", "Brown", "Reyes", "Kim"]
CATEGORIES = [
    ParticipantCategory.AT_RISK,
    ParticipantCategory.AT_RISK,
    ParticipantCategory.FAMILY_FRIEND,
    ParticipantCategory.SERVICE_PROVIDER,
    ParticipantCategory.COMMUNITY_MEMBER,
    ParticipantCategory.LEAVING_CUSTODY,
]


def enrol_people(db: Database, actor: Actor, count: int, *, seed: int = 7, named_share: float = 0.6) -> None:
    """Enrol ``count`` participants; about ``named_share`` of them with names, the rest by code only."""
    rng = random.Random(seed)
    with db.transaction() as session:
        for _ in range(count):
            named = rng.random() < named_share
            birth = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 55))
            enrol_participant(
                session,
                actor,
                first_name=rng.choice(FIRST) if named else None,
                last_name=rng.choice(LAST) if named else None,
                date_of_birth=birth if rng.random() < 0.8 else None,
                gender=rng.choice(list(Gender)).value,
                category=rng.choice(CATEGORIES).value,
            )
