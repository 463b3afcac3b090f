"""Sync: carrying this laptop's work to the program's other devices by file or through the program's server,
and what needs a person after.

The page shows this device, every device it has met (when it last synced, how many changes are waiting
to go to it), and in tabs the conflicts a coordinator settles and the changes this database refused. Writing
and reading a sync file, and syncing with the server (what it holds first, then what it lacks, so a change
made here is never overwritten by an older one), run on a worker with progress; the outcome is said in plain
words on the page.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from oend.core.changes import Area, Changed
from oend.model.codes import Role
from oend.queries.sync_status import ConflictRow, PeerStatus, RejectionRow, SyncStatus, sync_status
from oend.reporting.progress import CancelCheck, Progress
from oend.services.sync import server
from oend.services.sync.apply import ApplyResult
from oend.services.sync.bundles import SUFFIX, ExportSummary, export_bundle, import_bundle
from oend.services.sync.conflicts import resolve_conflict
from oend.services.sync.server_address import open_server, stored_address
from oend.ui.dialogs.enrol_laptop import EnrolLaptopDialog
from oend.ui.operations import announce, as_refusal, report_bug, run_write, write
from oend.ui.outputs.files import documents_dir
from oend.ui.outputs.jobs import LongJob, ProgressStrip
from oend.ui.pages.base import Page
from oend.ui.text.audit_text import field_label, local_time, record_kind
from oend.ui.text.numbers import count
from oend.ui.text.validation_text import error_text
from oend.ui.widgets.merge_offers import MergeOffersTab
from oend.ui.widgets.named import named
from oend.ui.widgets.page_parts import button
from oend.ui.workspace import Workspace

#: Who settles a conflict (as ``resolve_conflict`` allows).
SETTLERS = frozenset({Role.COORDINATOR, Role.ADMINISTRATOR})


#: How a number sits in its column, under its header.
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def short(device: str) -> str:
    """A device as a person can tell it from others: the random end of its id."""
    return device[-12:]


def table(name: str, headers: list[str], numbers: frozenset[int] = frozenset()) -> QTableWidget:
    """A read-only list of a few rows, chosen a row at a time; the ``numbers`` columns right-aligned."""
    made = named(QTableWidget(0, len(headers)), name)
    made.setHorizontalHeaderLabels(headers)
    for column in numbers:
        header = made.horizontalHeaderItem(column)
        assert header is not None  # made by setHorizontalHeaderLabels
        header.setTextAlignment(RIGHT)
    made.setProperty("numbers", sorted(numbers))
    made.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    made.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    made.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    made.verticalHeader().hide()
    made.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return made


def fill(widget: QTableWidget, rows: list[list[str]]) -> None:
    """The rows, each cell with its whole text on hover, numbers under their headers' right edge."""
    numbers = set(widget.property("numbers") or ())
    widget.setRowCount(len(rows))
    for number, row in enumerate(rows):
        for column, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if column in numbers:
                item.setTextAlignment(RIGHT)
            widget.setItem(number, column, item)


def set_tip(widget: QTableWidget, row: int, column: int, text: str) -> None:
    """A hover text other than the cell's own, for a cell ``fill`` made."""
    item = widget.item(row, column)
    assert item is not None  # every cell is made by fill()
    item.setToolTip(text)


class SyncPage(Page):
    #: Every write changes what waits to go; a sync file read changes anything.
    areas = frozenset(Area)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.status: SyncStatus | None = None
        self.server: str | None = None  # the program's sync server, when one is set
        self.peer = named(QComboBox(), "syncFor")
        self.peer.setToolTip(self.tr("The device the sync file is for"))
        self.peer.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # its choice read whole
        self.write_button = button(
            self.tr("Write a sync file…"), "writeSyncFile", self.tr("Save what the other device has not seen"), True
        )
        self.read_button = button(
            self.tr("Read a sync file…"), "readSyncFile", self.tr("Apply a sync file another device wrote")
        )
        self.server_button = button(
            self.tr("Sync with the server"),
            "syncServer",
            self.tr("Bring the server's changes, then send this laptop's"),
        )
        self.server_button.hide()
        self.enrol_button = button(
            self.tr("Enrol a laptop…"), "enrolLaptop", self.tr("Write the file a new laptop joins the program with")
        )
        self.enrol_button.setVisible(workspace.actor.role == Role.ADMINISTRATOR)
        self.enrol_button.clicked.connect(self.enrol_laptop)
        self.write_button.clicked.connect(self.ask_write)
        self.read_button.clicked.connect(self.ask_read)
        self.server_button.clicked.connect(self.sync_with_server)
        self.device = named(QLabel(), "thisDevice")
        self.device.setWordWrap(True)
        about = QHBoxLayout()
        about.addWidget(self.device, 1)
        about.addWidget(self.enrol_button)
        self.body.addLayout(about)
        actions = QHBoxLayout()
        for widget in (self.peer, self.write_button, self.read_button, self.server_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        self.body.addLayout(actions)
        self.job = LongJob(self)
        self.job.failed.connect(self._failed)
        self.job.ended.connect(lambda: self._enable(True))
        self.job.stopped.connect(lambda: self.say(self.tr("Stopped: nothing was written or applied.")))
        self.progress = ProgressStrip(self.job)
        self.body.addWidget(self.progress)
        self.result = named(QLabel(), "syncResult")
        self.result.setWordWrap(True)
        self.result.hide()
        self.body.addWidget(self.result)
        self.clock_warning = named(QLabel(), "warning")
        self.clock_warning.setWordWrap(True)
        self.clock_warning.hide()
        self.body.addWidget(self.clock_warning)

        self.tabs = named(QTabWidget(), "syncTabs")
        self.devices = table(
            "syncDevices",
            [
                self.tr("Device"),
                self.tr("Last synced"),
                self.tr("Waiting to go"),
                self.tr("In a sync file"),
                self.tr("File written"),
            ],
            frozenset({2, 3}),
        )
        self.devices.setWordWrap(False)
        for column in (0, 2, 3):  # ids' ends and counts as wide as they are; the times share the rest
            self.devices.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tabs.addTab(self.devices, self.tr("Devices"))
        self.tabs.addTab(self._conflicts_tab(), self.tr("Conflicts"))
        self.rejections = table(
            "syncRejections", [self.tr("Sent by"), self.tr("Record"), self.tr("Why it was refused"), self.tr("When")]
        )
        self.tabs.addTab(self.rejections, self.tr("Refused"))
        self.tabs.addTab(MergeOffersTab(workspace), self.tr("Possible duplicates"))
        self.body.addWidget(self.tabs, 1)

    def _conflicts_tab(self) -> QWidget:
        """The conflicts to review, both values with their device and time, and the two ways to settle one."""
        tab = QWidget()
        inside = QVBoxLayout(tab)
        self.conflicts = table(
            "syncConflicts", [self.tr("Record"), self.tr("Field"), self.tr("Value kept"), self.tr("Other value")]
        )
        self.conflicts.itemSelectionChanged.connect(self._conflict_chosen)
        inside.addWidget(self.conflicts, 1)
        row = QHBoxLayout()
        self.conflict_note = named(QLabel(), "muted")
        self.conflict_note.setWordWrap(True)
        row.addWidget(self.conflict_note, 1)
        self.keep_button = button(self.tr("Keep this value"), "keepValue", self.tr("Confirm the value sync kept"))
        self.other_button = button(self.tr("Use the other"), "useOther", self.tr("Put the other device's value back"))
        self.keep_button.clicked.connect(lambda: self.resolve("kept"))
        self.other_button.clicked.connect(lambda: self.resolve("lost"))
        row.addWidget(self.keep_button)
        row.addWidget(self.other_button)
        inside.addLayout(row)
        return tab

    def title(self) -> str:
        return self.tr("Sync")

    def subtitle(self) -> str:
        return self.tr("Share records with your program")

    def refresh(self, areas: frozenset[Area]) -> None:
        device = self.workspace.actor.device_id
        self.loader.load(lambda session: (sync_status(session, device), stored_address(session)), self._loaded)

    def _loaded(self, found: tuple[SyncStatus, str | None]) -> None:
        self.server = found[1]
        self.server_button.setVisible(self.server is not None)
        self.show_status(found[0])

    def show_status(self, status: SyncStatus) -> None:
        self.status = status
        last = local_time(status.last_synced) if status.last_synced else self.tr("never")
        self.device.setText(
            self.tr("This device: %1 · last synced: %2").replace("%1", short(status.device_id)).replace("%2", last)
        )
        self.device.setToolTip(status.device_id)
        chosen = self.peer.currentData()
        self.peer.clear()
        self.peer.addItem(self.tr("For every device"), None)
        for peer in status.peers:
            self.peer.addItem(self.tr("For %1").replace("%1", short(peer.device_id)), peer.device_id)
        self.peer.setCurrentIndex(max(0, self.peer.findData(chosen)))
        fill(self.devices, [self._device_cells(peer) for peer in status.peers])
        for row, peer in enumerate(status.peers):
            set_tip(self.devices, row, 0, peer.device_id)
            set_tip(self.devices, row, 3, self._file_tip(peer))
        fill(self.conflicts, [self._conflict_cells(c) for c in status.conflicts])
        fill(
            self.rejections,
            [
                [short(r.device_id), self._record(r.table, r.row_id), self._why(r), local_time(r.at)]
                for r in status.rejections
            ],
        )
        self.tabs.setTabText(1, self.tr("Conflicts (%1)").replace("%1", count(status.conflict_count)))
        self.tabs.setTabText(2, self.tr("Refused (%1)").replace("%1", count(status.rejection_count)))
        self._conflict_chosen()

    def _device_cells(self, peer: PeerStatus) -> list[str]:
        """A device by its id's end; what waits to go apart from what is in a file it has not confirmed."""
        return [
            short(peer.device_id),
            local_time(peer.last_synced) if peer.last_synced else self.tr("not directly"),
            count(peer.waiting - peer.in_file),
            count(peer.in_file) if peer.in_file else "—",
            local_time(peer.file_written) if peer.in_file and peer.file_written else "—",
        ]

    def _why(self, refusal: RejectionRow) -> str:
        """Why a change was refused; one of this device's refused elsewhere says where, and what to do."""
        if refusal.refused_by is None:
            return refusal.reason
        return (
            self.tr("Refused on %1: %2. Correct the record here; the correction goes at the next sync.")
            .replace("%1", short(refusal.refused_by))
            .replace("%2", refusal.reason)
        )

    def _lead(self, minutes: int) -> str:
        """How far a clock leads, in the unit a person would say it."""
        if minutes < 120:
            return self.tr("%1 minutes").replace("%1", count(minutes))
        if minutes < 48 * 60:
            return self.tr("%1 hours").replace("%1", count(round(minutes / 60)))
        return self.tr("%1 days").replace("%1", count(round(minutes / (24 * 60))))

    def _file_tip(self, peer: PeerStatus) -> str:
        if not peer.in_file:
            return self.tr("No change waiting for it is in a sync file written here")
        return self.tr("Written to a sync file; they wait until that device reads it and syncs back")

    def _record(self, table_name: str, row_id: str) -> str:
        return f"{record_kind(table_name)} {row_id[:8]}"

    def _conflict_cells(self, conflict: ConflictRow) -> list[str]:
        def value(shown: Any, device: str, at: Any) -> str:
            return (
                self.tr("%1 (from %2, %3)")
                .replace("%1", "—" if shown in (None, "") else str(shown))
                .replace("%2", short(device))
                .replace("%3", local_time(at))
            )

        return [
            self._record(conflict.table, conflict.row_id),
            field_label(conflict.field),
            value(conflict.kept_value, conflict.kept_device, conflict.kept_at),
            value(conflict.other_value, conflict.other_device, conflict.other_at),
        ]

    def chosen_conflict(self) -> ConflictRow | None:
        rows = self.conflicts.selectionModel().selectedRows()
        if self.status is None or not rows or rows[0].row() >= len(self.status.conflicts):
            return None
        return self.status.conflicts[rows[0].row()]

    def _conflict_chosen(self) -> None:
        may = self.workspace.actor.role in SETTLERS
        chosen = self.chosen_conflict() is not None
        for action in (self.keep_button, self.other_button):
            action.setEnabled(may and chosen)
        if not may:
            self.conflict_note.setText(self.tr("A coordinator settles conflicts."))
        elif self.status is not None and not self.status.conflicts:
            self.conflict_note.setText(self.tr("No conflict to review."))
        else:
            self.conflict_note.setText(self.tr("Choose a conflict, then the value the record keeps."))

    def resolve(self, keep: Literal["kept", "lost"]) -> None:
        conflict = self.chosen_conflict()
        if conflict is None:
            return
        actor = self.workspace.actor
        run_write(
            self,
            self.workspace,
            lambda session: resolve_conflict(session, actor, conflict.id, keep=keep),
            on_saved=lambda _: self.refresh(self.areas),
        )

    def enrol_laptop(self) -> None:
        """Administrators write a new laptop's enrolment file and see its passphrase once."""
        dialog = EnrolLaptopDialog(self.workspace, self)
        dialog.exec()
        if dialog.written is not None:
            self.say(self.tr("Enrolment file written: %1.").replace("%1", str(dialog.written.path)))

    # Sync files

    def ask_write(self) -> None:
        start = str(documents_dir() / f"to-{short(self.peer.currentData() or 'everyone')}.{SUFFIX}")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Write a sync file"), start, self._file_filter())
        if chosen:
            path = Path(chosen)
            self.write_to(path if path.suffix else path.with_suffix(f".{SUFFIX}"), self.peer.currentData())

    def ask_read(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Read a sync file"), str(documents_dir()), self._file_filter()
        )
        if chosen:
            self.read_from(Path(chosen))

    def _file_filter(self) -> str:
        return self.tr("Sync file (*.%1)").replace("%1", SUFFIX)

    def write_to(self, path: Path, for_peer: str | None) -> None:
        """Write the sync file on the worker, with progress; say how many changes it holds."""
        workspace, actor = self.workspace, self.workspace.actor

        def work(progress: Progress, cancelled: CancelCheck) -> Changed[ExportSummary]:
            return write(
                workspace,
                lambda session: export_bundle(
                    session, actor, path, for_peer=for_peer, progress=progress, cancelled=cancelled
                ),
            )

        def done(changed: Changed[ExportSummary]) -> None:
            summary = changed.record
            self.say(
                self.tr("Sync file written: %1 changes, %2. Carry it to the other device and read it there.")
                .replace("%1", count(summary.changes))
                .replace("%2", str(summary.path))
            )
            announce(self, changed)

        self._run(self.tr("Writing the sync file…"), work, done)

    def read_from(self, path: Path) -> None:
        """Read the sync file on the worker: all of it applied in one transaction, or nothing."""
        workspace, actor = self.workspace, self.workspace.actor

        def work(progress: Progress, cancelled: CancelCheck) -> Changed[ApplyResult]:
            return write(
                workspace, lambda session: import_bundle(session, actor, path, progress=progress, cancelled=cancelled)
            )

        def done(changed: Changed[ApplyResult]) -> None:
            self.show_result(changed.record)
            announce(self, changed)

        self._run(self.tr("Reading the sync file…"), work, done)

    def sync_with_server(self) -> None:
        """On the worker: bring what the server holds, then send what it lacks, in committed batches."""
        if self.server is None:
            return
        workspace, actor, address = self.workspace, self.workspace.actor, self.server

        def work(progress: Progress, cancelled: CancelCheck) -> tuple[server.SyncOutcome, server.SyncOutcome]:
            reached = open_server(address, workspace.db.home)
            try:
                pulled = server.pull(workspace.db, reached, actor, progress, cancelled)
                if pulled.cancelled:
                    return pulled, server.SyncOutcome(cancelled=True)
                return pulled, server.push(workspace.db, reached, actor, progress, cancelled)
            finally:
                reached.close()

        def done(outcomes: tuple[server.SyncOutcome, server.SyncOutcome]) -> None:
            pulled, pushed = outcomes
            sent = (
                self.tr("Sent to the server: %1 changes, %2 applied there.")
                .replace("%1", count(pushed.done))
                .replace("%2", count(pushed.result.applied))
            )
            if pulled.cancelled or pushed.cancelled:
                sent += " " + self.tr("Stopped: what was exchanged is kept; the rest goes at the next sync.")
            self.show_result(pulled.result, after=[sent])
            announce(self, Changed(pulled, frozenset(Area)))

        self._run(self.tr("Syncing with the server…"), work, done)

    def _run(self, text: str, work: Callable[[Progress, CancelCheck], Any], done: Callable[[Any], None]) -> None:
        if self.job.running:
            return
        self.result.hide()
        self.clock_warning.hide()
        self._enable(False)
        self.progress.begin(text)
        self.job.start(work, done)

    def _enable(self, enabled: bool) -> None:
        for action in (self.write_button, self.read_button, self.server_button):
            action.setEnabled(enabled)

    def _failed(self, error: BaseException) -> None:
        refusal = as_refusal(error)
        if refusal is None:
            report_bug(error)
        else:
            self.say(self.tr("Nothing was written or applied: %1").replace("%1", error_text(refusal)), problem=True)

    def show_result(self, result: ApplyResult, after: list[str] | None = None) -> None:
        """What a sync file or the server brought, in plain words, with each refusal and any clock far ahead;
        ``after``: lines that follow, such as what was sent."""
        lines = [
            self.tr("Changes applied: %1. Already here: %2.")
            .replace("%1", count(result.applied))
            .replace("%2", count(result.already_held))
        ]
        if result.pending:
            lines.append(
                self.tr("Waiting for earlier changes that have not arrived yet: %1.").replace(
                    "%1", count(result.pending)
                )
            )
        if result.conflicts:
            lines.append(self.tr("New conflicts to review: %1 (see Conflicts).").replace("%1", count(result.conflicts)))
        if result.rejected:
            lines.append(
                self.tr(
                    "Changes refused: %1. The Refused tab says why, and what to fix on the device that sent them."
                ).replace("%1", count(len(result.rejected)))
            )
            self.tabs.setCurrentIndex(2)
        self.say("\n".join([*lines, *(after or [])]), problem=bool(result.rejected))
        if result.clocks_ahead:
            ahead = "; ".join(
                self.tr("device %1, %2 ahead").replace("%1", short(device)).replace("%2", self._lead(minutes))
                for device, minutes in result.clocks_ahead.items()
            )
            self.clock_warning.setText(
                self.tr(
                    "A device's clock was far ahead, so this laptop did not follow it: %1. "
                    "Its changes were applied; ask its user to set its date and time."
                ).replace("%1", ahead)
            )
            self.clock_warning.show()

    def say(self, text: str, problem: bool = False) -> None:
        self.result.setObjectName("warning" if problem else "syncResult")
        self.result.style().polish(self.result)
        self.result.setText(text)
        self.result.show()
