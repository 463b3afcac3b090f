"""Stable codes for every choice a record makes.

Reports, translations and imports key on these codes, never on display text, so a code
never changes once released; a new choice is a new member.
"""

from __future__ import annotations

from enum import StrEnum


class SiteKind(StrEnum):
    OUTREACH = "outreach"
    FIXED_SITE = "fixed_site"
    CORRECTIONAL_FACILITY = "correctional_facility"
    PHARMACY = "pharmacy"
    SHELTER = "shelter"
    EMERGENCY_DEPARTMENT = "emergency_department"
    FIRST_RESPONDER = "first_responder"
    PARTNER_AGENCY = "partner_agency"


class PartnerCategory(StrEnum):
    """What kind of organisation a partner is; reports roll sites up by it."""

    SYRINGE_SERVICE_PROGRAM = "syringe_service_program"
    HEALTH_DEPARTMENT = "health_department"
    PHARMACY = "pharmacy"
    CORRECTIONS = "corrections"
    EMS = "ems"
    COMMUNITY_ORGANISATION = "community_organisation"
    OTHER = "other"


class Role(StrEnum):
    OUTREACH_WORKER = "outreach_worker"
    SITE_LEAD = "site_lead"
    COORDINATOR = "coordinator"
    ADMINISTRATOR = "administrator"


class ParticipantCategory(StrEnum):
    AT_RISK = "at_risk"  # a person who uses drugs or is otherwise at risk of overdose
    FAMILY_FRIEND = "family_friend"
    SERVICE_PROVIDER = "service_provider"
    COMMUNITY_MEMBER = "community_member"
    LEAVING_CUSTODY = "leaving_custody"


class Gender(StrEnum):
    WOMAN = "woman"
    MAN = "man"
    TRANS = "trans"
    NON_BINARY = "non_binary"
    NOT_LISTED = "not_listed"
    PREFER_NOT_TO_SAY = "prefer_not_to_say"


class AgeBand(StrEnum):
    UNDER_18 = "under_18"
    AGE_18_24 = "18_24"
    AGE_25_34 = "25_34"
    AGE_35_44 = "35_44"
    AGE_45_54 = "45_54"
    AGE_55_64 = "55_64"
    AGE_65_PLUS = "65_plus"
    PREFER_NOT_TO_SAY = "prefer_not_to_say"


class Race(StrEnum):
    AMERICAN_INDIAN_ALASKA_NATIVE = "american_indian_alaska_native"
    ASIAN = "asian"
    BLACK = "black"
    NATIVE_HAWAIIAN_PACIFIC_ISLANDER = "native_hawaiian_pacific_islander"
    WHITE = "white"
    MULTIRACIAL = "multiracial"
    NOT_LISTED = "not_listed"
    PREFER_NOT_TO_SAY = "prefer_not_to_say"


class Ethnicity(StrEnum):
    HISPANIC_LATINO = "hispanic_latino"
    NOT_HISPANIC_LATINO = "not_hispanic_latino"
    PREFER_NOT_TO_SAY = "prefer_not_to_say"


class Residence(StrEnum):
    """Where the ZIP field stands when a ZIP cannot be given."""

    IN_AREA = "in_area"
    NO_FIXED_ADDRESS = "no_fixed_address"
    OUTSIDE_AREA = "outside_area"
    PREFER_NOT_TO_SAY = "prefer_not_to_say"


class Substance(StrEnum):
    HEROIN = "heroin"
    FENTANYL = "fentanyl"
    PRESCRIPTION_OPIOIDS = "prescription_opioids"
    METHADONE_BUPRENORPHINE = "methadone_buprenorphine"
    COCAINE = "cocaine"
    METHAMPHETAMINE = "methamphetamine"
    BENZODIAZEPINES = "benzodiazepines"
    ALCOHOL = "alcohol"
    XYLAZINE = "xylazine"
    OTHER = "other"


class TrainingFormat(StrEnum):
    INDIVIDUAL = "individual"
    GROUP = "group"
    PRE_RELEASE_CLASS = "pre_release_class"
    VIDEO = "video"


class CurriculumTopic(StrEnum):
    """The topics first shipped; the ``curriculum_topics`` table holds the program's own list, seeded with these."""

    OPIOIDS_AND_OVERDOSE = "opioids_overdose"
    RISK_FACTORS = "risk_factors"
    RECOGNISING = "recognising"
    RESPONDING = "responding"
    NALOXONE_USE = "naloxone_use"
    STORAGE = "storage"
    REFILLS = "refills"
    REPORTING = "reporting"
    LAW = "law"


class Formulation(StrEnum):
    NASAL_4MG = "nasal_4mg"
    NASAL_8MG = "nasal_8mg"
    NASAL_3MG_OTC = "nasal_3mg_otc"
    IM_VIAL_KIT = "im_vial_kit"
    IM_MULTIDOSE_VIAL = "im_multidose_vial"
    PREFILLED_SYRINGE = "prefilled_syringe"
    NALMEFENE_NASAL = "nalmefene_nasal"


class Route(StrEnum):
    NASAL = "nasal"
    INTRAMUSCULAR = "intramuscular"


class SupplyType(StrEnum):
    NEW = "new"
    REFILL = "refill"


class RefillReason(StrEnum):
    USED_ON_SOMEONE = "used_on_someone"
    LOST = "lost"
    STOLEN = "stolen"
    CONFISCATED = "confiscated"
    EXPIRED = "expired"
    GAVE_AWAY = "gave_away"
    OTHER = "other"


class SupplySource(StrEnum):
    COMMUNITY_SERVICE = "community_service"
    PRISON_RELEASE = "prison_release"
    PHARMACY = "pharmacy"
    OUTREACH = "outreach"
    AMBULANCE = "ambulance"
    EVENT = "event"


class MovementKind(StrEnum):
    RECEIVE = "receive"
    TRANSFER_OUT = "transfer_out"
    TRANSFER_IN = "transfer_in"
    WRITE_OFF = "write_off"


class WriteOffReason(StrEnum):
    EXPIRED = "expired"
    DAMAGED = "damaged"
    RECALLED = "recalled"
    OTHER = "other"


class ReversalSetting(StrEnum):
    PRIVATE_HOME = "private_home"
    PUBLIC_PLACE = "public_place"
    SHELTER = "shelter"
    VEHICLE = "vehicle"
    WORKPLACE = "workplace"
    TREATMENT_OR_SERVICE = "treatment_or_service"
    OTHER = "other"


class ResponderRelation(StrEnum):
    SELF_REPORTING_PARTICIPANT = "participant"
    FRIEND = "friend"
    PARTNER = "partner"
    FAMILY = "family"
    STRANGER = "stranger"
    STAFF = "staff"
    OTHER = "other"


class Outcome(StrEnum):
    SURVIVED = "survived"
    DIED = "died"
    UNKNOWN = "unknown"


class Answer(StrEnum):
    """A yes/no question's answer, as reports break counts down by it (no answer: not recorded)."""

    YES = "yes"
    NO = "no"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    MERGE = "merge"
    VIEW = "view"
    EXPORT = "export"
    PRINT = "print"
    SIGN_IN = "sign_in"
    SIGN_IN_FAILED = "sign_in_failed"
    SIGN_OUT = "sign_out"
    BACKUP = "backup"
    RESTORE = "restore"
    IMPORT = "import"
    GENERATE = "generate"
    TAMPERING = "tampering"  # something changed outside the app was found


class ReferralKind(StrEnum):
    """The kind of service a person is referred to (DOMAIN.md, Linkage to care)."""

    MOUD_BUPRENORPHINE = "moud_buprenorphine"
    MOUD_METHADONE = "moud_methadone"
    MOUD_NALTREXONE = "moud_naltrexone"
    OTHER_TREATMENT = "other_treatment"
    PEER_RECOVERY = "peer_recovery"
    RECOVERY_COMMUNITY = "recovery_community"
    SYRINGE_SERVICES = "syringe_services"
    HOUSING = "housing"
    MENTAL_HEALTH = "mental_health"
    PRIMARY_CARE = "primary_care"
    BENEFITS = "benefits"


class ReferralSource(StrEnum):
    """The record a referral was made from."""

    PARTICIPANT = "participant"
    TRAINING = "training"
    DISPENSING = "dispensing"
    RELEASE = "release"
    REVERSAL = "reversal"


class ReferralOutcome(StrEnum):
    CONNECTED = "connected"
    NOT_YET = "not_yet"
    DECLINED = "declined"
    LOST_TO_CONTACT = "lost_to_contact"


# Doses in one kit and the route, by formulation (DOMAIN.md: a nasal box holds 2, a multi-dose vial 10).
FORMULATION_DEFAULTS: dict[Formulation, tuple[int, Route]] = {
    Formulation.NASAL_4MG: (2, Route.NASAL),
    Formulation.NASAL_8MG: (2, Route.NASAL),
    Formulation.NASAL_3MG_OTC: (2, Route.NASAL),
    Formulation.IM_VIAL_KIT: (2, Route.INTRAMUSCULAR),
    Formulation.IM_MULTIDOSE_VIAL: (10, Route.INTRAMUSCULAR),
    Formulation.PREFILLED_SYRINGE: (1, Route.INTRAMUSCULAR),
    Formulation.NALMEFENE_NASAL: (2, Route.NASAL),
}
