"""Opening the database for one command-line run."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from oend.config import database_target
from oend.db import Database, open_database
from oend.services.context import Actor
from oend.services.device import device_id


@dataclass
class CliContext:
    db: Database
    actor: Actor


@contextmanager
def open_for_cli(args: argparse.Namespace) -> Iterator[CliContext]:
    db = open_database(database_target(args.database))
    try:
        yield CliContext(db=db, actor=Actor.system(device_id(db), "cli"))
    finally:
        db.close()
