"""The words a person reads for each stable code: one table for screens, reports, exports and certificates.

Records, reports and imports key on codes (DESIGN.md, Data); this table alone says what a code reads as.
Printed outputs use its English as it is; the UI translates it through Qt (context ``Labels``, listed for
lupdate by the generated ``oend/ui/text/label_texts.py``), so every output says the same thing.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Final

from oend.core.codes import (
    AgeBand,
    Answer,
    AuditAction,
    CurriculumTopic,
    Ethnicity,
    Formulation,
    Gender,
    MovementKind,
    Outcome,
    ParticipantCategory,
    PartnerCategory,
    Race,
    ReferralKind,
    ReferralOutcome,
    ReferralSource,
    RefillReason,
    Residence,
    ResponderRelation,
    ReversalSetting,
    Role,
    Route,
    SiteKind,
    Substance,
    SupplySource,
    SupplyType,
    TrainingFormat,
    WriteOffReason,
)

#: What a report or export prints where no answer was recorded.
NOT_RECORDED: Final = "Not recorded"

PREFER_NOT_TO_SAY: Final = "Prefer not to say"
NOT_LISTED: Final = "Not listed"
OTHER: Final = "Other"

#: Every code list a person reads, each member with its one English label, in the list's own order.
LABELS: Final[Mapping[type[StrEnum], Mapping[StrEnum, str]]] = {
    SiteKind: {
        SiteKind.OUTREACH: "Outreach",
        SiteKind.FIXED_SITE: "Fixed site",
        SiteKind.CORRECTIONAL_FACILITY: "Prison or jail",
        SiteKind.PHARMACY: "Pharmacy",
        SiteKind.SHELTER: "Shelter",
        SiteKind.EMERGENCY_DEPARTMENT: "Emergency department",
        SiteKind.FIRST_RESPONDER: "First responder",
        SiteKind.PARTNER_AGENCY: "Partner agency",
    },
    PartnerCategory: {
        PartnerCategory.SYRINGE_SERVICE_PROGRAM: "Syringe service program",
        PartnerCategory.HEALTH_DEPARTMENT: "Health department",
        PartnerCategory.PHARMACY: "Pharmacy",
        PartnerCategory.CORRECTIONS: "Corrections",
        PartnerCategory.EMS: "Emergency medical services",
        PartnerCategory.COMMUNITY_ORGANISATION: "Community organisation",
        PartnerCategory.OTHER: "Other",
    },
    Role: {
        Role.OUTREACH_WORKER: "Outreach worker",
        Role.SITE_LEAD: "Site lead",
        Role.COORDINATOR: "Coordinator",
        Role.ADMINISTRATOR: "Administrator",
    },
    ParticipantCategory: {
        ParticipantCategory.AT_RISK: "Person who uses drugs / at risk",
        ParticipantCategory.FAMILY_FRIEND: "Family member or friend",
        ParticipantCategory.SERVICE_PROVIDER: "Service provider or staff",
        ParticipantCategory.COMMUNITY_MEMBER: "Community member",
        ParticipantCategory.LEAVING_CUSTODY: "Person leaving prison or jail",
    },
    Gender: {
        Gender.WOMAN: "Woman",
        Gender.MAN: "Man",
        Gender.TRANS: "Trans",
        Gender.NON_BINARY: "Non-binary",
        Gender.NOT_LISTED: NOT_LISTED,
        Gender.PREFER_NOT_TO_SAY: PREFER_NOT_TO_SAY,
    },
    AgeBand: {
        AgeBand.UNDER_18: "Under 18",
        AgeBand.AGE_18_24: "18–24",
        AgeBand.AGE_25_34: "25–34",
        AgeBand.AGE_35_44: "35–44",
        AgeBand.AGE_45_54: "45–54",
        AgeBand.AGE_55_64: "55–64",
        AgeBand.AGE_65_PLUS: "65 or older",
        AgeBand.PREFER_NOT_TO_SAY: PREFER_NOT_TO_SAY,
    },
    Race: {
        Race.AMERICAN_INDIAN_ALASKA_NATIVE: "American Indian or Alaska Native",
        Race.ASIAN: "Asian",
        Race.BLACK: "Black or African American",
        Race.NATIVE_HAWAIIAN_PACIFIC_ISLANDER: "Native Hawaiian or Pacific Islander",
        Race.WHITE: "White",
        Race.MULTIRACIAL: "More than one race",
        Race.NOT_LISTED: NOT_LISTED,
        Race.PREFER_NOT_TO_SAY: PREFER_NOT_TO_SAY,
    },
    Ethnicity: {
        Ethnicity.HISPANIC_LATINO: "Hispanic or Latino",
        Ethnicity.NOT_HISPANIC_LATINO: "Not Hispanic or Latino",
        Ethnicity.PREFER_NOT_TO_SAY: PREFER_NOT_TO_SAY,
    },
    Residence: {
        Residence.IN_AREA: "In the area",
        Residence.NO_FIXED_ADDRESS: "No fixed address",
        Residence.OUTSIDE_AREA: "Outside the area",
        Residence.PREFER_NOT_TO_SAY: PREFER_NOT_TO_SAY,
    },
    Substance: {
        Substance.HEROIN: "Heroin",
        Substance.FENTANYL: "Fentanyl",
        Substance.PRESCRIPTION_OPIOIDS: "Prescription opioids",
        Substance.METHADONE_BUPRENORPHINE: "Methadone or buprenorphine",
        Substance.COCAINE: "Cocaine",
        Substance.METHAMPHETAMINE: "Methamphetamine",
        Substance.BENZODIAZEPINES: "Benzodiazepines",
        Substance.ALCOHOL: "Alcohol",
        Substance.XYLAZINE: "Xylazine",
        Substance.OTHER: OTHER,
    },
    TrainingFormat: {
        TrainingFormat.INDIVIDUAL: "One-to-one",
        TrainingFormat.GROUP: "Group session",
        TrainingFormat.PRE_RELEASE_CLASS: "Pre-release class",
        TrainingFormat.VIDEO: "Video with a trainer",
    },
    CurriculumTopic: {
        CurriculumTopic.OPIOIDS_AND_OVERDOSE: "What opioids and an overdose are",
        CurriculumTopic.RISK_FACTORS: "Risk factors: lost tolerance, mixing, fentanyl, using alone",
        CurriculumTopic.RECOGNISING: "Recognising an overdose",
        CurriculumTopic.RESPONDING: "Responding: shout, call 911, rescue breaths, recovery position",
        CurriculumTopic.NALOXONE_USE: "How to give naloxone",
        CurriculumTopic.STORAGE: "Storing the kit and telling others where it is",
        CurriculumTopic.REFILLS: "How to get a refill",
        CurriculumTopic.REPORTING: "Why to tell us when a kit is used",
        CurriculumTopic.LAW: "The law: Good Samaritan protections, carrying naloxone",
    },
    Formulation: {
        Formulation.NASAL_4MG: "Nasal spray 4 mg",
        Formulation.NASAL_8MG: "Nasal spray 8 mg",
        Formulation.NASAL_3MG_OTC: "Nasal spray 3 mg (OTC)",
        Formulation.IM_VIAL_KIT: "Intramuscular vial kit",
        Formulation.IM_MULTIDOSE_VIAL: "Intramuscular multi-dose vial",
        Formulation.PREFILLED_SYRINGE: "Prefilled syringe",
        Formulation.NALMEFENE_NASAL: "Nalmefene nasal spray",
    },
    Route: {
        Route.NASAL: "Nasal",
        Route.INTRAMUSCULAR: "Injection (IM)",
    },
    SupplyType: {
        SupplyType.NEW: "New kit",
        SupplyType.REFILL: "Refill",
    },
    RefillReason: {
        RefillReason.USED_ON_SOMEONE: "Used on someone",
        RefillReason.LOST: "Lost",
        RefillReason.STOLEN: "Stolen",
        RefillReason.CONFISCATED: "Confiscated",
        RefillReason.EXPIRED: "Expired",
        RefillReason.GAVE_AWAY: "Gave it away",
        RefillReason.OTHER: OTHER,
    },
    SupplySource: {
        SupplySource.COMMUNITY_SERVICE: "Community service",
        SupplySource.PRISON_RELEASE: "Prison or jail release",
        SupplySource.PHARMACY: "Pharmacy",
        SupplySource.OUTREACH: "Outreach",
        SupplySource.AMBULANCE: "Ambulance",
        SupplySource.EVENT: "Event",
    },
    MovementKind: {
        MovementKind.RECEIVE: "Received",
        MovementKind.TRANSFER_OUT: "Transferred out",
        MovementKind.TRANSFER_IN: "Transferred in",
        MovementKind.WRITE_OFF: "Written off",
    },
    WriteOffReason: {
        WriteOffReason.EXPIRED: "Expired",
        WriteOffReason.DAMAGED: "Damaged",
        WriteOffReason.RECALLED: "Recalled",
        WriteOffReason.OTHER: OTHER,
    },
    ReversalSetting: {
        ReversalSetting.PRIVATE_HOME: "Private home",
        ReversalSetting.PUBLIC_PLACE: "Public place",
        ReversalSetting.SHELTER: "Shelter",
        ReversalSetting.VEHICLE: "Vehicle",
        ReversalSetting.WORKPLACE: "Workplace",
        ReversalSetting.TREATMENT_OR_SERVICE: "Treatment or service",
        ReversalSetting.OTHER: OTHER,
    },
    ResponderRelation: {
        ResponderRelation.SELF_REPORTING_PARTICIPANT: "The participant reporting",
        ResponderRelation.FRIEND: "Friend",
        ResponderRelation.PARTNER: "Partner",
        ResponderRelation.FAMILY: "Family",
        ResponderRelation.STRANGER: "Stranger",
        ResponderRelation.STAFF: "Staff",
        ResponderRelation.OTHER: OTHER,
    },
    Answer: {Answer.YES: "Yes", Answer.NO: "No"},
    Outcome: {
        Outcome.SURVIVED: "Survived",
        Outcome.DIED: "Died",
        Outcome.UNKNOWN: "Not known",
    },
    ReferralKind: {
        ReferralKind.MOUD_BUPRENORPHINE: "Buprenorphine (MOUD)",
        ReferralKind.MOUD_METHADONE: "Methadone (MOUD)",
        ReferralKind.MOUD_NALTREXONE: "Naltrexone (MOUD)",
        ReferralKind.OTHER_TREATMENT: "Other treatment",
        ReferralKind.PEER_RECOVERY: "Peer recovery support",
        ReferralKind.RECOVERY_COMMUNITY: "Recovery community or mutual-help group",
        ReferralKind.SYRINGE_SERVICES: "Syringe services",
        ReferralKind.HOUSING: "Housing",
        ReferralKind.MENTAL_HEALTH: "Mental health",
        ReferralKind.PRIMARY_CARE: "Primary care",
        ReferralKind.BENEFITS: "Benefits",
    },
    ReferralSource: {
        ReferralSource.PARTICIPANT: "Participant's page",
        ReferralSource.TRAINING: "Training",
        ReferralSource.DISPENSING: "Kit hand-over",
        ReferralSource.RELEASE: "Release",
        ReferralSource.REVERSAL: "Reversal report",
    },
    ReferralOutcome: {
        ReferralOutcome.CONNECTED: "Connected",
        ReferralOutcome.NOT_YET: "Not yet",
        ReferralOutcome.DECLINED: "Declined",
        ReferralOutcome.LOST_TO_CONTACT: "Lost to contact",
    },
    AuditAction: {
        AuditAction.CREATE: "Created",
        AuditAction.UPDATE: "Changed",
        AuditAction.DELETE: "Deleted",
        AuditAction.MERGE: "Merged",
        AuditAction.VIEW: "Viewed",
        AuditAction.EXPORT: "Exported",
        AuditAction.PRINT: "Printed",
        AuditAction.SIGN_IN: "Signed in",
        AuditAction.SIGN_IN_FAILED: "Sign-in refused",
        AuditAction.SIGN_OUT: "Signed out",
        AuditAction.BACKUP: "Backed up",
        AuditAction.RESTORE: "Restored a backup",
        AuditAction.IMPORT: "Imported",
        AuditAction.GENERATE: "Generated",
        AuditAction.TAMPERING: "Tampering found",
    },
}


def labels(kind: type[StrEnum]) -> dict[str, str]:
    """Code -> English label for one code list, in the list's declared order."""
    table = LABELS.get(kind, {})
    return {member.value: table.get(member, member.value) for member in kind}


def label(code: StrEnum) -> str:
    """The English label of one code; a code list without labels shows the code itself."""
    return LABELS.get(type(code), {}).get(code, code.value)


def label_of(kind: type[StrEnum], code: str | None) -> str:
    """The English label of a stored code: a missing one is 'Not recorded', an unknown one prints as itself."""
    if code is None:
        return NOT_RECORDED
    try:
        return label(kind(code))
    except ValueError:
        return str(code)


def texts() -> list[str]:
    """Every distinct label, in table order: what the UI translates."""
    return list(dict.fromkeys(text for table in LABELS.values() for text in table.values()))
