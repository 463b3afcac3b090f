"""The wizard's other way in: join an existing program from the enrolment file a coordinator wrote.

The worker picks the file and types the passphrase the coordinator told them; the laptop then makes its
own encrypted database from it (oend/services/enrolment.py). A refusal (wrong passphrase, damaged file)
is said in plain words under the fields, and nothing is written.
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
    QVBoxLayout,
    QWidget,
)

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
                    "Your coordinator gave you an enrolment file and told you its passphrase. This laptop will "
                    "keep its own encrypted copy of the program's records, and you sign in with the password you "
                    "already have."
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
        picker.addWidget(self.file, 1)
        picker.addWidget(browse)
        self.passphrase = named(QLineEdit(), "passphrase")
        self.passphrase.setPlaceholderText(self.tr("for example: ABCD-EFGH-JKLM-NPQR-STUV"))
        file_label = QLabel(self.tr("Enrolment &file"))
        file_label.setBuddy(self.file)
        pass_label = QLabel(self.tr("&Passphrase"))
        pass_label.setBuddy(self.passphrase)
        grid.addWidget(file_label, 0, 0)
        grid.addLayout(picker, 0, 1)
        grid.addWidget(pass_label, 1, 0)
        grid.addWidget(self.passphrase, 1, 1)
        grid.setColumnStretch(1, 1)
        column.addWidget(card)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Back"))
        self.join_button = self.buttons.addButton(self.tr("Join"), QDialogButtonBox.ButtonRole.AcceptRole)
        make_primary(self.join_button).setDefault(True)
        column.addStretch(1)
        column.addWidget(self.buttons)

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Enrolment file"), "", self.tr("Enrolment files (*.{suffix})").format(suffix=SUFFIX)
        )
        if path:
            self.file.setText(path)
