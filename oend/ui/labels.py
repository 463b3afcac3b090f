"""What a person reads for each stable code (DESIGN.md: data keys on codes, screens translate them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from oend.model.codes import Gender, ParticipantCategory


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def category_labels() -> dict[ParticipantCategory, str]:
    return {
        ParticipantCategory.AT_RISK: _t("Person at risk"),
        ParticipantCategory.FAMILY_FRIEND: _t("Family or friend"),
        ParticipantCategory.SERVICE_PROVIDER: _t("Service provider"),
        ParticipantCategory.COMMUNITY_MEMBER: _t("Community member"),
        ParticipantCategory.LEAVING_CUSTODY: _t("Leaving prison or jail"),
    }


def gender_labels() -> dict[Gender, str]:
    return {
        Gender.WOMAN: _t("Woman"),
        Gender.MAN: _t("Man"),
        Gender.TRANS: _t("Trans"),
        Gender.NON_BINARY: _t("Non-binary"),
        Gender.NOT_LISTED: _t("Not listed"),
        Gender.PREFER_NOT_TO_SAY: _t("Prefer not to say"),
    }


def category_label(code: str) -> str:
    """The label of a participant category code; an unknown code is shown as it is."""
    try:
        return category_labels()[ParticipantCategory(code)]
    except ValueError:
        return code
