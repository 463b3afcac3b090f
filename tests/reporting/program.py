"""A small program built through the services, as a coordinator and outreach workers would, for the shipped
templates' tests; ``Records`` reads it back plainly so each test counts its expected figures itself.

Most activity falls in 2025Q3 (July-September 2025), some in the quarter before and in October 2024, so the
fiscal year and "since the program began" differ from the quarter.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.model import Attendance, Dispensing, Participant, Product, Reversal, Site, StockMovement, TrainingSession
from oend.model.codes import (
    AgeBand,
    Ethnicity,
    Formulation,
    Gender,
    Outcome,
    ParticipantCategory,
    PartnerCategory,
    Race,
    RefillReason,
    ResponderRelation,
    SiteKind,
    Substance,
    SupplySource,
    TrainingFormat,
)
from oend.services.dispensing import dispense
from oend.services.participants import enrol_participant
from oend.services.partners import add_partner
from oend.services.products import add_product
from oend.services.reversals import record_reversal
from oend.services.sites import add_site
from oend.services.stock import receive_stock
from oend.services.trainings import Attendee, record_training

D = dt.date
SITES = {  # code: (name, kind, partner, county, region of a site without a partner)
    "VAN": ("Harbor Outreach Van", SiteKind.OUTREACH, "Harbor Harm Reduction", "Essex", None),
    "FIXED": ("Harbor Drop-in Centre", SiteKind.FIXED_SITE, "Harbor Harm Reduction", "Essex", None),
    "JAIL": ("Suffolk County Jail", SiteKind.CORRECTIONAL_FACILITY, "County Sheriff", "Suffolk", None),
    "PRISON": ("Norfolk State Prison", SiteKind.CORRECTIONAL_FACILITY, "County Sheriff", "Norfolk", None),
    "EMS": ("City EMS Station 4", SiteKind.FIRST_RESPONDER, "City EMS", "Essex", None),
    "PHARM": ("Main Street Pharmacy", SiteKind.PHARMACY, None, "Norfolk", "South"),
}
PARTNERS = {
    "Harbor Harm Reduction": (PartnerCategory.SYRINGE_SERVICE_PROGRAM, "North"),
    "County Sheriff": (PartnerCategory.CORRECTIONS, "South"),
    "City EMS": (PartnerCategory.EMS, "North"),
}
SOURCE = {
    "VAN": SupplySource.OUTREACH,
    "FIXED": SupplySource.COMMUNITY_SERVICE,
    "JAIL": SupplySource.PRISON_RELEASE,
    "PRISON": SupplySource.PRISON_RELEASE,
    "EMS": SupplySource.AMBULANCE,
    "PHARM": SupplySource.PHARMACY,
}
DAYS = [D(2024, 10, 15), D(2025, 5, 20), *(D(2025, m, d) for m in (7, 8, 9) for d in (3, 12, 24))]


@dataclass
class Program:
    sites: dict[str, uuid.UUID]
    products: dict[str, uuid.UUID]


def _maybe(rng: random.Random, values: list, none_share: float = 0.2):  # type: ignore[no-untyped-def,type-arg]
    return None if rng.random() < none_share else rng.choice(values)


def build_program(session: Session, actor: Actor) -> Program:
    rng = random.Random(17)
    partners = {
        name: add_partner(session, actor, name=name, category=category, region=region).record.id
        for name, (category, region) in PARTNERS.items()
    }
    sites = {
        code: add_site(
            session,
            actor,
            code=code,
            name=name,
            kind=kind,
            county=county,
            region=region,
            partner_id=partners[partner] if partner else None,
        ).record.id
        for code, (name, kind, partner, county, region) in SITES.items()
    }
    products = {
        "NAS4": add_product(
            session, actor, code="NAS4", name="Nasal spray 4 mg", formulation=Formulation.NASAL_4MG, doses_per_kit=2
        ).record.id,
        "IMV": add_product(
            session,
            actor,
            code="IMV",
            name="Naloxone 10 mL vial",
            formulation=Formulation.IM_MULTIDOSE_VIAL,
            doses_per_kit=10,
        ).record.id,
    }
    for code, site_id in sites.items():
        for product, quantity in (("NAS4", 400), ("IMV", 60)):
            receive_stock(
                session,
                actor,
                site_id=site_id,
                product_id=products[product],
                lot_number=f"{product}-{code}",
                expiry_date=D(2027, 12, 31),
                quantity=quantity,
                received_on=D(2024, 9, 1),
            )
    receive_stock(
        session,
        actor,
        site_id=sites["VAN"],
        product_id=products["NAS4"],
        lot_number="NAS4-VAN-2",
        expiry_date=D(2028, 6, 30),
        quantity=120,
        received_on=D(2025, 8, 1),
    )
    people: dict[str, list[uuid.UUID]] = {code: [] for code in sites}
    for i in range(48):
        home = list(sites)[i % len(sites)]
        category = ParticipantCategory.LEAVING_CUSTODY if home in ("JAIL", "PRISON") else None
        category = category or (ParticipantCategory.SERVICE_PROVIDER if home == "EMS" else None)
        person = enrol_participant(
            session,
            actor,
            home_site_id=sites[home],
            category=category
            or rng.choice([c for c in ParticipantCategory if c != ParticipantCategory.LEAVING_CUSTODY]),
            gender=_maybe(rng, [Gender.WOMAN, Gender.MAN, Gender.MAN, Gender.NON_BINARY]),
            birth_year=_maybe(rng, list(range(1950, 2009))),
            race=_maybe(rng, list(Race)),
            ethnicity=_maybe(rng, list(Ethnicity)),
            county=_maybe(rng, ["Essex", "Suffolk", "Norfolk"]),
        ).record
        people[home].append(person.id)
    for code, site_id in sites.items():
        jail = code in ("JAIL", "PRISON")
        for day in rng.sample(DAYS, 3):
            attendees = rng.sample(people[code], rng.randint(2, len(people[code])))
            record_training(
                session,
                actor,
                session_date=day,
                site_id=site_id,
                format=TrainingFormat.PRE_RELEASE_CLASS if jail else rng.choice(list(TrainingFormat)),
                topics=["recognising", "responding"],
                trainer_name="Jordan Rivera",
                attendees=[Attendee(p, completed=rng.random() > 0.1) for p in attendees],
            )
        for person in people[code]:
            days = sorted(rng.sample(DAYS, rng.randint(1, 3)))
            for n, day in enumerate(days):
                dispense(
                    session,
                    actor,
                    site_id=site_id,
                    dispensed_on=day,
                    quantity=rng.randint(1, 2),
                    product_id=products["IMV" if rng.random() < 0.2 else "NAS4"],
                    participant_id=person,
                    refill_reason=None if n == 0 else rng.choice([r for r in RefillReason if r != RefillReason.OTHER]),
                    supply_source=SOURCE[code],
                )
        for day in rng.sample(DAYS, 2):  # kits handed over at an event, no record of the person
            dispense(
                session,
                actor,
                site_id=site_id,
                dispensed_on=day,
                supply_type="new",
                quantity=2,
                product_id=products["NAS4"],
                recipient_category=ParticipantCategory.COMMUNITY_MEMBER,
                supply_source=SupplySource.EVENT,
            )
    for i in range(30):
        record_reversal(
            session,
            actor,
            overdose_date=DAYS[i % len(DAYS)] + dt.timedelta(days=i % 5),
            site_id=sites[rng.choice(list(sites))],
            outcome=rng.choice(list(Outcome)),
            county=_maybe(rng, ["Essex", "Suffolk", "Norfolk"]),
            substances=rng.sample([s.value for s in Substance][:4], rng.randint(0, 2)),
            responder_relation=_maybe(rng, list(ResponderRelation)),
            victim_age_band=_maybe(rng, list(AgeBand)),
            victim_gender=_maybe(rng, [Gender.WOMAN, Gender.MAN]),
            called_911=_maybe(rng, [True, False]),
            rescue_breathing=_maybe(rng, [True, False]),
            stayed_with_person=_maybe(rng, [True, False]),
            linked_to_care=_maybe(rng, [True, False]),
            transported=_maybe(rng, [True, False]),
        )
    return Program(sites, products)


@dataclass(frozen=True)
class Kit:
    day: dt.date
    site: str  # site code
    site_kind: SiteKind
    county: str | None  # the site's
    product: str
    quantity: int
    doses: int
    person: uuid.UUID | None
    supply_type: str
    source: str
    category: str | None  # the person's, else the one given for a kit to someone not enrolled


@dataclass(frozen=True)
class Trained:
    day: dt.date
    site: str
    site_kind: SiteKind
    training_format: str
    person: uuid.UUID
    category: str
    gender: str | None
    birth_year: int | None


class Records:
    """The program's records read back plainly: the tests' own counts come from these lists."""

    def __init__(self, session: Session) -> None:
        site = {s.id: s for s in session.scalars(select(Site))}
        product = {p.id: p for p in session.scalars(select(Product))}
        person = {p.id: p for p in session.scalars(select(Participant))}
        self.kits = [
            Kit(
                d.dispensed_on,
                site[d.site_id].code,
                site[d.site_id].kind,
                site[d.site_id].county,
                product[d.product_id].code,
                d.quantity,
                d.quantity * product[d.product_id].doses_per_kit,
                d.participant_id,
                d.supply_type.value,
                d.supply_source.value if d.supply_source else "",
                (person[d.participant_id].category if d.participant_id else d.recipient_category) or None,
            )
            for d in session.scalars(select(Dispensing).where(Dispensing.deleted.is_(False)))
        ]
        sessions = {t.id: t for t in session.scalars(select(TrainingSession))}
        self.trained = [
            Trained(
                sessions[a.session_id].session_date,
                site[sessions[a.session_id].site_id].code,
                site[sessions[a.session_id].site_id].kind,
                sessions[a.session_id].format.value,
                a.participant_id,
                person[a.participant_id].category.value,
                person[a.participant_id].gender.value if person[a.participant_id].gender else None,
                person[a.participant_id].birth_year,
            )
            for a in session.scalars(select(Attendance).where(Attendance.completed.is_(True)))
        ]
        self.reversals = list(session.scalars(select(Reversal)))
        self.received = list(session.scalars(select(StockMovement).where(StockMovement.kind == "receive")))
