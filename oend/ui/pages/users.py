"""Users: who can sign in, with their role, sites and state; administrators add, disable and reset them.

Disabling a user also encrypts the database with a new key (oend/services/rekey.py), which takes a while on
a big file: it runs as a long job with a progress dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QMessageBox, QPushButton, QTableView, QWidget

from oend.core.changes import Area
from oend.reporting.progress import CancelCheck, Progress
from oend.services.rekey import Disabled, disable_user
from oend.services.users import UserRow
from oend.ui.dialogs.reset_password import ResetPasswordDialog
from oend.ui.dialogs.user import UserDialog
from oend.ui.models.users import UsersModel
from oend.ui.operations import announce, as_refusal, report_bug
from oend.ui.outputs.jobs import LongJob, progress_dialog
from oend.ui.pages.base import Page
from oend.ui.text.validation_text import error_text
from oend.ui.widgets.busy import make_primary
from oend.ui.widgets.named import named
from oend.ui.workspace import Workspace

ROW_HEIGHT = 34


class UsersPage(Page):
    areas = frozenset({Area.USERS})

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.disable_button = named(QPushButton(self.tr("Disable")), "disableUser")
        # a lambda: ``clicked`` passes checked=False, which would skip the confirmation
        self.disable_button.clicked.connect(lambda: self.disable_selected())
        self.reset_button = named(QPushButton(self.tr("Reset password…")), "resetPassword")
        self.reset_button.clicked.connect(self.reset_selected)
        self.add_button = make_primary(named(QPushButton(self.tr("Add user")), "addUser"))
        self.add_button.setToolTip(self.tr("Add someone to your team (Ctrl+N)"))
        self.add_button.clicked.connect(self.create_new)
        for button in (self.disable_button, self.reset_button, self.add_button):
            self.header_actions.addWidget(button)

        self.model = UsersModel(workspace, self)
        self.table = named(QTableView(), "usersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(ROW_HEIGHT)
        rows.hide()
        columns = self.table.horizontalHeader()
        columns.setHighlightSections(False)
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setSectionResizeMode(UsersModel.SITES, QHeaderView.ResizeMode.Stretch)
        for column, width in ((UsersModel.USERNAME, 170), (UsersModel.NAME, 220), (UsersModel.ROLE, 170)):
            columns.resizeSection(column, width)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.table.doubleClicked.connect(self.reset_selected)
        self.disabling = LongJob(self)
        self.disabling.failed.connect(self._disable_failed)
        self.note = named(QLabel(), "muted")
        self.note.setWordWrap(True)
        self.body.addWidget(self.table, 1)
        self.body.addWidget(self.note)
        self.refresh(self.areas)

    def title(self) -> str:
        return self.tr("Users")

    def subtitle(self) -> str:
        return self.tr("Who can sign in, their role and their sites")

    def refresh(self, areas: frozenset[Area]) -> None:
        self.model.reload()
        self._update_actions()

    def selected(self) -> UserRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_user(self, username: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).username == username:
                self.table.selectRow(row)
                return

    def _update_actions(self) -> None:
        user = self.selected()
        own = user is not None and user.id == self.workspace.actor.user_id
        self.disable_button.setEnabled(user is not None and user.active and not own)
        self.reset_button.setEnabled(user is not None)

    def _changed(self, note: str, username: str) -> None:
        """After a save (whose announcement refreshed the list): the user it was about, and what it did."""
        self.select_user(username)
        self.note.setText(note)

    def create_new(self) -> bool:
        dialog = UserDialog(self.workspace, self)
        if dialog.exec() and dialog.result_changed is not None:
            name = dialog.result_changed.record.username
            self._changed(self.tr("%1 can now sign in.").replace("%1", name), name)
        return True

    def disable_selected(self, confirm: bool = True) -> None:
        user = self.selected()
        if user is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Disable user"),
                self.tr("%1 will no longer be able to sign in. Their records stay. Disable the account?").replace(
                    "%1", user.display_name
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        if self.disabling.running:
            return
        workspace = self.workspace
        signed = workspace.signed_in
        lock = signed.instance_lock if signed is not None else None

        def work(progress: Progress, cancelled: CancelCheck) -> Disabled:
            def per_mille(done: int, total: int) -> None:  # a big file's bytes overflow the signal's int
                progress(done * 1000 // max(1, total), 1000)

            done = disable_user(
                workspace.db, workspace.actor, workspace.keyring, user.username, instance_lock=lock, progress=per_mille
            )
            if done.key_change is not None and signed is not None:
                signed.keyring = done.key_change.keyring  # at once: the database opens with the new key only
            return done

        text = self.tr("Disabling %1 and encrypting the database with a new key…").replace("%1", user.username)
        dialog = progress_dialog(self, self.disabling, text)
        dialog.setCancelButton(None)  # a change of key runs to its end; a crash midway leaves a file that opens
        self.disabling.start(work, on_done=self._disabled)

    def _disabled(self, done: Disabled) -> None:
        change = done.key_change
        announce(self, done.changed)
        username = done.changed.record.username
        notes = [self.tr("%1 can no longer sign in.").replace("%1", username)]
        if change is not None:
            notes.append(self.tr("The database and its backups are encrypted with a new key."))
            if change.lost_slots:
                notes.append(self.tr("Give these users a new password: %1").replace("%1", ", ".join(change.lost_slots)))
        self._changed(" ".join(notes), username)
        if change is not None and change.recovery_key:
            self._show_new_recovery_key(change.recovery_key)

    def _show_new_recovery_key(self, recovery_key: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("New recovery key"), "", parent=self)
        box.setObjectName("newRecoveryKey")
        box.setText(
            self.tr(
                "The old recovery key no longer opens the database. Write this new one down now and keep it away "
                "from this computer; it is not shown again:\n\n%1"
            ).replace("%1", recovery_key)
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()

    def _disable_failed(self, error: BaseException) -> None:
        selected = self.selected()
        self.refresh(self.areas)  # the user may be disabled even if the key could not change
        if selected is not None:
            self.select_user(selected.username)
        refusal = as_refusal(error)
        if refusal is None:
            report_bug(error)
        else:
            self.note.setText(error_text(refusal))

    def reset_selected(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = ResetPasswordDialog(self.workspace, user, self)
        if dialog.exec() and dialog.result_changed is not None:
            self._changed(self.tr("%1 signs in with the new password now.").replace("%1", user.username), user.username)
