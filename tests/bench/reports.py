"""Benchmarks of the report engine on the benchmark database: every shipped template's quarterly report,
and the list export's XLSX rate against xlsxwriter, the other well-maintained writer.

    templates(bench)     # per shipped template: seconds to save the last full quarter as PDF and as XLSX (< 5 s)
    xlsx_writers(bench)  # the app's export rate / xlsxwriter's on the same rows (both in fresh processes)

Each is a section of ``tests/bench/run.py`` (it yields ``run.result`` lines).
"""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from oend.core.actor import Actor
from oend.db import open_database
from oend.reporting.periods import Period
from tests.bench.outputs import _app, _in_child, _peak_kb

if TYPE_CHECKING:
    from tests.bench.run import Bench


def shipped_templates() -> list[str]:
    return sorted(
        p.name.removesuffix(".toml") for p in resources.files("oend.reports").iterdir() if p.name.endswith(".toml")
    )


def last_full_quarter(day: dt.date) -> Period:
    """The calendar quarter before the one ``day`` falls in: what a coordinator reports on."""
    this = Period.quarter(day.year, (day.month - 1) // 3 + 1)
    before = this.start - dt.timedelta(days=1)
    return Period.quarter(before.year, (before.month - 1) // 3 + 1)


def templates(bench: Bench) -> Iterator[dict[str, Any]]:
    """Seconds to compute and save each shipped template's quarterly report, statewide (target < 5 s each)."""
    from oend.services.reports import save_report
    from tests.bench.run import result

    period = last_full_quarter(bench.spec.end)
    with tempfile.TemporaryDirectory() as tmp:
        for name in shipped_templates():
            for fmt in ("pdf", "xlsx"):
                with bench.db.transaction() as session:
                    started = time.perf_counter()
                    save_report(session, bench.actor, name, period, None, Path(tmp) / f"{name}.{fmt}")
                    seconds = time.perf_counter() - started
                yield result(f"report {name} {period.label} as {fmt.upper()}", seconds, "s", "< 5", seconds < 5)


def _xlsxwriter(target: str, out: str) -> tuple[float, int, int]:
    """The same rows as the app's dispensing export, written by xlsxwriter in its constant-memory mode."""
    import xlsxwriter  # type: ignore[import-untyped]

    from oend.exchange.lists import get_list, statement

    db = open_database(target, upgrade=False)
    actor = Actor.system("bench", "bench")
    started = time.process_time()
    with db.session() as session:
        wb = xlsxwriter.Workbook(out, {"constant_memory": True, "tmpdir": str(Path(out).parent)})
        ws = wb.add_worksheet("Dispensing")
        spec = get_list("dispensing")
        ws.write_row(0, 0, [c.header for c in spec.columns])
        n = 0
        dates = wb.add_format({"num_format": "yyyy-mm-dd"})
        for row in session.execute(statement(spec, actor).execution_options(yield_per=5000)):
            n += 1
            for col, value in enumerate(row):
                if isinstance(value, dt.date):
                    ws.write_datetime(n, col, dt.datetime.combine(value, dt.time()), dates)
                elif value is not None:
                    ws.write(n, col, value)
        wb.close()
    return time.process_time() - started, n, _peak_kb()


def xlsx_writers(bench: Bench) -> Iterator[dict[str, Any]]:
    """The app's list export rate as a ratio to xlsxwriter's on the same rows (CPU time, best of a few runs,
    each side in a fresh process): above 1 the app is faster. Target >= 0.8: xlsxwriter is not much faster."""
    from tests.bench.run import result

    assert bench.db.path is not None
    target = str(bench.db.path)
    theirs = ours = float("inf")
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(1 if bench.quick else 3):
            seconds, their_rows, _ = _in_child(_xlsxwriter, target, str(Path(tmp) / "xlsxwriter.xlsx"))
            theirs = min(theirs, seconds)
            seconds, our_rows, _ = _in_child(_app, target, str(Path(tmp) / "app.xlsx"))
            ours = min(ours, seconds)
            assert their_rows == our_rows
    ratio = theirs / ours if ours else 0.0
    yield result(f"list export of {our_rows} rows, app rate / xlsxwriter rate", ratio, "x", ">= 0.8", ratio >= 0.8)
    yield result("xlsxwriter rate", our_rows / theirs if theirs else 0.0, "rows/s", "-", True)
    yield result("app export rate", our_rows / ours if ours else 0.0, "rows/s", "-", True)
