"""The notice after sign-in when rows were changed outside the app: what was found, in plain words, and what to do.

The sign-in verified the user's own rights and the authority key; the start-up check, on the worker, every
user's rights and the audit trail (oend/services/maintenance.py ``verify_trust``). Administrators and
coordinators are told all of it; anyone else only that their own rights could not be verified.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from oend.model.codes import Role
from oend.services.audit_chain import Break
from oend.services.authority import OVERSEERS, Standing
from oend.services.maintenance import Trust
from oend.ui.text.trust_text import breaks_text
from oend.ui.widgets.busy import make_primary
from oend.ui.widgets.named import named
from oend.ui.widgets.page_parts import section_label


@dataclass(frozen=True)
class Tampering:
    """What one person is told of rows changed outside the app."""

    own_rights: bool = False
    forged_users: tuple[str, ...] = ()
    key: bool = False
    breaks: tuple[Break, ...] = ()
    details: tuple[str, ...] = ()
    settings: bool = False

    @classmethod
    def found(cls, standing: Standing | None, trust: Trust | None, role: Role) -> Tampering:
        """All of it for administrators and coordinators (``role`` as verified), their own rights for others."""
        own = standing is not None and not standing.genuine
        if role not in OVERSEERS:
            return cls(own_rights=own)
        forged = set(trust.forged_users) if trust is not None else set()
        key = trust is not None and bool(trust.key)
        details = list(trust.problems) if trust is not None else []
        if standing is not None:
            forged |= set(standing.forged_users)
            key = key or bool(standing.key_problems)
            details = [*standing.problems, *details]
        breaks = trust.trail.breaks if trust is not None else ()
        settings = trust is not None and bool(trust.settings)
        return cls(own, tuple(sorted(forged)), key, breaks, tuple(dict.fromkeys(details)), settings)

    @property
    def any(self) -> bool:
        return self.own_rights or bool(self.forged_users) or self.key or bool(self.breaks) or self.settings


class TamperNotice(QDialog):
    """Says what was found, a part for each kind, each with what to do; the technical lines on request."""

    def __init__(self, found: Tampering, role: Role, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tamperNotice")
        self.setWindowTitle(self.tr("Changes made outside the app"))
        self.setMinimumWidth(560)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 16)
        outer.setSpacing(12)
        outer.addWidget(named(QLabel(self.tr("Changes made outside the app")), "pageTitle"))

        content = QWidget()
        self.parts = QVBoxLayout(content)
        self.parts.setContentsMargins(0, 0, 0, 0)
        self.parts.setSpacing(12)
        if found.own_rights:
            self._part(
                "ownRights",
                self.tr("Your account needs an administrator"),
                self.tr(
                    "Your role and sites were changed outside the app, so they could not be verified. Until an "
                    "administrator reviews your account you work as an outreach worker with no sites."
                ),
                self.tr("Tell your program's administrator."),
            )
        if found.forged_users:
            self._part(
                "forgedRights",
                self.tr("Rights changed outside the app"),
                self.tr(
                    "These accounts' role, sites or state no longer carry an administrator's signature: %1. "
                    "They count only as outreach workers with no sites, and an account that was disabled cannot "
                    "sign in."
                ).replace("%1", ", ".join(found.forged_users)),
                self.tr(
                    "On the Users page, reset each account's password or disable it: either signs it again with "
                    "the lowest rights. Then find out who opened the database outside the app."
                )
                if role is Role.ADMINISTRATOR
                else self.tr("Tell an administrator: only they can review these accounts, on the Users page."),
            )
        if found.key:
            self._part(
                "authorityKey",
                self.tr("The program's signing key was changed"),
                self.tr(
                    "The setting that names the key which signs users' rights was changed outside the app. The "
                    "app keeps to the program's own key, so the change gives no one any rights."
                ),
                self.tr("An administrator's sign-in puts the key back. Find out who changed the database."),
            )
        if found.settings:
            self._part(
                "grantingSettings",
                self.tr("A setting that grants rights was changed"),
                self.tr(
                    "The number of days outreach workers may correct their own entries was changed outside the "
                    "app. The app keeps to its default until an administrator sets the number again."
                ),
                self.tr("An administrator sets it again under Settings. Find out who changed the database.")
                if role is Role.ADMINISTRATOR
                else self.tr("Tell an administrator: only they can set it again."),
            )
        if found.breaks:
            self._part(
                "brokenTrail",
                self.tr("The audit trail was changed outside the app"),
                breaks_text(found.breaks),
                self.tr(
                    "Keep a copy of the database file and its backups before anything else: they show what the "
                    "trail said before. The Audit trail page checks the trail again (Check the trail)."
                ),
            )
        self.parts.addStretch(1)
        scroll = named(QScrollArea(), "tamperParts")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)

        self.details = named(QPlainTextEdit("\n".join(found.details)), "tamperDetails")
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(90)
        self.details.hide()
        toggle = named(QPushButton(self.tr("Show technical details")), "linkButton")
        toggle.setFlat(True)
        toggle.setVisible(bool(found.details))
        toggle.clicked.connect(lambda: self.details.setVisible(not self.details.isVisible()))
        outer.addWidget(toggle, 0, Qt.AlignmentFlag.AlignLeft)
        outer.addWidget(self.details)
        buttons = QDialogButtonBox()
        make_primary(buttons.addButton(self.tr("I understand"), QDialogButtonBox.ButtonRole.AcceptRole))
        buttons.accepted.connect(self.accept)
        outer.addWidget(buttons)
        self.resize(640, 480)

    def _part(self, name: str, title: str, body: str, todo: str) -> None:
        card = named(QFrame(), "card")
        card.setProperty("part", name)
        column = QVBoxLayout(card)
        column.setContentsMargins(16, 12, 16, 12)
        column.setSpacing(6)
        column.addWidget(section_label(title))
        for text, style in ((body, "tamperBody"), (self.tr("What to do: %1").replace("%1", todo), "notice")):
            label = named(QLabel(text), style)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            column.addWidget(label)
        self.parts.addWidget(card)

    def texts(self) -> str:
        """Every text the parts show, for a reader (and a test) to search."""
        return "\n".join(label.text() for label in self.findChildren(QLabel))
