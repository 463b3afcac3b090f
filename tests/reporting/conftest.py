"""The seeded program every reporting test reads."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.orm import Session

from oend.db import Database
from tests.reporting.seed import Seeded, seed


@pytest.fixture
def seeded(db: Database) -> Iterator[tuple[Session, Seeded]]:
    with db.session() as session:
        with session.begin():
            data = seed(session)
        yield session, data
