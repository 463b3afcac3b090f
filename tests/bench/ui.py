"""Benchmarks of the desktop app on the benchmark database: start-up, search as you type, each page.

``desktop(bench)`` is a section of ``tests/bench/run.py``. Start-up runs in fresh processes (``python
-m tests.bench.ui app DB`` and ``python -m tests.bench.ui bare``), timed by the parent from the spawn
to the child's "ready" line, so interpreter start and every import count; the other figures are taken
in this process, on widgets driven the way a person drives them (QTest key clicks, scrolling).
``today_dashboard(bench)`` and ``search_as_you_type(bench)``, sections of their own, time on the encrypted
database the Today page's figures as its worker reads them, and the search a keystroke runs.

The module imports nothing heavy at the top: the bare child must load PySide6 and nothing else.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from tests.bench.run import Bench, Result

ROOT = Path(__file__).resolve().parents[2]
WINDOW_SIZE = (1280, 760)
READY = "ready"
SCROLL_PAGES = 4  # pages of rows fetched by scrolling each page's main table to its end
HEARTBEAT_MS = 5


# -- the child processes -------------------------------------------------------------------------------


def _events(app: QApplication, wait: bool = False) -> None:
    """Process pending events through a QEventLoop instance.

    PySide6 6.12 on Python 3.11 drops a reference to None on every call of the static
    ``QCoreApplication.processEvents`` (and ``QTest.qWait``): a busy-wait loop of them aborts the
    interpreter after some 10^5 calls. ``QEventLoop.processEvents`` returns a value and does not.
    """
    from PySide6.QtCore import QEventLoop

    global _LOOP
    if _LOOP is None:
        _LOOP = QEventLoop()
    flags = QEventLoop.ProcessEventsFlag.AllEvents
    _LOOP.processEvents(flags | QEventLoop.ProcessEventsFlag.WaitForMoreEvents if wait else flags)


_LOOP: Any = None


def _painted_when_ready(app: QApplication, widget: QWidget, ready: Callable[[], bool], timeout_s: float = 60) -> None:
    """Run the event loop until ``widget`` has been painted and ``ready()`` holds."""
    from PySide6.QtCore import QEvent, QObject

    class Watch(QObject):
        painted = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                Watch.painted = True
            return False

    watch = Watch()
    widget.installEventFilter(watch)
    deadline = time.monotonic() + timeout_s
    while not (Watch.painted and ready()):
        if time.monotonic() > deadline:
            raise TimeoutError("the window was not ready in time")
        _events(app)
    widget.removeEventFilter(watch)


def _child_bare() -> None:
    """A bare QMainWindow with a table, shown and painted: the floor any Qt app starts from."""
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget

    app = QApplication([])
    window = QMainWindow()
    table = QTableWidget(20, 4)
    window.setCentralWidget(table)
    window.resize(*WINDOW_SIZE)
    window.show()
    _painted_when_ready(app, table.viewport(), lambda: True)
    print(READY, flush=True)
    os._exit(0)  # the time to tear down is not part of starting


def _child_app(path: str) -> None:
    """The OEND main window over ``path`` (opened as it is, never migrated), until its first page is usable.

    It starts as ``oend`` does on its way to the desktop app (``oend.cli.open_app``): the garbage collector
    off while the app loads. The sign-in that comes first in ``oend`` is left out: the window opens straight
    over the file, as the tests open it.
    """
    marks = {"start": time.perf_counter()}
    import gc

    gc.disable()
    from oend.core.actor import Actor
    from oend.db import open_database
    from oend.ui.app import create_application
    from oend.ui.main_window import MainWindow
    from oend.ui.pages.participants import ParticipantsPage
    from oend.ui.workspace import Workspace

    marks["imported"] = time.perf_counter()
    app = create_application([])
    db = open_database(path, upgrade=False)
    window = MainWindow(Workspace(db, Actor.system("bench", "benchmark")))
    marks["built"] = time.perf_counter()
    window.resize(*WINDOW_SIZE)
    window.show()
    page = window.current_page
    assert isinstance(page, ParticipantsPage)
    _painted_when_ready(app, page.table.viewport(), lambda: page.model.rowCount() > 0)
    marks["ready"] = time.perf_counter()
    steps = " ".join(f"{name}={(marks[name] - marks['start']) * 1000:.0f}ms" for name in ("imported", "built", "ready"))
    print(READY, steps, flush=True)
    os._exit(0)


def _spawn_ms(args: list[str]) -> tuple[float, str]:
    """Wall time from spawning ``python -m tests.bench.ui ARGS`` to its ready line, and that line."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.bench.ui", *args], stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = (time.perf_counter() - started) * 1000
    child.wait(60)
    if not line.startswith(READY):
        raise RuntimeError(f"the child {args} did not start (exit {child.returncode})")
    return elapsed, line.strip()


# -- in this process -------------------------------------------------------------------------------------


def _application() -> QApplication:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from oend.ui.app import create_application

    app = create_application([])
    assert isinstance(app, QApplication)
    return app


class Heartbeat:
    """The longest the event loop went without running a 5 ms timer: how long the UI was blocked."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer(interval=HEARTBEAT_MS)
        self.timer.timeout.connect(self._beat)
        self.last = time.perf_counter()
        self.longest_ms = 0.0

    def _beat(self) -> None:
        now = time.perf_counter()
        self.longest_ms = max(self.longest_ms, (now - self.last) * 1000 - HEARTBEAT_MS)
        self.last = now

    def __enter__(self) -> Heartbeat:
        self.last = time.perf_counter()
        self.timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._beat()
        self.timer.stop()


def _wait(app: QApplication, done: Callable[[], bool], timeout_s: float = 120) -> None:
    """Run the event loop until ``done()``, sleeping between events (spinning would starve the workers)."""
    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the page did not finish loading")
        _events(app, wait=True)


def _search_prefixes(bench: Bench, count: int) -> list[str]:
    """What people type: the start of a code (1-4 characters) or of a last name (2-4 letters)."""
    from sqlalchemy import func, select

    from oend.model import Participant

    rng = random.Random(3)
    with bench.encrypted.signed_in().db.session() as session:
        codes = session.scalars(select(Participant.code).order_by(func.random()).limit(count)).all()
        names = session.scalars(
            select(Participant.last_name)
            .where(Participant.last_name.is_not(None))
            .order_by(func.random())
            .limit(count // 3)
        ).all()
    typed = [code[: rng.randint(1, 4)] for code in codes[: count - len(names)]]
    typed += [name[: rng.randint(2, 4)].lower() for name in names]
    rng.shuffle(typed)
    return typed


def search_keystrokes(app: QApplication, bench: Bench, count: int) -> list[float]:
    """Milliseconds from each key click in the search box to the result list reset and repainted.

    The search box coalesces a burst of keys into one search per 150 ms (its Throttle); a key that
    arrives after that pause searches at once. Each key here waits for the pause to pass before it is
    typed, so the deliberate coalescing delay is excluded and every key runs its search.
    """
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtTest import QTest

    from oend.ui.pages.participants import ParticipantsPage
    from oend.ui.workspace import Workspace

    page = ParticipantsPage(Workspace(bench.db, bench.actor))
    page.resize(*WINDOW_SIZE)
    page.show()
    _wait(app, lambda: page.model.rowCount() > 0)
    state = {"reset": False, "painted": False}

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and state["reset"]:
                state["painted"] = True
            return False

    watch = Painted()
    page.table.viewport().installEventFilter(watch)
    page.model.modelReset.connect(lambda: state.update(reset=True))
    samples: list[float] = []
    try:
        for text in _search_prefixes(bench, count):
            page.search.clear()
            for char in text:
                _wait(app, lambda: not page.throttle._timer.isActive())
                state.update(reset=False, painted=False)
                started = time.perf_counter()
                QTest.keyClick(page.search, char)
                _wait(app, lambda: state["painted"])
                samples.append((time.perf_counter() - started) * 1000)
            assert page.model.text == text.strip(), (page.model.text, text)
        QTest.keyClick(page.search, Qt.Key.Key_Escape)
    finally:
        page.close()
        page.deleteLater()
    return samples


def _page_classes() -> list[type[Any]]:
    from oend.ui.pages.audit import AuditPage
    from oend.ui.pages.kits import KitsPage
    from oend.ui.pages.release import ReleasePage
    from oend.ui.pages.reports import ReportsPage
    from oend.ui.pages.reversals import ReversalsPage
    from oend.ui.pages.today import TodayPage
    from oend.ui.pages.trainings import TrainingsPage

    return [TodayPage, TrainingsPage, KitsPage, ReversalsPage, ReleasePage, ReportsPage, AuditPage]


def _tables(page: QWidget) -> list[Any]:
    """The page's main tables (the ones over a lazy model), in layout order."""
    from PySide6.QtWidgets import QTableView

    return [t for t in page.findChildren(QTableView) if hasattr(t.model(), "pages_fetched")]


def _loaded(page: QWidget) -> bool:
    return not getattr(page, "loading", False)


def page_figures(app: QApplication, bench: Bench, page_class: type[Any]) -> dict[str, float]:
    """One page built and shown: time until shown and loaded, the longest UI block, the scroll steps."""
    from PySide6.QtCore import QEvent, QObject

    from oend.ui.workspace import Workspace

    painted = {"yes": False}

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted["yes"] = True
            return False

    watch = Painted()
    with Heartbeat() as beat:
        started = time.perf_counter()
        page = page_class(Workspace(bench.db, bench.actor))
        built = time.perf_counter()
        page.resize(*WINDOW_SIZE)
        page.installEventFilter(watch)
        page.show()
        _wait(app, lambda: painted["yes"] and _loaded(page))
        shown = time.perf_counter()
    figures = {
        "show_ms": (shown - started) * 1000,
        "block_ms": max(beat.longest_ms, (built - started) * 1000),
        "scroll_ms": 0.0,
        "scroll_block_ms": 0.0,
    }
    for table in _tables(page):
        model = table.model()
        scroll_started = time.perf_counter()
        with Heartbeat() as beat:
            while model.canFetchMore(table.rootIndex()) and model.pages_fetched < SCROLL_PAGES:
                before = model.rowCount()
                table.scrollToBottom()
                _wait(app, lambda m=model, b=before, t=table: m.rowCount() > b or not m.canFetchMore(t.rootIndex()))
            table.scrollToBottom()
            _events(app)
        figures["scroll_ms"] = max(figures["scroll_ms"], (time.perf_counter() - scroll_started) * 1000)
        figures["scroll_block_ms"] = max(figures["scroll_block_ms"], beat.longest_ms)
    page.close()
    page.deleteLater()
    _events(app)
    return figures


def desktop(bench: Bench) -> Iterator[Result]:
    """Start-up against a bare Qt window, a keystroke in participant search, and each daily page."""
    from tests.bench.run import percentile, result

    assert bench.db.path is not None
    runs = 3 if bench.quick else 5
    app_ms, bare_ms, steps = [], [], []
    for _ in range(runs):  # interleaved, so a busy moment of the machine hits both alike
        bare_ms.append(_spawn_ms(["bare"])[0])
        elapsed, line = _spawn_ms(["app", str(bench.db.path)])
        app_ms.append(elapsed)
        steps.append(line)
    app_med, bare_med = statistics.median(app_ms), statistics.median(bare_ms)
    ratio = app_med / bare_med
    yield result("start to a usable main window (median)", app_med, "ms", "-", True)
    yield result("start to a bare PySide6 main window (median)", bare_med, "ms", "-", True)
    yield result("start-up, main window / bare window", ratio, "x", "<= 5", ratio <= 5)
    print(
        f"# start-up steps of the median run: {sorted(zip(app_ms, steps, strict=True))[runs // 2][1]}", file=sys.stderr
    )

    app = _application()
    keys = search_keystrokes(app, bench, 30 if bench.quick else 120)
    key_ms = statistics.median(keys)
    yield result(
        f"keystroke in participant search to results shown (median of {len(keys)})", key_ms, "ms", "< 50", key_ms < 50
    )
    yield result("keystroke in participant search, 95th percentile", percentile(keys, 95), "ms", "-", True)

    slowest: dict[str, tuple[str, float]] = {}
    for page_class in _page_classes():
        samples = [page_figures(app, bench, page_class) for _ in range(1 if bench.quick else 3)]
        figures = {key: statistics.median(s[key] for s in samples) for key in samples[0]}
        name = page_class.__name__.removesuffix("Page")
        print(
            f"# {name}: shown and loaded {figures['show_ms']:.0f} ms, UI blocked at most {figures['block_ms']:.0f} ms,"
            f" scroll {figures['scroll_ms']:.0f} ms (blocked {figures['scroll_block_ms']:.0f} ms)",
            file=sys.stderr,
        )
        for key, value in figures.items():
            if key not in slowest or value > slowest[key][1]:
                slowest[key] = (name, value)
    for key, title, target in (
        ("show_ms", "slowest page to show and load ({})", "-"),
        ("block_ms", "longest UI block while a page opens ({})", "< 200"),
        ("scroll_ms", f"slowest scroll of a page's table through {SCROLL_PAGES} pages ({{}})", "-"),
        ("scroll_block_ms", "longest UI block while scrolling ({})", "< 200"),
    ):
        name, value = slowest[key]
        yield result(title.format(name), value, "ms", target, target == "-" or value < 200)


def today_dashboard(bench: Bench) -> Iterator[Result]:
    """The Today page's figures as its worker reads them, for the whole program and for the busiest site,
    on the encrypted database."""
    from sqlalchemy import func, select

    from oend.model import Dispensing
    from oend.ui.pages.today import PERIOD_DAYS, last_days, read_figures
    from tests.bench.run import percentile, result, timings_ms

    today = bench.spec.period()[1]
    period = last_days(today, PERIOD_DAYS[0])  # what the page opens with
    times = 3 if bench.quick else 15
    signed = bench.encrypted.signed_in()
    with signed.db.session() as session:
        busiest = session.scalars(
            select(Dispensing.site_id).group_by(Dispensing.site_id).order_by(func.count().desc()).limit(1)
        ).one()
        for sites, title, limit in ((None, "all sites", 200), ([busiest], "the busiest site", 100)):
            samples = timings_ms(lambda s=sites: read_figures(session, signed.actor, today, period, s), times)
            ms = statistics.median(samples)
            name = f"Today dashboard figures, {title}, encrypted"
            yield result(f"{name} (median)", ms, "ms", f"< {limit}", ms < limit)
            yield result(f"{name} (95th percentile)", percentile(samples, 95), "ms", "-", True)


def search_as_you_type(bench: Bench) -> Iterator[Result]:
    """Each keystroke of a search typed into the Participants page's list model, on the encrypted database:
    from the text to the model filled with its first page (the query and the model reset the page runs)."""
    from oend.ui.models.participants import ParticipantSearchModel
    from oend.ui.workspace import Workspace
    from tests.bench.run import percentile, result

    _application()
    model = ParticipantSearchModel(Workspace.of(bench.encrypted.signed_in()))
    model.search("")  # the page opens on everyone
    samples: list[float] = []
    for text in _search_prefixes(bench, 30 if bench.quick else 200):
        for typed in range(1, len(text) + 1):
            started = time.perf_counter()
            model.search(text[:typed])
            samples.append((time.perf_counter() - started) * 1000)
    median, p95 = statistics.median(samples), percentile(samples, 95)
    name = f"keystroke in participant search to the list filled, encrypted ({len(samples)} keys)"
    yield result(f"{name} (median)", median, "ms", "-", True)
    yield result(f"{name} (95th percentile)", p95, "ms", "< 50", p95 < 50)


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        _child_bare()
    else:
        _child_app(sys.argv[2])
