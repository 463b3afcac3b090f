"""Build a benchmark database in a process of its own, as ``oend demo`` does, and print the generator's figures.

``python -m tests.bench.generate PATH PARTICIPANTS SEED END`` prints one JSON object. The benchmark
runs it apart so the generation is timed in a process that has loaded only what the command loads,
and so the benchmarks that follow are not measured in a process holding the generator's page cache.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from dataclasses import asdict

from oend.core.actor import Actor
from oend.db import open_database
from oend.demo.spec import DemoSpec
from oend.services.demo import generate_demo


def generate(path: str, participants: int, seed: int, end: dt.date) -> dict[str, object]:
    spec = DemoSpec(participants=participants, seed=seed, end=end)
    db = open_database(path)
    try:
        summary = generate_demo(db, Actor.system("bench", "benchmark"), spec)
    finally:
        db.close()
    return {
        "spec": asdict(spec) | {"end": end.isoformat()},
        "counts": summary.counts,
        "events": summary.events,
        "seconds": summary.seconds,
        "events_per_second": summary.events_per_second,
        "index_seconds": summary.index_seconds,
        "making_seconds": summary.making_seconds,
    }


if __name__ == "__main__":
    path, participants, seed, end = sys.argv[1:5]
    print(json.dumps(generate(path, int(participants), int(seed), dt.date.fromisoformat(end))))
