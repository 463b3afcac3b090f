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


def _t(text: str) -> str:
    return QCoreApplication.translate("Choices", text)


def labels(kind: type[StrEnum]) -> dict[str, str]:
    """Code -> label for one code list, in the list's order."""
    table: dict[type[StrEnum], dict[str, str]] = {
        TrainingFormat: {
            "individual": _t("One-to-one"),
            "group": _t("Group session"),
            "pre_release_class": _t("Pre-release class"),
            "video": _t("Video with a trainer"),
        },
        CurriculumTopic: {
            "opioids_overdose": _t("What opioids and an overdose are"),
            "risk_factors": _t("Risk factors: lost tolerance, mixing, fentanyl, using alone"),
            "recognising": _t("Recognising an overdose"),
            "responding": _t("Responding: shout, call 911, rescue breaths, recovery position"),
            "naloxone_use": _t("How to give naloxone"),
            "storage": _t("Storing the kit and telling others where it is"),
            "refills": _t("How to get a refill"),
            "reporting": _t("Why to tell us when a kit is used"),
            "law": _t("The law: Good Samaritan protections, carrying naloxone"),
        },
        SupplyType: {"new": _t("New kit"), "refill": _t("Refill")},
        RefillReason: {
            "used_on_someone": _t("Used on someone"),
            "lost": _t("Lost"),
            "stolen": _t("Stolen"),
            "confiscated": _t("Confiscated"),
            "expired": _t("Expired"),
            "gave_away": _t("Gave it away"),
            "other": _t("Other"),
        },
        WriteOffReason: {
            "expired": _t("Expired"),
            "damaged": _t("Damaged"),
            "recalled": _t("Recalled"),
            "other": _t("Other"),
        },
        ReversalSetting: {
            "private_home": _t("Private home"),
            "public_place": _t("Public place"),
            "shelter": _t("Shelter"),
            "vehicle": _t("Vehicle"),
            "workplace": _t("Workplace"),
            "treatment_or_service": _t("Treatment or service"),
            "other": _t("Other"),
        },
        ResponderRelation: {
            "participant": _t("The participant reporting"),
            "friend": _t("Friend"),
            "partner": _t("Partner"),
            "family": _t("Family"),
            "stranger": _t("Stranger"),
            "staff": _t("Staff"),
            "other": _t("Other"),
        },
        Outcome: {"survived": _t("Survived"), "died": _t("Died"), "unknown": _t("Not known")},
        AgeBand: {
            "under_18": _t("Under 18"),
            "18_24": "18–24",
            "25_34": "25–34",
            "35_44": "35–44",
            "45_54": "45–54",
            "55_64": "55–64",
            "65_plus": _t("65 or older"),
            "prefer_not_to_say": _t("Prefer not to say"),
        },
        Route: {"nasal": _t("Nasal"), "intramuscular": _t("Injection (IM)")},
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
    return _t("Yes") if value else _t("No")
