"""One way from a form to the database and back to the screen (the shape of Anki's ``CollectionOp``).

Every user action that writes goes through ``run_write``: the service call runs in one transaction
(``Database.transaction``), on a worker thread when it may take a while (a password to hash, many rows), and
its outcome comes back to the UI thread sorted three ways:

- saved: the caller's ``on_saved`` runs, then the service's ``Changed`` is announced once, with the page the
  action came from as its initiator, to the main window, which tells every page; no screen refreshes twice.
- refused: a field error, no permission, a record someone else saved meanwhile, or the environment (the
  database busy, the disk full, a read-only file, the disk's own ``OSError``). The caller's ``on_refused``
  says it in plain words; the form stays open with everything typed, and nothing was written.
- a bug (any other exception): ``report_bug`` hands it to ``sys.excepthook``, which logs it and tells the user.
"""

from __future__ import annotations

import errno
import sys
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.orm import Session

from oend.core.changes import Changed
from oend.db.failures import FULL_TEXT, IO_TEXT, READ_ONLY_TEXT, DiskFull, ReadOnly
from oend.errors import OendError
from oend.ui.pages.base import Page
from oend.ui.text.validation_text import error_text
from oend.ui.workers import Workers
from oend.ui.workspace import Workspace

T = TypeVar("T")
Action = Callable[[Session], Changed[T]]
Refused = Callable[[OendError], None]


def run_write(
    origin: QWidget,
    workspace: Workspace,
    action: Action[T],
    *,
    on_saved: Callable[[Changed[T]], None] | None = None,
    on_refused: Refused | None = None,
    workers: Workers | None = None,
) -> None:
    """Run ``action`` in one transaction and bring its outcome back to ``origin`` (the form or page acting).

    With ``workers`` the transaction runs on that pool and ``origin`` is disabled until it ends (no second
    click saves twice); without, it runs here, for saves that take a moment. ``on_refused`` defaults to a
    message box over ``origin``.
    """
    refused = on_refused or (lambda error: show_refusal(origin, error))

    def saved(changed: Changed[T]) -> None:
        if on_saved is not None:
            on_saved(changed)
        announce(origin, changed)

    if workers is None:
        try:
            changed = write(workspace, action)
        except Exception as error:  # sorted below: a refusal is said, a bug is reported
            _failed(error, refused)
            return
        saved(changed)
        return

    origin.setEnabled(False)

    def done(changed: Changed[T]) -> None:
        origin.setEnabled(True)
        saved(changed)

    def failed(error: BaseException) -> None:
        origin.setEnabled(True)
        _failed(error, refused)

    workers.run(lambda: write(workspace, action), done, failed)


def write(workspace: Workspace, action: Action[T]) -> Changed[T]:
    """One user action that writes: ``action`` in a transaction of its own, committed or not at all."""
    with workspace.db.transaction() as session:
        return action(session)


def _failed(error: BaseException, refused: Refused) -> None:
    refusal = as_refusal(error)
    if refusal is None:
        report_bug(error)
    else:
        refused(refusal)


def as_refusal(error: BaseException) -> OendError | None:
    """The error as the user is told it; None for a bug. The disk's own errors get the database's plain words."""
    if isinstance(error, OendError):
        return error
    if isinstance(error, OSError):
        if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):  # no quotas on Windows
            return DiskFull(FULL_TEXT)
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return ReadOnly(READ_ONLY_TEXT)
        return DiskFull(IO_TEXT)
    return None


def report_bug(error: BaseException) -> None:
    """A bug reached the screen: the application's exception hook logs it and shows it."""
    sys.excepthook(type(error), error, error.__traceback__)


def show_refusal(parent: QWidget, error: OendError) -> None:
    """Say a refusal in a message box, for an action with no form of its own to say it on."""
    QMessageBox.warning(parent, QCoreApplication.translate("Operations", "Not saved"), error_text(error))


def initiating_page(origin: QWidget) -> Page | None:
    """The page an action came from: ``origin`` itself, or the page under the dialog it was started in."""
    widget: QWidget | None = origin
    while widget is not None:
        if isinstance(widget, Page):
            return widget
        widget = widget.parentWidget()
    return None


def announce(origin: QWidget, changed: Changed[Any]) -> None:
    """Announce ``changed`` once, through the page the action came from (which passes it to the main window)."""
    page = initiating_page(origin)
    if page is not None:
        page.announce(changed)
