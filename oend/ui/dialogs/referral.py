"""Linkage to care in a few keystrokes: refer someone to a service (the ``referral.ui`` form), record a follow-up
(``follow_up.ui``) and a referral's outcome (``referral_outcome.ui``).

Where the program keeps counts only, the referral form asks for the kind of service and the day alone: no
provider, no follow-up, no notes, and the person it was opened for is not recorded.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget
from sqlalchemy.orm import Session

from oend.core.changes import Changed
from oend.model.codes import ReferralKind, ReferralOutcome, ReferralSource
from oend.queries.choices import site_choices
from oend.queries.linkage import FollowUpRow, ReferralRow, counts_only, provider_choices
from oend.services.follow_ups import record_follow_up
from oend.services.referrals import close_referral, record_outcome, record_referral
from oend.ui.dialogs.form_dialog import FormDialog
from oend.ui.text.labels import fill
from oend.ui.widgets.date_field import DateField
from oend.ui.widgets.pickers import fill_choices, select_data, select_default_site
from oend.ui.workspace import Workspace

#: Fields the form hides where the program keeps counts only.
PERSONAL_FIELDS = ("provider", "consent_to_follow_up", "notes")


class ReferralDialog(FormDialog):
    """A referral made from a record: a participant's page, a reversal report, a release, a kit hand-over."""

    form_name = "referral"

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        site_id: uuid.UUID | None = None,
        participant_id: uuid.UUID | None = None,
        participant_code: str = "",
        source_kind: ReferralSource = ReferralSource.PARTICIPANT,
        source_id: uuid.UUID | None = None,
    ) -> None:
        super().__init__(workspace, parent)
        self.source_kind, self.source_id = source_kind, source_id
        self.kind: QComboBox = self.field(QComboBox, "kind")
        self.provider: QComboBox = self.field(QComboBox, "provider")
        self.referred_on: DateField = self.field(DateField, "referred_on")
        self.site: QComboBox = self.field(QComboBox, "site")
        self.warm_handoff: QCheckBox = self.field(QCheckBox, "warm_handoff")
        self.consent: QCheckBox = self.field(QCheckBox, "consent_to_follow_up")
        self.notes: QLineEdit = self.field(QLineEdit, "notes")
        fill(self.kind, ReferralKind, self.tr("Choose…"))
        with workspace.db.session() as session:
            self.counts_only = counts_only(session)
            fill_choices(self.site, site_choices(session, workspace.actor))
            fill_choices(self.provider, provider_choices(session), self.tr("Not named"))
        if site_id is None or not select_data(self.site, site_id):
            select_default_site(workspace, self.site)
        self.referred_on.setDate(dt.date.today())
        self.referred_on.set_maximum(dt.date.today())
        self.participant_id = None if self.counts_only else participant_id
        intro = self.field(QLabel, "intro")
        if self.counts_only:
            intro.setText(self.tr("This program keeps counts only: the kind of service and the day, with no name."))
            for name in PERSONAL_FIELDS:
                for widget in (self.field(QWidget, name), self.form.findChild(QLabel, f"{name}_label")):
                    if widget is not None:
                        widget.hide()
        if participant_code and not self.counts_only:
            self.setWindowTitle(self.tr("Refer %1 to a service").replace("%1", participant_code))
        self.start_messages()
        self.kind.setFocus()

    def field_names(self) -> dict[str, str]:
        return {"participant": self.tr("Participant"), "source": self.tr("Record referred from")}

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "kind": self.kind.currentData(),
            "referred_on": self.referred_on.value(),
            "site_id": self.site.currentData(),
            "warm_handoff": self.warm_handoff.isChecked(),
            "source_kind": self.source_kind,
        }
        if self.counts_only:
            return values
        return values | {
            "participant_id": self.participant_id,
            "provider_id": self.provider.currentData(),
            "consent_to_follow_up": self.consent.isChecked(),
            "source_id": self.source_id,
            "notes": self.notes.text(),
        }

    def submit(self, session: Session, values: dict[str, Any]) -> Changed[Any]:
        return record_referral(session, self.workspace.actor, **values)


class FollowUpDialog(FormDialog):
    """What a follow-up found: whether contact was made and the person connected."""

    form_name = "follow_up"

    def __init__(self, workspace: Workspace, follow_up: FollowUpRow, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.follow_up = follow_up
        self.done_on: DateField = self.field(DateField, "done_on")
        self.contact_made: QCheckBox = self.field(QCheckBox, "contact_made")
        self.connected: QCheckBox = self.field(QCheckBox, "connected")
        self.notes: QLineEdit = self.field(QLineEdit, "notes")
        self.done_on.setDate(dt.date.today())
        self.done_on.set_maximum(dt.date.today())
        self.contact_made.toggled.connect(self._contact_toggled)
        self._contact_toggled(False)
        who = follow_up.participant_code or self.tr("someone not enrolled")
        self.setWindowTitle(
            self.tr("Follow-up of %1, due %2").replace("%1", who).replace("%2", follow_up.due_on.isoformat())
        )
        self.start_messages()
        self.contact_made.setFocus()

    def _contact_toggled(self, made: bool) -> None:
        """Connected means contact was made: the box waits until it is."""
        self.connected.setEnabled(made)
        if not made:
            self.connected.setChecked(False)

    def values(self) -> dict[str, Any]:
        made = self.contact_made.isChecked()
        return {
            "done_on": self.done_on.value(),
            "contact_made": made,
            "connected": self.connected.isChecked() if made else None,
            "notes": self.notes.text(),
        }

    def submit(self, session: Session, values: dict[str, Any]) -> Changed[Any]:
        return record_follow_up(
            session, self.workspace.actor, self.follow_up.id, expected_version=self.follow_up.version, **values
        )


class OutcomeDialog(FormDialog):
    """A referral's outcome as of a day, and closing it when nothing more is to be done."""

    form_name = "referral_outcome"

    def __init__(self, workspace: Workspace, referral: ReferralRow, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.referral = referral
        self.outcome: QComboBox = self.field(QComboBox, "outcome")
        self.outcome_on: DateField = self.field(DateField, "outcome_on")
        self.closed: QCheckBox = self.field(QCheckBox, "closed")
        fill(self.outcome, ReferralOutcome, self.tr("Choose…"))
        select_data(self.outcome, referral.outcome.value if referral.outcome else None)
        self.outcome_on.setDate(dt.date.today())
        self.outcome_on.set_maximum(dt.date.today())
        self.closed.setChecked(referral.closed_on is not None)
        self.closed.setEnabled(referral.closed_on is None)
        self.start_messages()
        self.outcome.setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "outcome": self.outcome.currentData(),
            "outcome_on": self.outcome_on.value(),
            "close": self.closed.isChecked() and self.closed.isEnabled(),
        }

    def submit(self, session: Session, values: dict[str, Any]) -> Changed[Any]:
        actor, referral = self.workspace.actor, self.referral
        changed = record_outcome(
            session,
            actor,
            referral.id,
            outcome=values["outcome"],
            outcome_on=values["outcome_on"],
            expected_version=referral.version,
        )
        if values["close"]:
            changed = close_referral(session, actor, referral.id, closed_on=values["outcome_on"])
        return changed
