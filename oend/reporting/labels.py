"""Human-readable labels for stable codes, so printed outputs never show raw codes.

Reports key on codes (DESIGN.md, Data); the words a reader sees are looked up here, in one place.
"""

from __future__ import annotations

from enum import StrEnum

from oend.model.codes import (
    AgeBand,
    CurriculumTopic,
    Ethnicity,
    Formulation,
    Gender,
    Outcome,
    ParticipantCategory,
    Race,
    RefillReason,
    ResponderRelation,
    ReversalSetting,
    Route,
    SupplySource,
    SupplyType,
    TrainingFormat,
)

NOT_RECORDED = "Not recorded"

LABELS: dict[type[StrEnum], dict[str, str]] = {
    CurriculumTopic: {
        "opioids_overdose": "What opioids and an overdose are",
        "risk_factors": "Risk factors (lost tolerance, mixing, fentanyl, using alone)",
        "recognising": "Recognising an overdose",
        "responding": "Responding: call 911, rescue breathing, recovery position",
        "naloxone_use": "How to give naloxone",
        "storage": "Storing the kit and telling others where it is",
        "refills": "How to get a refill",
        "reporting": "Why to report a use",
        "law": "The law: Good Samaritan protections and standing orders",
    },
    ParticipantCategory: {
        "at_risk": "Person who uses drugs / at risk",
        "family_friend": "Family member or friend",
        "service_provider": "Service provider or staff",
        "community_member": "Community member",
        "leaving_custody": "Person leaving prison or jail",
    },
    Gender: {
        "woman": "Woman",
        "man": "Man",
        "trans": "Trans",
        "non_binary": "Non-binary",
        "not_listed": "Not listed",
        "prefer_not_to_say": "Prefer not to say",
    },
    AgeBand: {
        "under_18": "Under 18",
        "18_24": "18-24",
        "25_34": "25-34",
        "35_44": "35-44",
        "45_54": "45-54",
        "55_64": "55-64",
        "65_plus": "65 and over",
        "prefer_not_to_say": "Prefer not to say",
    },
    Race: {
        "american_indian_alaska_native": "American Indian or Alaska Native",
        "asian": "Asian",
        "black": "Black or African American",
        "native_hawaiian_pacific_islander": "Native Hawaiian or Pacific Islander",
        "white": "White",
        "multiracial": "More than one race",
        "not_listed": "Not listed",
        "prefer_not_to_say": "Prefer not to say",
    },
    Ethnicity: {
        "hispanic_latino": "Hispanic or Latino",
        "not_hispanic_latino": "Not Hispanic or Latino",
        "prefer_not_to_say": "Prefer not to say",
    },
    Formulation: {
        "nasal_4mg": "Nasal spray 4 mg",
        "nasal_8mg": "Nasal spray 8 mg",
        "nasal_3mg_otc": "Nasal spray 3 mg (OTC)",
        "im_vial_kit": "Intramuscular vial kit",
        "im_multidose_vial": "Intramuscular multi-dose vial",
        "prefilled_syringe": "Prefilled syringe",
        "nalmefene_nasal": "Nalmefene nasal spray",
    },
    Route: {"nasal": "Nasal", "intramuscular": "Intramuscular"},
    SupplyType: {"new": "New (first supply)", "refill": "Refill / replacement"},
    RefillReason: {
        "used_on_someone": "Used on someone",
        "lost": "Lost",
        "stolen": "Stolen",
        "confiscated": "Confiscated",
        "expired": "Expired",
        "gave_away": "Gave it away",
        "other": "Other",
    },
    SupplySource: {
        "community_service": "Community service",
        "prison_release": "Prison or jail release",
        "pharmacy": "Pharmacy",
        "outreach": "Outreach",
        "ambulance": "Ambulance",
        "event": "Event",
    },
    Outcome: {"survived": "Survived", "died": "Died", "unknown": "Unknown"},
    ResponderRelation: {
        "participant": "Participant (self-report)",
        "friend": "Friend",
        "partner": "Partner",
        "family": "Family",
        "stranger": "Stranger",
        "staff": "Staff",
        "other": "Other",
    },
    ReversalSetting: {
        "private_home": "Private home",
        "public_place": "Public place",
        "shelter": "Shelter",
        "vehicle": "Vehicle",
        "workplace": "Workplace",
        "treatment_or_service": "Treatment or service",
        "other": "Other",
    },
    TrainingFormat: {
        "individual": "One-to-one",
        "group": "Group session",
        "pre_release_class": "Pre-release class",
        "video": "Video with trainer",
    },
}


def label(enum_cls: type[StrEnum], code: str | None) -> str:
    """The reader's words for ``code``; an unknown code prints as itself, a missing one as 'Not recorded'."""
    if code is None:
        return NOT_RECORDED
    return LABELS.get(enum_cls, {}).get(str(code), str(code))


def order(enum_cls: type[StrEnum]) -> list[str]:
    """The codes in their declared order, the order tables list them in."""
    return [m.value for m in enum_cls]
