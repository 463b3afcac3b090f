"""What a person reads for each stable code (DESIGN.md: data keys on codes, screens translate them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from oend.model.codes import Gender, ParticipantCategory


def category_labels() -> dict[ParticipantCategory, str]:
    return {
        ParticipantCategory.AT_RISK: QCoreApplication.translate("Labels", "Person at risk"),
        ParticipantCategory.FAMILY_FRIEND: QCoreApplication.translate("Labels", "Family or friend"),
        ParticipantCategory.SERVICE_PROVIDER: QCoreApplication.translate("Labels", "Service provider"),
        ParticipantCategory.COMMUNITY_MEMBER: QCoreApplication.translate("Labels", "Community member"),
        ParticipantCategory.LEAVING_CUSTODY: QCoreApplication.translate("Labels", "Leaving prison or jail"),
    }


def gender_labels() -> dict[Gender, str]:
    return {
        Gender.WOMAN: QCoreApplication.translate("Labels", "Woman"),
        Gender.MAN: QCoreApplication.translate("Labels", "Man"),
        Gender.TRANS: QCoreApplication.translate("Labels", "Trans"),
        Gender.NON_BINARY: QCoreApplication.translate("Labels", "Non-binary"),
        Gender.NOT_LISTED: QCoreApplication.translate("Labels", "Not listed"),
        Gender.PREFER_NOT_TO_SAY: QCoreApplication.translate("Labels", "Prefer not to say"),
    }


def category_label(code: str) -> str:
    """The label of a participant category code; an unknown code is shown as it is."""
    try:
        return category_labels()[ParticipantCategory(code)]
    except ValueError:
        return code
