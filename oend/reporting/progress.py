"""Progress reporting and cancellation for long outputs, so a UI worker thread can show and stop them."""

from __future__ import annotations

from collections.abc import Callable

from oend.errors import OendError

Progress = Callable[[int, int], None]  # progress(done, total)
CancelCheck = Callable[[], bool]  # cancelled() -> True once the user asked to stop


class Cancelled(OendError):
    """The user stopped a long output; nothing was written."""

    def __init__(self) -> None:
        super().__init__("cancelled")


def no_progress(done: int, total: int) -> None:
    """The default when nobody is watching."""


def never_cancelled() -> bool:
    return False


class Tracker:
    """Counts steps, tells the watcher, and stops the work when the user cancels."""

    def __init__(self, total: int, progress: Progress | None, cancelled: CancelCheck | None) -> None:
        self.total = total
        self.done = 0
        self._progress = progress or no_progress
        self._cancelled = cancelled or never_cancelled

    def check(self) -> None:
        if self._cancelled():
            raise Cancelled()

    def step(self, n: int = 1) -> None:
        self.check()
        self.done += n
        self._progress(self.done, self.total)
