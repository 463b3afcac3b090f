"""The wizard's other way in: join an existing program from the enrolment a coordinator wrote, in a file or
left on the program's server.

The worker picks the file (or types the server's address) and the passphrase the coordinator told them; the
laptop then makes its own encrypted database from it (oend/services/enrolment.py, published_enrolment.py).
A refusal (wrong passphrase, damaged file, nothing on the server) is said in plain words above the fields,
and nothing is written.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from oend.services.sync.server_address import EXAMPLE
from oend.ui.widgets.busy import make_primary
from oend.ui.widgets.named import named

# The suffix of enrolment files (oend.security.enrolment_file.SUFFIX, not imported: the wizard loads light).
SUFFIX = "oendjoin"


class JoinStep(QWidget):
    """File and passphrase; ``buttons`` accepts (join) and rejects (back to setting up a new program)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupJoin")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(named(QLabel(self.tr("Join a program")), "pageTitle"))
        intro = named(
            QLabel(
                self.tr(
                    "Your coordinator gave you an enrolment file, or left it on the program's server, and told you "
                    "its passphrase. This laptop will keep its own encrypted copy of the program's records, and you "
                    "sign in with the password you already have."
                )
            ),
            "muted",
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        self.error = named(QLabel(), "form_error")
        self.error.setWordWrap(True)
        column.addWidget(self.error)

        card = named(QFrame(), "card")
        grid = QGridLayout(card)
        grid.setContentsMargins(20, 18, 20, 18)
        grid.setHorizontalSpacing(14)
        self.file = named(QLineEdit(), "enrolment_file")
        browse = named(QPushButton(self.tr("Choose…")), "chooseEnrolmentFile")
        browse.setAutoDefault(False)
        browse.clicked.connect(self._choose)
        picker = QHBoxLayout()
        picker.setSpacing(8)
        picker.addWidget(self.file, 1)
        picker.addWidget(browse)
        self.from_file = named(QRadioButton(self.tr("From an enrolment &file")), "joinFromFile")
        self.from_server = named(QRadioButton(self.tr("From the program's &server")), "joinFromServer")
        self.from_file.setChecked(True)
        self.from_file.toggled.connect(self._chosen)
        choice = QHBoxLayout()
        choice.setSpacing(24)
        choice.addWidget(self.from_file)
        choice.addWidget(self.from_server)
        choice.addStretch(1)
        self.server = named(QLineEdit(), "join_server")
        self.server.setPlaceholderText(self.tr("for example: %1").replace("%1", EXAMPLE))
        self.server.setToolTip(self.tr("The program's server address, from your coordinator"))
        self.passphrase = named(QLineEdit(), "passphrase")
        self.passphrase.setPlaceholderText(self.tr("for example: ABCD-EFGH-JKLM-NPQR-STUV"))
        self.file_label = QLabel(self.tr("Enrolment file"))
        self.file_label.setBuddy(self.file)
        self.server_label = QLabel(self.tr("Server address"))
        self.server_label.setBuddy(self.server)
        pass_label = QLabel(self.tr("&Passphrase"))
        pass_label.setBuddy(self.passphrase)
        self.browse = browse
        grid.addLayout(choice, 0, 0, 1, 2)
        grid.addWidget(self.file_label, 1, 0)
        grid.addLayout(picker, 1, 1)
        grid.addWidget(self.server_label, 2, 0)
        grid.addWidget(self.server, 2, 1)
        grid.addWidget(pass_label, 3, 0)
        grid.addWidget(self.passphrase, 3, 1)
        grid.setColumnStretch(1, 1)
        column.addWidget(card)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Back"))
        self.join_button = self.buttons.addButton(self.tr("Join"), QDialogButtonBox.ButtonRole.AcceptRole)
        make_primary(self.join_button).setDefault(True)
        column.addStretch(1)
        column.addWidget(self.buttons)
        self._chosen()

    def _chosen(self) -> None:
        """Show the file's field or the server's, whichever way in is chosen."""
        by_file = self.from_file.isChecked()
        for widget in (self.file_label, self.file, self.browse):
            widget.setVisible(by_file)
        for widget in (self.server_label, self.server):
            widget.setVisible(not by_file)
        (self.file if by_file else self.server).setFocus()

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Enrolment file"), "", self.tr("Enrolment files (*.{suffix})").format(suffix=SUFFIX)
        )
        if path:
            self.file.setText(path)
