"""Benchmark of the linkage-to-care report on the benchmark database: the shipped template for the last full
quarter, as PDF and as XLSX (target: under 5 s each on the statewide database).

A section for ``tests/bench/run.py``: ``linkage_report(bench)`` yields one result per format.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from oend.model import Referral
from oend.services.reports import save_report

if TYPE_CHECKING:
    from tests.bench.run import Bench, Result

TEMPLATE = "linkage_to_care"
TARGET_S = 5


def linkage_report(bench: Bench) -> Iterator[Result]:
    """Seconds to compute and save the linkage-to-care report for the last full quarter, per format."""
    from tests.bench.run import _last_full_quarter, result

    period = _last_full_quarter(bench.spec.period()[1])
    with bench.db.session() as session:
        referrals = session.scalar(
            select(func.count()).where(
                Referral.referred_on.between(period.start, period.end), Referral.deleted.is_(False)
            )
        )
    with tempfile.TemporaryDirectory(prefix="oend-bench-") as tmp:
        for fmt in ("pdf", "xlsx"):
            with bench.db.transaction() as session:
                started = time.perf_counter()
                save_report(session, bench.actor, TEMPLATE, period, None, Path(tmp) / f"linkage.{fmt}")
                seconds = time.perf_counter() - started
            name = f"linkage-to-care report {period.label} as {fmt.upper()} ({referrals:,} referrals)"
            yield result(name, seconds, "s", f"< {TARGET_S}", seconds < TARGET_S)
