"""The first start: name the program and its administrator, show the recovery key once, then add the first
site and the products handed out there, so the program can record its first hand-out straight away.

The recovery key is the only way into an encrypted database when every password is lost, and it is
never stored in readable form, so the dialog insists (calmly) that it is written down (or printed) before
going on. The administrator is signed in for the last step, and the app carries on with that sign-in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from oend.errors import FieldError, OendError, ValidationError
from oend.ui.dialogs.forms import FieldMessages
from oend.ui.session.preload import preload_when_shown
from oend.ui.session.recovery_print import print_key
from oend.ui.widgets.busy import busy, make_primary
from oend.ui.widgets.named import named

if TYPE_CHECKING:
    from oend.services.accounts import SetupResult, SignedIn
    from oend.services.enrolment import Joined
    from oend.ui.session.first_site import FirstSiteStep
    from oend.ui.session.join_step import JoinStep

DETAILS, RECOVERY, FIRST_SITE = range(3)
#: What the steps after the first import: the database code, loaded once the wizard is up (``preload``).
SETUP_MODULES = ("oend.services.accounts", "oend.ui.session.first_site")


class SetupDialog(QDialog):
    """Accepted once the program exists and its recovery key was acknowledged; ``result_setup`` holds it, and
    ``result_signed_in`` the administrator's sign-in when the last step was reached. A laptop that joined a
    program instead holds ``result_joined``, and its worker signs in next."""

    first_site: FirstSiteStep  # the last step, added when it is reached (``add_first_site``)
    join_step: JoinStep | None = None  # the other way in, added when chosen (``show_join``)
    result_joined: Joined | None = None

    def __init__(self, target: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.result_setup: SetupResult | None = None
        self.result_signed_in: SignedIn | None = None
        self.setWindowTitle(self.tr("Set up OEND tracker"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        self.steps = QStackedWidget()
        self.steps.addWidget(self._details_step())
        self.steps.addWidget(self._recovery_step())
        layout.addWidget(self.steps)
        self.program_name.setFocus()
        preload_when_shown(self, *SETUP_MODULES)

    # --- step 1: the program and its administrator ------------------------------------------------

    def _details_step(self) -> QWidget:
        page = named(QWidget(), "setupDetails")
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(named(QLabel(self.tr("Welcome")), "pageTitle"))
        intro = named(
            QLabel(
                self.tr(
                    "Let's set up OEND tracker for your program. You will be its first administrator: you can add "
                    "the rest of your team afterwards. The records are encrypted on this computer."
                )
            ),
            "muted",
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        general = named(QLabel(), "form_error")
        general.setWordWrap(True)
        column.addWidget(general)

        card = named(QFrame(), "card")
        grid = QGridLayout(card)
        grid.setContentsMargins(20, 18, 20, 18)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        self.program_name = named(QLineEdit(), "program_name")
        self.program_name.setPlaceholderText(self.tr("for example: Riverside Harm Reduction"))
        self.username = named(QLineEdit(), "username")
        self.username.setPlaceholderText(self.tr("lower case, no spaces: maria.lopez"))
        self.display_name = named(QLineEdit(), "display_name")
        self.display_name.setPlaceholderText(self.tr("as your team knows you: Maria Lopez"))
        self.password = named(QLineEdit(), "password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("at least 10 characters; a few words are best"))
        self.password_again = named(QLineEdit(), "password_again")
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        rows = (
            (self.tr("&Program name"), self.program_name),
            (self.tr("Your &user name"), self.username),
            (self.tr("Your &full name"), self.display_name),
            (self.tr("Pass&word"), self.password),
            (self.tr("Password &again"), self.password_again),
        )
        for number, (text, field) in enumerate(rows):
            label = QLabel(text)
            label.setBuddy(field)
            error = named(QLabel(), f"{field.objectName()}_error")
            error.setWordWrap(True)
            grid.addWidget(label, number * 2, 0)
            grid.addWidget(field, number * 2, 1)
            grid.addWidget(error, number * 2 + 1, 1)
        grid.setColumnStretch(1, 1)
        column.addWidget(card)
        self.messages = FieldMessages(page, self._field_names())

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.join_choice = named(QPushButton(self.tr("Join an existing program…")), "joinProgram")
        self.join_choice.setAutoDefault(False)
        self.join_choice.clicked.connect(self.show_join)
        buttons.addButton(self.join_choice, QDialogButtonBox.ButtonRole.ActionRole)
        self.create_button = buttons.addButton(self.tr("Set up a new program"), QDialogButtonBox.ButtonRole.AcceptRole)
        make_primary(self.create_button).setDefault(True)
        buttons.accepted.connect(self.create_program)
        buttons.rejected.connect(self.reject)
        column.addStretch(1)
        column.addWidget(buttons)
        return page

    def _field_names(self) -> dict[str, str]:
        return {
            "program_name": self.tr("Program name"),
            "username": self.tr("User name"),
            "display_name": self.tr("Full name"),
            "password": self.tr("Password"),
        }

    def _check(self) -> None:
        """Every problem with the details at once, before anything is made."""
        from oend.services import accounts  # on use: the wizard shows before the database code loads

        problems: list[FieldError] = []
        try:
            accounts.check_program_details(
                self.program_name.text(), self.username.text(), self.display_name.text(), self.password.text()
            )
        except ValidationError as error:
            problems.extend(error.errors)
        if self.password.text() != self.password_again.text():
            problems.append(FieldError("password_again", self.tr("does not match the password above")))
        if problems:
            raise ValidationError(problems)

    def create_program(self) -> None:
        """Set up the program; a refusal keeps what was typed and names each field."""
        from oend.services import accounts  # on use: the wizard shows before the database code loads

        try:
            self._check()
            with busy():
                result = accounts.setup_program(
                    self.target,
                    self.program_name.text(),
                    self.username.text(),
                    self.display_name.text(),
                    self.password.text(),
                )
        except OendError as error:
            self.messages.refuse(error)
            return
        self.messages.clear()
        self.result_setup = result
        if result.recovery_key is None:  # a server database: nothing to write down
            self._to_first_site()
            return
        self.recovery_key.setText(result.recovery_key)
        self.steps.setCurrentIndex(RECOVERY)
        self.confirm.setFocus()

    # --- step 2: the recovery key, shown once --------------------------------------------------------

    def _recovery_step(self) -> QWidget:
        page = named(QWidget(), "setupRecovery")
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(named(QLabel(self.tr("Your recovery key")), "pageTitle"))
        why = QLabel(
            self.tr(
                "If every password is ever forgotten, this key is the only way to open your program's records. "
                "Nobody else has a copy, not even the people who make this app."
            )
        )
        why.setWordWrap(True)
        column.addWidget(why)

        card = named(QFrame(), "keyCard")
        inside = QVBoxLayout(card)
        inside.setContentsMargins(20, 18, 20, 18)
        self.recovery_key = named(QLabel(), "recoveryKey")
        self.recovery_key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.recovery_key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(12.5)
        font.setWeight(QFont.Weight.DemiBold)
        self.recovery_key.setFont(font)
        inside.addWidget(self.recovery_key)
        # Bound methods, not lambdas: a lambda holding ``self`` keeps the dialog alive until the interpreter exits.
        copy = named(QPushButton(self.tr("Copy")), "copyKey")
        copy.setAutoDefault(False)
        copy.clicked.connect(self._copy_key)
        self.print_button = named(QPushButton(self.tr("Print…")), "printKey")
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self._print_key)
        # In the card before the buttons go in, so the card owns them: buttons added to a layout that has no
        # widget yet stay owned by Python as well, and are deleted twice when the interpreter exits.
        key_actions = QHBoxLayout()
        inside.addLayout(key_actions)
        key_actions.addStretch(1)
        key_actions.addWidget(copy)
        key_actions.addWidget(self.print_button)
        key_actions.addStretch(1)
        column.addWidget(card)

        steps = named(
            QLabel(
                self.tr(
                    "<b>Write it down or print it now</b>, and keep it somewhere safe away from this laptop "
                    "(a locked drawer at the office). <b>The app will not show it again.</b>"
                )
            ),
            "warning",
        )
        steps.setWordWrap(True)
        column.addWidget(steps)
        self.confirm = QCheckBox(self.tr("I have written down the recovery key and put it somewhere safe"))
        column.addWidget(self.confirm)
        buttons = QDialogButtonBox()
        self.continue_button = buttons.addButton(self.tr("Continue"), QDialogButtonBox.ButtonRole.AcceptRole)
        make_primary(self.continue_button).setEnabled(False)
        self.confirm.toggled.connect(self.continue_button.setEnabled)
        buttons.accepted.connect(self._finish)
        column.addStretch(1)
        column.addWidget(buttons)
        return page

    def _copy_key(self) -> None:
        QGuiApplication.clipboard().setText(self.recovery_key.text())

    def _print_key(self) -> None:
        print_key(self, self.program_name.text().strip(), self.recovery_key.text())

    def _finish(self) -> None:
        if self.confirm.isChecked():
            self.recovery_key.clear()  # not kept on screen or in memory longer than needed
            if self.result_joined is not None:
                self.accept()  # the worker signs in with their own account next
                return
            self._to_first_site()

    # --- the other way in: joining a program ---------------------------------------------------------

    def show_join(self) -> None:
        """Show the join step (made on first use): an enrolment file and its passphrase."""
        from oend.ui.session.join_step import JoinStep  # on use: see ``add_first_site``

        if self.join_step is None:
            self.join_step = JoinStep()
            self.join_step.buttons.accepted.connect(self.join_program)
            self.join_step.buttons.rejected.connect(self._back_to_details)
            self.steps.addWidget(self.join_step)
        self.steps.setCurrentWidget(self.join_step)
        self.join_step.file.setFocus()

    def _back_to_details(self) -> None:
        self.steps.setCurrentIndex(DETAILS)
        self.program_name.setFocus()

    def join_program(self) -> None:
        """Make this laptop's database from the enrolment file; a refusal is said on the step, nothing written."""
        from oend.services import enrolment  # on use: the wizard shows before the database code loads
        from oend.ui.text.validation_text import error_text

        step = self.join_step
        assert step is not None
        try:
            with busy():
                if step.from_server.isChecked():
                    joined = self._join_from_server(step.server.text(), step.passphrase.text())
                else:
                    joined = enrolment.join_program(self.target, step.file.text().strip(), step.passphrase.text())
        except OendError as error:
            step.error.setText(error_text(error, {"sync_server": self.tr("Server address")}))
            return
        step.error.clear()
        step.passphrase.clear()
        self.result_joined = joined
        self.program_name.setText(joined.program_name)  # the printed key names the program
        self.recovery_key.setText(joined.recovery_key)
        self.steps.setCurrentIndex(RECOVERY)
        self.confirm.setFocus()

    def _join_from_server(self, address: str, passphrase: str) -> Joined:
        """Join from the enrolment left on the server at ``address``, then pull the program from there."""
        from oend.services.published_enrolment import join_from_server  # on use: see ``join_program``
        from oend.services.sync.server_address import checked_address, open_server

        reached = open_server(checked_address(address), None)
        try:
            return join_from_server(self.target, reached, passphrase)
        finally:
            reached.close()

    # --- step 3: the first site and its products --------------------------------------------------

    def _to_first_site(self) -> None:
        """Sign the new administrator in (the password was typed a minute ago) and ask for the first site."""
        from oend.services import accounts  # on use: the wizard shows before the database code loads

        assert self.result_setup is not None
        try:
            with busy():
                self.result_signed_in = accounts.sign_in(
                    self.target, self.result_setup.username, self.password.text(), exclusive=True
                )
        except OendError:
            self.accept()  # the sign-in screen comes next and says what is wrong there
            return
        finally:
            self.password.clear()
            self.password_again.clear()
        self.add_first_site()
        self.first_site.start(self.result_signed_in)
        self.steps.setCurrentIndex(FIRST_SITE)

    def add_first_site(self) -> None:
        """Add the last step: its forms, and the services it writes with, load with it, not with the wizard."""
        from oend.ui.session.first_site import FirstSiteStep  # on use: see the docstring

        self.first_site = FirstSiteStep()
        self.first_site.buttons.accepted.connect(self._save_first_site)
        self.first_site.buttons.rejected.connect(self.accept)
        self.steps.addWidget(self.first_site)

    def _save_first_site(self) -> None:
        if self.result_signed_in is not None and self.first_site.save(self.result_signed_in):
            self.accept()

    def ready_notice(self) -> str:
        """What the sign-in screen says after the wizard: a joined laptop is told whose program it now holds."""
        if self.result_joined is None:
            return self.tr("Your program is ready. Sign in to start.")
        name = self.result_joined.program_name or self.tr("the program")
        return self.tr("This laptop has joined %1: sign in with your account.").replace("%1", name)

    def reject(self) -> None:
        """Once the program exists, leaving without confirming would lose the key: stay on it. On the last
        step, leaving is "later": the program is ready, and its sites are added under Administration."""
        made = self.result_setup or self.result_joined
        if made is not None and made.recovery_key is not None and self.isVisible() and not self.confirm.isChecked():
            self.confirm.setFocus()
            return
        if made is not None:
            self.accept()
            return
        super().reject()
