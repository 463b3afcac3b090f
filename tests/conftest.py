"""Shared fixtures: a fresh database per test, on SQLite and on a throwaway PostgreSQL server."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from oend.core.actor import Actor
from oend.db import Database, open_database
from oend.security import authority, passwords, slot_seal
from tests.support.postgres import new_database, throwaway_server
from tests.support.world import World, build_world


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user's data folder or database."""
    monkeypatch.setenv("OEND_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("OEND_DATABASE", raising=False)


@pytest.fixture(autouse=True)
def _cheap_key_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    """Real Argon2id at its minimum cost: the suite signs in hundreds of times.

    Production cost is checked by tests/security/test_kdf_cost.py, which restores it.
    """
    monkeypatch.setattr(slot_seal, "DEFAULT_KDF", slot_seal.KdfParams(time_cost=1, memory_cost=8192, parallelism=1))
    monkeypatch.setattr(passwords, "_hasher", PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1))


@pytest.fixture(scope="session")
def pg_base_url() -> Iterator[str]:
    with throwaway_server() as url:
        yield url


@pytest.fixture
def pg_url(pg_base_url: str) -> str:
    """A new, empty PostgreSQL database for one test."""
    return new_database(pg_base_url)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "oend.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(str(db_path))
    yield database
    database.close()


@pytest.fixture(params=["sqlite", "postgres"])
def any_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """The same test on a SQLite file and on PostgreSQL: the models must run on both."""
    target = str(tmp_path / "oend.db") if request.param == "sqlite" else request.getfixturevalue("pg_url")
    database = open_database(target)
    yield database
    database.close()


@pytest.fixture
def actor() -> Actor:
    """An administrator with no account of their own, holding an authority key (so may sign users' rights)."""
    return dataclasses.replace(Actor.system("test-device", "tester"), authority=authority.new_seed())


@pytest.fixture
def world(any_db: Database, actor: Actor) -> World:
    """A small known program (sites, products, stock, one participant) on SQLite and PostgreSQL."""
    return build_world(any_db, actor)
