"""Benchmarks on a statewide-size database made by the demo generator; one JSON object per line.

    python tests/bench/run.py                  # statewide: 300,000 participants, about 2 million events
    python tests/bench/run.py --scale small    # 20,000 participants, under a minute
    python tests/bench/run.py --only search    # just the sections whose name contains "search"

The database is built in ``--folder`` (default ./bench-data/) and reused by later runs of the same
scale and seed. The figures users wait on (the Today page, participant search) are taken on an
encrypted copy of it, signed in to as the app does (``encryption.EncryptedProgram``), also made once.
Each line is ``{"name", "value", "unit", "target", "ok"}``; ``target`` is a string such as ``">= 50000"``
or ``"< 20"``.

To add a benchmark, write a function that takes the ``Bench`` and yields ``result(...)`` dicts, and
append it to ``SECTIONS``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import func, select

from oend.core.actor import Actor
from oend.db import Database, open_database
from oend.demo.spec import DemoSpec
from oend.model import Participant, Reversal
from oend.queries.participants import search_participants
from oend.reporting.aggregates import kits_by_site, reversals_by_quarter
from oend.reporting.periods import Period
from oend.services import accounts
from tests.bench import outputs
from tests.bench.encryption import EncryptedProgram, bench_encryption
from tests.bench.installer import bundle
from tests.bench.linkage import linkage_report
from tests.bench.rekey import rekey
from tests.bench.reports import long_export, templates, xlsx_writers
from tests.bench.sync import first_sync, sync
from tests.bench.ui import desktop, search_as_you_type, today_dashboard

ROOT = Path(__file__).resolve().parents[2]
SCALES = {"tiny": 300, "small": 20_000, "statewide": 300_000}
Result = dict[str, Any]


@dataclass
class Bench:
    """What every section gets: the open database, its encrypted twin, who asks, and how it was made."""

    db: Database
    encrypted: EncryptedProgram  # signed in to on first use
    actor: Actor
    spec: DemoSpec
    folder: Path
    generation: dict[str, Any]  # the generator's figures, from this run or the run that built the file
    quick: bool  # fewer repetitions (the tiny scale, for the test suite)


def result(name: str, value: float, unit: str, target: str, ok: bool) -> Result:
    return {"name": name, "value": round(value, 3), "unit": unit, "target": target, "ok": bool(ok)}


def timings_ms(run: Callable[[], object], times: int) -> list[float]:
    """Wall times of ``times`` calls of ``run`` in milliseconds, after one warm-up call."""
    run()
    samples = []
    for _ in range(times):
        started = time.perf_counter()
        run()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def median_ms(run: Callable[[], object], times: int) -> float:
    """Median wall time of ``run`` in milliseconds, after one warm-up call."""
    return statistics.median(timings_ms(run, times))


def percentile(values: Sequence[float], pct: int) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * pct / 100))]


# -- sections ----------------------------------------------------------------------------------------


def generation_rate(bench: Bench) -> Iterator[Result]:
    """The generator's rate, as the median of three builds of the database (the one benchmarked and two more).

    Each build runs in a process of its own; one build takes some 40 s, in which a shared machine's
    speed can change by a third.
    """
    runs = [bench.generation]
    if not bench.quick:
        with tempfile.TemporaryDirectory(prefix="oend-bench-", dir=bench.folder) as tmp:
            for n in range(2):
                runs.append(generate_apart(Path(tmp) / f"again-{n}.db", bench.spec))
    runs.sort(key=lambda r: r["events_per_second"])
    median = runs[len(runs) // 2]
    rate = median["events_per_second"]
    rates = ", ".join(f"{r['events_per_second']:,.0f}" for r in runs)
    print(f"# demo generation rates of {len(runs)} builds: {rates} events/s")
    # The same work in every build: how long it took tells how fast the machine was running meanwhile.
    making = ", ".join(f"{r['making_seconds'] / r['events'] * 1e6:.1f}" for r in runs if "making_seconds" in r)
    print(f"# processor time the generator took per event, same builds: {making} µs")
    yield result(f"demo generation rate (median of {len(runs)})", rate, "events/s", ">= 50000", rate >= 50_000)
    events = median["events"]
    statewide = bench.spec.participants >= SCALES["statewide"]
    yield result("demo events", events, "events", ">= 2000000" if statewide else "-", events >= 2e6 or not statewide)
    yield result("demo generation time", median["seconds"], "s", "-", True)
    yield result("of which building indexes put off during the load", median["index_seconds"], "s", "-", True)


def participant_search(bench: Bench) -> Iterator[Result]:
    """Search by the first 1-4 characters of a code, as someone types it, on the encrypted file; over many prefixes."""
    signed = bench.encrypted.signed_in()
    with signed.db.session() as session:
        codes = session.scalars(select(Participant.code).order_by(func.random()).limit(500)).all()
        rng = random.Random(1)
        prefixes = [code[: rng.randint(1, 4)] for code in codes][: 50 if bench.quick else 300]
        samples = []
        for prefix in prefixes:
            started = time.perf_counter()
            found = search_participants(session, signed.actor, prefix)
            samples.append((time.perf_counter() - started) * 1000)
            assert found, f"no participant found for {prefix!r}"
    ms = statistics.median(samples)
    yield result("participant search by ID prefix, encrypted (median)", ms, "ms", "< 20", ms < 20)
    yield result(
        "participant search by ID prefix, encrypted (95th percentile)", percentile(samples, 95), "ms", "-", True
    )


def _last_full_quarter(day: dt.date) -> Period:
    year, quarter = day.year, (day.month - 1) // 3 + 1
    year, quarter = (year - 1, 4) if quarter == 1 else (year, quarter - 1)
    return Period.quarter(year, quarter)


def kits_per_site(bench: Bench) -> Iterator[Result]:
    period = _last_full_quarter(bench.spec.period()[1])
    with bench.db.session() as session:
        ms = median_ms(lambda: kits_by_site(session, bench.actor, period), 3 if bench.quick else 9)
    yield result(f"kits per site, one quarter ({period.label})", ms, "ms", "< 200", ms < 200)


def reversals_per_quarter(bench: Bench) -> Iterator[Result]:
    with bench.db.session() as session:
        ms = median_ms(lambda: reversals_by_quarter(session, bench.actor), 3 if bench.quick else 7)
        total = session.scalar(select(func.count()).select_from(Reversal))
    yield result(f"reversals per quarter, all years ({total} reports)", ms, "ms", "< 1000", ms < 1000)


def funder_outputs(bench: Bench) -> Iterator[Result]:
    """The quarterly report as PDF and XLSX, and a prison class of 40 certificates."""
    period = _last_full_quarter(bench.spec.period()[1])
    with tempfile.TemporaryDirectory(prefix="oend-bench-") as tmp:
        report = outputs.quarterly_report(bench.db, bench.actor, period, Path(tmp))
    for fmt in ("pdf", "xlsx"):
        seconds = report[f"{fmt}_s"]
        yield result(f"quarterly report {period.label} as {fmt.upper()}", seconds, "s", "< 5", seconds < 5)
    seconds = outputs.certificates(bench.db, bench.actor, 40)["seconds"]
    yield result("a class of 40 certificates", seconds, "s", "< 2", seconds < 2)


def dispensing_export(bench: Bench) -> Iterator[Result]:
    """Every dispensing row to XLSX, against a bare openpyxl write-only loop over the same rows."""
    assert bench.db.path is not None
    with tempfile.TemporaryDirectory(prefix="oend-bench-") as tmp:
        figures = outputs.dispensing_export(str(bench.db.path), Path(tmp), repeats=1 if bench.quick else 2)
    rows = int(figures["rows"])
    ratio, peak = figures["ratio"], figures["peak_mb"]
    yield result(f"export of {rows} dispensing rows to XLSX, rate vs bare openpyxl", ratio, "x", ">= 0.9", ratio >= 0.9)
    yield result("export peak memory", peak, "MB", "< 300", peak < 300)


def encryption_cost(bench: Bench) -> Iterator[Result]:
    """The core queries on an encrypted copy of the database against the same queries unencrypted."""
    assert bench.db.path is not None
    period = _last_full_quarter(bench.spec.period()[1])
    queries = {
        "participant search": lambda s: search_participants(s, bench.actor, "MA"),
        "kits per site": lambda s: kits_by_site(s, bench.actor, period),
        "reversals per quarter": lambda s: reversals_by_quarter(s, bench.actor),
    }
    figures = bench_encryption(bench.db.path, queries, repeat=3 if bench.quick else 7)
    ratio = figures.overall_ratio
    yield result("encrypted / unencrypted time, core queries", ratio, "x", "<= 1.5", ratio <= 1.5)
    yield result("open the encrypted database after sign-in", figures.open_ms, "ms", "< 100", figures.open_ms < 100)


def signin(bench: Bench) -> Iterator[Result]:
    """Signing in to a new encrypted program at production Argon2id cost, rights and keys verified on the way."""
    with tempfile.TemporaryDirectory() as tmp:
        target = str(Path(tmp) / "oend.db")
        password = "bench correct horse battery staple"
        accounts.setup_program(target, "Bench", "bench-admin", "Bench Admin", password)

        def once() -> None:
            accounts.sign_out(accounts.sign_in(target, "bench-admin", password))

        ms = median_ms(once, 3 if bench.quick else 5)
    yield result("signin: Argon2id at production cost plus verification", ms, "ms", "< 1000", ms < 1000)


SECTIONS: list[Callable[[Bench], Iterator[Result]]] = [
    generation_rate,
    participant_search,
    kits_per_site,
    reversals_per_quarter,
    funder_outputs,
    linkage_report,
    templates,
    dispensing_export,
    xlsx_writers,
    long_export,
    encryption_cost,
    signin,
    today_dashboard,
    search_as_you_type,
    desktop,
    rekey,
    sync,
    first_sync,
    bundle,
]


# -- the database ------------------------------------------------------------------------------------


def _same_size(stored: dict[str, Any], spec: DemoSpec) -> bool:
    keys = ("participants", "years", "seed", "events_per_participant")
    return all(stored.get("spec", {}).get(k) == getattr(spec, k) for k in keys)


def generate_apart(path: Path, spec: DemoSpec) -> dict[str, Any]:
    """Fill a new database at ``path`` in a process of its own (see ``tests.bench.generate``); its figures."""
    command = [sys.executable, "-m", "tests.bench.generate", str(path), str(spec.participants), str(spec.seed)]
    made = subprocess.run([*command, str(spec.end)], cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(made.stdout)


def prepare(folder: Path, scale: str, seed: int, actor: Actor) -> tuple[Database, DemoSpec, dict[str, Any]]:
    """The benchmark database of ``scale``: reused when the folder holds one of that size, else made.

    Its encrypted copy (``EncryptedProgram``) is reused with it, and removed when it is made anew."""
    folder.mkdir(parents=True, exist_ok=True)
    path, meta_path = folder / f"demo-{scale}.db", folder / f"demo-{scale}.json"
    spec = DemoSpec(participants=SCALES[scale], seed=seed)
    if path.exists() and meta_path.exists():
        meta = json.loads(meta_path.read_text())
        if _same_size(meta, spec):
            end = dt.date.fromisoformat(meta["spec"]["end"])
            return open_database(str(path)), DemoSpec(spec.participants, spec.years, seed, end), meta
    plain = (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"), meta_path)
    for leftover in (*plain, *EncryptedProgram(path).files()):
        leftover.unlink(missing_ok=True)
    spec = DemoSpec(spec.participants, spec.years, seed, dt.date.today())
    meta = generate_apart(path, spec)
    meta_path.write_text(json.dumps(meta, indent=1))
    return open_database(str(path)), spec, meta


def run(argv: Sequence[str] | None = None, out: Callable[[str], None] = print) -> list[Result]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", choices=list(SCALES), default="statewide")
    parser.add_argument("--folder", type=Path, default=Path("bench-data"))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", help="run only the sections whose name contains this text")
    args = parser.parse_args(argv)
    actor = Actor.system("bench", "benchmark")
    db, spec, meta = prepare(args.folder, args.scale, args.seed, actor)
    assert db.path is not None
    bench = Bench(db, EncryptedProgram(db.path), actor, spec, args.folder, meta, quick=args.scale == "tiny")
    results: list[Result] = []
    try:
        for section in SECTIONS:
            if args.only and args.only not in section.__name__:
                continue
            for line in section(bench):
                results.append(line)
                out(json.dumps(line))
                sys.stdout.flush()
    finally:
        bench.encrypted.close()
        db.close()
    return results


if __name__ == "__main__":
    run()
