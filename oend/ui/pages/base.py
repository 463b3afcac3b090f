"""The small protocol every page follows, so the main window stays ignorant of what a page does.

A page has a title, names the data areas it shows, refreshes itself when a write touched one of
them, and may offer a search field (Ctrl+F) and a "new" action (Ctrl+N). A page's writes go through
``oend.ui.operations.run_write``, which announces the service's ``Changed`` through the page's ``changed``
signal; the window passes it on to every page that cares, this one included, so it refreshes once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget
from sqlalchemy.exc import SQLAlchemyError

from oend.core.changes import Area, Changed
from oend.errors import DatabaseError
from oend.ui.pages.loading import Loader, busy_bar
from oend.ui.widgets.named import named
from oend.ui.workspace import Workspace


class Page(QWidget):
    """Base of the main window's pages. Subclasses build their body in ``__init__`` and override the hooks."""

    #: Emitted with a services ``Changed`` after this page wrote something (see ``announce``).
    changed = Signal(object)
    #: The data areas this page shows; a write elsewhere touching one of them refreshes it.
    areas: frozenset[Area] = frozenset()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        # Nothing is read until the page is first shown: a page built but hidden costs no query.
        self._stale = True
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(32, 24, 32, 20)
        self._layout.setSpacing(14)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.title_label = named(QLabel(self.title()), "pageTitle")
        self.subtitle_label = named(QLabel(self.subtitle()), "pageSubtitle")
        self.subtitle_label.setWordWrap(True)  # on a narrow screen it wraps, and the page's buttons keep their words
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        header.addLayout(titles, 1)
        self.busy_bar = busy_bar()
        header.addWidget(self.busy_bar)
        self.loader = Loader(workspace, self, self.busy_bar)
        self.header_actions = QHBoxLayout()
        header.addLayout(self.header_actions)
        self._layout.addLayout(header)

    @property
    def loading(self) -> bool:
        """True while figures are still being read on the worker (the busy bar shows)."""
        return self.loader.busy

    @property
    def body(self) -> QVBoxLayout:
        """The layout below the page header, where the page puts its content."""
        return self._layout

    def title(self) -> str:
        raise NotImplementedError

    def subtitle(self) -> str:
        return ""

    def refresh(self, areas: frozenset[Area]) -> None:
        """Reload what this page shows from the database; ``areas`` says what changed."""

    def announce(self, changed: Changed[Any]) -> None:
        """Tell the screens once what an action started here changed.

        In the main window the window tells every page, this one included; a page shown on its own (no
        window around it) is the only screen to tell.
        """
        self.changed.emit(changed)
        if self.window() is self:
            self.notify(changed.areas, self)

    def notify(self, areas: frozenset[Area], initiator: QWidget | None = None) -> None:
        """A write touched ``areas``: refresh now if visible, otherwise on the next show.

        ``initiator`` is the page the action came from (None when it came from elsewhere); the base page
        refreshes the same either way: it never refreshes itself after its own writes.
        """
        if not (areas & self.areas):
            return
        if self.isVisible():
            self.refresh(areas)
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            try:
                self.refresh(self.areas)
            except (SQLAlchemyError, DatabaseError):
                # A damaged file: the page stays empty and the start-up integrity check offers the restore.
                self._stale = True

    def focus_search(self) -> bool:
        """Put the cursor in this page's search field; False when the page has none."""
        return False

    def create_new(self) -> bool:
        """Start this page's "new" action; False when the page has none."""
        return False
