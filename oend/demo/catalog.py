"""Fixed ingredients of the demo data: a fictional state's regions, counties, ZIPs, names and products.

Plain data only; the weights give the skew real programs report (most kits are 4 mg nasal spray,
most participants are people at risk, most reversals are survived).
"""

from __future__ import annotations

import datetime as dt

from oend.model.codes import (
    Formulation,
    ParticipantCategory,
    RefillReason,
    ResponderRelation,
    ReversalSetting,
    SiteKind,
    SupplySource,
)

# Region -> counties; each county owns a three-digit ZIP prefix (a fictional state, ZIPs 010xx-039xx).
REGIONS: dict[str, tuple[str, ...]] = {
    "Northeast": ("Essex", "Middlesex", "Suffolk", "Norfolk"),
    "Central": ("Worcester", "Franklin", "Hampden"),
    "Western": ("Berkshire", "Hampshire", "Greene"),
    "Southeast": ("Bristol", "Plymouth", "Barnstable", "Dukes"),
    "Metro": ("Jefferson", "Washington", "Madison", "Lincoln"),
}
COUNTIES: tuple[str, ...] = tuple(c for counties in REGIONS.values() for c in counties)
COUNTY_REGION: dict[str, str] = {c: r for r, counties in REGIONS.items() for c in counties}
ZIP_PREFIX: dict[str, str] = {c: f"0{10 + i:02d}" for i, c in enumerate(COUNTIES)}
# Metro and Northeast counties are where most people live and most kits go.
COUNTY_WEIGHTS: dict[str, float] = {
    c: (5.0 if COUNTY_REGION[c] in ("Metro", "Northeast") else 2.0) * (1.6 if i % 3 == 0 else 1.0)
    for i, c in enumerate(COUNTIES)
}

# Share of sites by kind, with the words that build a plausible site name and the supply source.
SITE_KINDS: dict[SiteKind, tuple[float, str, SupplySource]] = {
    SiteKind.OUTREACH: (0.22, "Outreach Van", SupplySource.OUTREACH),
    SiteKind.FIXED_SITE: (0.24, "Harm Reduction Center", SupplySource.COMMUNITY_SERVICE),
    SiteKind.CORRECTIONAL_FACILITY: (0.12, "County Jail", SupplySource.PRISON_RELEASE),
    SiteKind.PHARMACY: (0.14, "Pharmacy", SupplySource.PHARMACY),
    SiteKind.PARTNER_AGENCY: (0.12, "Recovery Services", SupplySource.COMMUNITY_SERVICE),
    SiteKind.SHELTER: (0.07, "Shelter", SupplySource.COMMUNITY_SERVICE),
    SiteKind.EMERGENCY_DEPARTMENT: (0.05, "Hospital ED", SupplySource.COMMUNITY_SERVICE),
    SiteKind.FIRST_RESPONDER: (0.04, "Fire & EMS", SupplySource.AMBULANCE),
}
# How busy a site of each kind is, relative to a fixed site.
SITE_VOLUME: dict[SiteKind, float] = {
    SiteKind.OUTREACH: 1.4,
    SiteKind.FIXED_SITE: 1.6,
    SiteKind.CORRECTIONAL_FACILITY: 0.9,
    SiteKind.PHARMACY: 0.35,
    SiteKind.PARTNER_AGENCY: 0.7,
    SiteKind.SHELTER: 0.6,
    SiteKind.EMERGENCY_DEPARTMENT: 0.5,
    SiteKind.FIRST_RESPONDER: 0.4,
}
PARTNERS: tuple[str, ...] = (
    "Access Health Alliance",
    "Bridges Recovery Network",
    "Community Care Collaborative",
    "Department of Correction",
    "Harbor Harm Reduction",
    "Open Door Services",
    "Peer Support United",
    "Regional Pharmacy Group",
)

# Participant category weights by the kind of site that enrols them.
CATEGORY_BY_SITE: dict[SiteKind, dict[ParticipantCategory, float]] = {
    SiteKind.CORRECTIONAL_FACILITY: {ParticipantCategory.LEAVING_CUSTODY: 0.92, ParticipantCategory.AT_RISK: 0.08},
    SiteKind.PHARMACY: {
        ParticipantCategory.AT_RISK: 0.35,
        ParticipantCategory.FAMILY_FRIEND: 0.45,
        ParticipantCategory.COMMUNITY_MEMBER: 0.2,
    },
    SiteKind.FIRST_RESPONDER: {
        ParticipantCategory.SERVICE_PROVIDER: 0.6,
        ParticipantCategory.COMMUNITY_MEMBER: 0.3,
        ParticipantCategory.AT_RISK: 0.1,
    },
}
DEFAULT_CATEGORIES: dict[ParticipantCategory, float] = {
    ParticipantCategory.AT_RISK: 0.62,
    ParticipantCategory.FAMILY_FRIEND: 0.18,
    ParticipantCategory.SERVICE_PROVIDER: 0.07,
    ParticipantCategory.COMMUNITY_MEMBER: 0.1,
    ParticipantCategory.LEAVING_CUSTODY: 0.03,
}
# Mean number of refills over a participant's time with the program, by category.
REFILLS_BY_CATEGORY: dict[ParticipantCategory, float] = {
    ParticipantCategory.AT_RISK: 5.2,
    ParticipantCategory.FAMILY_FRIEND: 1.6,
    ParticipantCategory.SERVICE_PROVIDER: 2.4,
    ParticipantCategory.COMMUNITY_MEMBER: 0.9,
    ParticipantCategory.LEAVING_CUSTODY: 2.8,
}
# Reversals a participant reports over their time with the program, by category.
REVERSALS_BY_CATEGORY: dict[ParticipantCategory, float] = {
    ParticipantCategory.AT_RISK: 0.55,
    ParticipantCategory.FAMILY_FRIEND: 0.25,
    ParticipantCategory.SERVICE_PROVIDER: 0.6,
    ParticipantCategory.COMMUNITY_MEMBER: 0.1,
    ParticipantCategory.LEAVING_CUSTODY: 0.35,
}

REFILL_REASONS: dict[RefillReason, float] = {
    RefillReason.USED_ON_SOMEONE: 0.34,
    RefillReason.GAVE_AWAY: 0.22,
    RefillReason.LOST: 0.15,
    RefillReason.EXPIRED: 0.08,
    RefillReason.STOLEN: 0.06,
    RefillReason.CONFISCATED: 0.05,
    RefillReason.OTHER: 0.1,
}
RESPONDERS: dict[ResponderRelation, float] = {
    ResponderRelation.SELF_REPORTING_PARTICIPANT: 0.2,
    ResponderRelation.FRIEND: 0.36,
    ResponderRelation.PARTNER: 0.12,
    ResponderRelation.FAMILY: 0.1,
    ResponderRelation.STRANGER: 0.12,
    ResponderRelation.STAFF: 0.06,
    ResponderRelation.OTHER: 0.04,
}
SETTINGS: dict[ReversalSetting, float] = {
    ReversalSetting.PRIVATE_HOME: 0.46,
    ReversalSetting.PUBLIC_PLACE: 0.28,
    ReversalSetting.SHELTER: 0.08,
    ReversalSetting.VEHICLE: 0.07,
    ReversalSetting.WORKPLACE: 0.02,
    ReversalSetting.TREATMENT_OR_SERVICE: 0.04,
    ReversalSetting.OTHER: 0.05,
}


# code, name, formulation, on the market from, weight among products (by site kind below)
PRODUCTS: tuple[tuple[str, str, Formulation, dt.date], ...] = (
    ("NARCAN-4", "Naloxone nasal spray 4 mg (2 devices)", Formulation.NASAL_4MG, dt.date(2015, 11, 1)),
    ("KLOXXADO-8", "Naloxone nasal spray 8 mg (2 devices)", Formulation.NASAL_8MG, dt.date(2021, 4, 1)),
    (
        "OTC-3",
        "Naloxone nasal spray 3 mg, OTC (2 devices)",
        Formulation.NASAL_3MG_OTC,
        dt.date(2023, 9, 1),
    ),
    ("IM-KIT", "Naloxone 0.4 mg/1 mL vials, kit of 2 with syringes", Formulation.IM_VIAL_KIT, dt.date(2010, 1, 1)),
    (
        "IM-MULTI",
        "Naloxone 4 mg/10 mL vial, 10 syringes",
        Formulation.IM_MULTIDOSE_VIAL,
        dt.date(2010, 1, 1),
    ),
    ("ZIMHI", "Naloxone 5 mg prefilled syringe", Formulation.PREFILLED_SYRINGE, dt.date(2021, 10, 1)),
    ("OPVEE", "Nalmefene nasal spray 2.7 mg", Formulation.NALMEFENE_NASAL, dt.date(2023, 5, 1)),
)
PRODUCT_WEIGHTS: dict[Formulation, float] = {
    Formulation.NASAL_4MG: 0.72,
    Formulation.NASAL_8MG: 0.04,
    Formulation.NASAL_3MG_OTC: 0.08,
    Formulation.IM_VIAL_KIT: 0.09,
    Formulation.IM_MULTIDOSE_VIAL: 0.02,
    Formulation.PREFILLED_SYRINGE: 0.02,
    Formulation.NALMEFENE_NASAL: 0.03,
}

FIRST_NAMES: tuple[str, ...] = (
    "James", "Michael", "Robert", "John", "David", "William", "Richard", "Joseph", "Thomas", "Christopher",
    "Charles", "Daniel", "Matthew", "Anthony", "Mark", "Steven", "Andrew", "Joshua", "Kevin", "Brian",
    "Jose", "Luis", "Carlos", "Juan", "Miguel", "Angel", "Marcus", "Darnell", "Tyrone", "Andre",
    "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Jessica", "Sarah", "Karen", "Ashley", "Amanda",
    "Maria", "Carmen", "Rosa", "Ana", "Keisha", "Tanya", "Nguyen", "Mai", "Crystal", "Heather",
)  # fmt: skip
LAST_NAMES: tuple[str, ...] = (
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
    "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
    "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
    "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores",
    "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts",
    "O'Brien", "Sullivan", "Murphy", "Kelly", "Doherty", "Pereira", "Souza", "Tran", "Le", "Pham",
)  # fmt: skip
