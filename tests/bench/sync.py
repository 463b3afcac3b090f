"""Benchmark figures for sync: a bundle of 100,000 changes exported and imported (against a bare executemany of
the same rows, in the same run), push and pull through a local PostgreSQL server, and a statewide laptop's
first sync.

The bare executemany is SQLAlchemy Core's ``insert(table)`` with a list of rows already decoded to Python values,
parents' tables first, in one transaction of a database made new, committed: the least any import of those rows
must do.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine, insert, select, text

from oend.db import open_database
from oend.db.bulk_changes import ORDER
from oend.db.change_capture import travelling_tables
from oend.db.row_codec import decode_row
from oend.demo.spec import DemoSpec
from oend.exchange.bundle import pack, unpack
from oend.security import authority
from oend.services.demo import generate_demo
from oend.services.sites import add_site
from oend.services.sync import server
from oend.services.sync.exchange import export_changes, import_changes
from tests.support.postgres import throwaway_server
from tests.sync.replicas import Replica, program, replica

if TYPE_CHECKING:
    from tests.bench.run import Bench, Result

PROGRAM = "0191a3c2-7d1e-7b2a-9c4e-000000000001"
#: Changes per participant the demo generator makes over one year (about 8.4).
CHANGES_PER_PERSON = 8  # rounded down, so the demo makes at least the changes asked for
FIRST_SYNC_S = 120


def result(name: str, value: float, unit: str, target: str, ok: bool) -> Result:
    from tests.bench.run import result as line  # run.py lists this module's section: imported when called

    return line(name, value, unit, target, ok)


def sync(bench: Bench) -> Iterator[Result]:
    """Bundle export and import against a bare executemany; push and pull."""
    n = 5_000 if bench.quick else 100_000
    with tempfile.TemporaryDirectory(dir=bench.folder) as folder:
        yield from bundle_figures(Path(folder), n)


def bundle_figures(folder: Path, n: int) -> Iterator[Result]:
    """Export ``n`` changes to a bundle and import it; push them to a server and pull them to a new laptop."""
    key = os.urandom(32)
    source, receiver, starter = program(folder, ("source", "receiver", "server-starter"), authority.new_seed())
    spec = DemoSpec(participants=n // CHANGES_PER_PERSON + 1, years=1, seed=5, end=dt.date(2025, 6, 30))
    generate_demo(source.db, source.actor, spec)
    started = time.perf_counter()
    with source.db.transaction() as session:
        header, changes = export_changes(session, receiver.actor.device_id)
    del changes[n:]  # in clock order: every device's changes up to a point
    n = len(changes)
    data = pack(header | {"program_id": PROGRAM}, changes, key)
    export_s = time.perf_counter() - started
    started = time.perf_counter()
    bundle = unpack(data, key, PROGRAM)
    with receiver.db.transaction() as session:
        applied = import_changes(session, receiver.actor, bundle.header, bundle.changes)
    import_s = time.perf_counter() - started
    assert applied.pending == 0 and not applied.rejected, applied.rejected[:3]
    rows, bare_s = _bare_executemany(folder, changes)
    ratio = (n / import_s) / (rows / bare_s)
    yield result(f"sync export of {n:,} changes to a bundle", n / export_s, "changes/s", "-", True)
    yield result(f"sync import of a bundle of {n:,} changes", n / import_s, "changes/s", "-", True)
    yield result("sync import rate vs bare executemany of the same rows", ratio, "x", ">= 0.5", ratio >= 0.5)
    yield from _server_figures(source, starter, folder)


def _bare_executemany(folder: Path, changes: list[dict[str, Any]]) -> tuple[int, float]:
    """Rows inserted and seconds taken by Core executemany of the changes' rows into a new database."""
    bare = replica(folder, "bare", authority.new_seed())
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for change in changes:
        rows[change["table"]].append(decode_row(travelling_tables()[change["table"]], change["values"]))
    try:
        with bare.db.session() as session:
            session.begin()
            conn = session.connection()
            held = {
                name: {str(k) for k in conn.execute(select(t.primary_key.columns[0])).scalars()}
                for name, t in travelling_tables().items()
            }
            fresh = {
                name: [
                    r for r in batch if str(r[travelling_tables()[name].primary_key.columns[0].name]) not in held[name]
                ]
                for name, batch in rows.items()
            }
            started = time.perf_counter()
            for name in sorted(fresh, key=lambda t: ORDER.get(t, 0)):
                if fresh[name]:
                    conn.execute(insert(travelling_tables()[name]), fresh[name])
            session.commit()  # the import's time holds its commit too
            seconds = time.perf_counter() - started
    finally:
        bare.db.close()
    return sum(map(len, fresh.values())), seconds


def _server_figures(source: Replica, starter: Replica, folder: Path) -> Iterator[Result]:
    """Push and pull change by change, as every sync after the first: the server and the pulling laptop each
    hold a record of their own already (a first sync into a database holding nothing is a copy, see
    ``first_sync``)."""
    with throwaway_server() as base:
        url = _new_database(base)
        starter.run(add_site, code="HQ", name="Head office", kind="fixed_site")
        reached = open_database(url, home=folder / "server-starter-home")
        server.push(starter.db, reached, starter.actor)
        reached.close()
        reached = open_database(url, home=folder / "source-home")
        started = time.perf_counter()
        pushed = server.push(source.db, reached, source.actor)
        push_s = time.perf_counter() - started
        reached.close()
        laptop = replica(folder, "laptop", authority.new_seed())
        laptop.run(add_site, code="VAN9", name="Second van", kind="outreach")
        reached = open_database(url, home=folder / "laptop-home")
        started = time.perf_counter()
        pulled = server.pull(laptop.db, reached, laptop.actor)
        pull_s = time.perf_counter() - started
        reached.close()
        laptop.db.close()
    yield result(
        f"sync push of {pushed.changes:,} changes to PostgreSQL, one by one",
        pushed.changes / push_s,
        "changes/s",
        "-",
        True,
    )
    yield result(
        f"sync pull of {pulled.changes:,} changes from PostgreSQL, one by one",
        pulled.changes / pull_s,
        "changes/s",
        "-",
        True,
    )


def first_sync(bench: Bench) -> Iterator[Result]:
    """The benchmark's laptop pushing its whole program to a new server, as on its first sync; then a new
    laptop pulling it all from there."""
    with throwaway_server() as base, tempfile.TemporaryDirectory(dir=bench.folder) as folder:
        reached = open_database(_new_database(base), home=bench.folder / "first-sync-home")
        started = time.perf_counter()
        pushed = server.push(bench.db, reached, bench.actor)
        seconds = time.perf_counter() - started
        name = f"first sync of a laptop ({bench.spec.participants:,} participants, {pushed.changes:,} changes)"
        yield result(name, seconds, "s", f"< {FIRST_SYNC_S}", seconds < FIRST_SYNC_S)
        laptop = replica(Path(folder), "new-laptop", authority.new_seed())
        started = time.perf_counter()
        pulled = server.pull(laptop.db, reached, laptop.actor)
        seconds = time.perf_counter() - started
        laptop.db.close()
        reached.close()
    name = f"first pull of a new laptop ({pulled.changes:,} changes)"
    yield result(name, seconds, "s", f"< {FIRST_SYNC_S}", seconds < FIRST_SYNC_S)


def _new_database(base: str) -> str:
    admin = create_engine(f"{base}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text('CREATE DATABASE "sync_bench"'))
    admin.dispose()
    return f"{base}/sync_bench"
