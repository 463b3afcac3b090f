"""Plain-language labels for the coded choices the daily pages show (translated through Qt)."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from oend.model.codes import (
    AgeBand,
    CurriculumTopic,
    Outcome,
    RefillReason,
    ResponderRelation,
    ReversalSetting,
    Route,
    SupplyType,
    TrainingFormat,
    WriteOffReason,
)


def labels(kind: type[StrEnum]) -> dict[str, str]:
    """Code -> label for one code list, in the list's order."""
    table: dict[type[StrEnum], dict[str, str]] = {
        TrainingFormat: {
            "individual": QCoreApplication.translate("Choices", "One-to-one"),
            "group": QCoreApplication.translate("Choices", "Group session"),
            "pre_release_class": QCoreApplication.translate("Choices", "Pre-release class"),
            "video": QCoreApplication.translate("Choices", "Video with a trainer"),
        },
        CurriculumTopic: {
            "opioids_overdose": QCoreApplication.translate("Choices", "What opioids and an overdose are"),
            "risk_factors": QCoreApplication.translate(
                "Choices", "Risk factors: lost tolerance, mixing, fentanyl, using alone"
            ),
            "recognising": QCoreApplication.translate("Choices", "Recognising an overdose"),
            "responding": QCoreApplication.translate(
                "Choices", "Responding: shout, call 911, rescue breaths, recovery position"
            ),
            "naloxone_use": QCoreApplication.translate("Choices", "How to give naloxone"),
            "storage": QCoreApplication.translate("Choices", "Storing the kit and telling others where it is"),
            "refills": QCoreApplication.translate("Choices", "How to get a refill"),
            "reporting": QCoreApplication.translate("Choices", "Why to tell us when a kit is used"),
            "law": QCoreApplication.translate("Choices", "The law: Good Samaritan protections, carrying naloxone"),
        },
        SupplyType: {
            "new": QCoreApplication.translate("Choices", "New kit"),
            "refill": QCoreApplication.translate("Choices", "Refill"),
        },
        RefillReason: {
            "used_on_someone": QCoreApplication.translate("Choices", "Used on someone"),
            "lost": QCoreApplication.translate("Choices", "Lost"),
            "stolen": QCoreApplication.translate("Choices", "Stolen"),
            "confiscated": QCoreApplication.translate("Choices", "Confiscated"),
            "expired": QCoreApplication.translate("Choices", "Expired"),
            "gave_away": QCoreApplication.translate("Choices", "Gave it away"),
            "other": QCoreApplication.translate("Choices", "Other"),
        },
        WriteOffReason: {
            "expired": QCoreApplication.translate("Choices", "Expired"),
            "damaged": QCoreApplication.translate("Choices", "Damaged"),
            "recalled": QCoreApplication.translate("Choices", "Recalled"),
            "other": QCoreApplication.translate("Choices", "Other"),
        },
        ReversalSetting: {
            "private_home": QCoreApplication.translate("Choices", "Private home"),
            "public_place": QCoreApplication.translate("Choices", "Public place"),
            "shelter": QCoreApplication.translate("Choices", "Shelter"),
            "vehicle": QCoreApplication.translate("Choices", "Vehicle"),
            "workplace": QCoreApplication.translate("Choices", "Workplace"),
            "treatment_or_service": QCoreApplication.translate("Choices", "Treatment or service"),
            "other": QCoreApplication.translate("Choices", "Other"),
        },
        ResponderRelation: {
            "participant": QCoreApplication.translate("Choices", "The participant reporting"),
            "friend": QCoreApplication.translate("Choices", "Friend"),
            "partner": QCoreApplication.translate("Choices", "Partner"),
            "family": QCoreApplication.translate("Choices", "Family"),
            "stranger": QCoreApplication.translate("Choices", "Stranger"),
            "staff": QCoreApplication.translate("Choices", "Staff"),
            "other": QCoreApplication.translate("Choices", "Other"),
        },
        Outcome: {
            "survived": QCoreApplication.translate("Choices", "Survived"),
            "died": QCoreApplication.translate("Choices", "Died"),
            "unknown": QCoreApplication.translate("Choices", "Not known"),
        },
        AgeBand: {
            "under_18": QCoreApplication.translate("Choices", "Under 18"),
            "18_24": "18–24",
            "25_34": "25–34",
            "35_44": "35–44",
            "45_54": "45–54",
            "55_64": "55–64",
            "65_plus": QCoreApplication.translate("Choices", "65 or older"),
            "prefer_not_to_say": QCoreApplication.translate("Choices", "Prefer not to say"),
        },
        Route: {
            "nasal": QCoreApplication.translate("Choices", "Nasal"),
            "intramuscular": QCoreApplication.translate("Choices", "Injection (IM)"),
        },
    }
    return table[kind]


def label(kind: type[StrEnum], code: object) -> str:
    """The label of ``code``; nothing recorded is an em dash, an unknown code shows as it is."""
    if code is None:
        return "—"
    text = str(getattr(code, "value", code))
    return labels(kind).get(text, text)


def fill(combo: QComboBox, kind: type[StrEnum], none: str | None = None) -> None:
    """Put a code list in ``combo`` (data = the code), with an optional first "none" entry."""
    combo.clear()
    if none is not None:
        combo.addItem(none, None)
    for code, text in labels(kind).items():
        combo.addItem(text, code)


def yes_no(value: bool | None) -> str:
    if value is None:
        return "—"
    return QCoreApplication.translate("Choices", "Yes") if value else QCoreApplication.translate("Choices", "No")
