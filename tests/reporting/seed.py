"""A small program with known answers: every report figure in the tests is counted by hand from here.

Quarter 2025Q3 (July-September 2025):
- People trained (unduplicated): 10. NORTH 5, JAIL 4, SOUTH 2 (A1 trained at NORTH and SOUTH).
  By category: at_risk 3, family_friend 2, leaving_custody 4, community_member 1.
- Kits dispensed: 22 (NAS4 18, IMV 4); new 18, refill 4; NORTH 14, JAIL 4, SOUTH 4. Doses 18x2 + 4x10 = 76.
- Reversals: 4 (survived 2, unknown 1, died 1). Kits received: 70 (NAS4 50, IMV 20).
- Referrals: 3 (A1 twice, connected once after 4 days; one person not enrolled).
Outside the quarter: one training (October), 5 kits (June), one reversal (April), 100 kits received (May),
one referral (June).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from oend.model import (
    Attendance,
    Dispensing,
    Lot,
    Participant,
    Product,
    Referral,
    Reversal,
    Site,
    StockMovement,
    TrainingSession,
)
from oend.model.codes import (
    AgeBand,
    CurriculumTopic,
    Formulation,
    Gender,
    MovementKind,
    Outcome,
    ParticipantCategory,
    Race,
    ReferralKind,
    ReferralOutcome,
    ReferralSource,
    RefillReason,
    Route,
    SiteKind,
    SupplySource,
    SupplyType,
    TrainingFormat,
)

D = dt.date
CAT = ParticipantCategory


@dataclass
class Seeded:
    sites: dict[str, Site] = field(default_factory=dict)
    products: dict[str, Product] = field(default_factory=dict)
    lots: dict[str, Lot] = field(default_factory=dict)
    people: dict[str, Participant] = field(default_factory=dict)
    sessions: dict[str, TrainingSession] = field(default_factory=dict)

    def site_id(self, code: str) -> uuid.UUID:
        return self.sites[code].id


def seed(session: Session) -> Seeded:
    s = Seeded()
    for code, name, kind, county in (
        ("NORTH", "North Shore Harm Reduction", SiteKind.FIXED_SITE, "Essex"),
        ("SOUTH", "South End Outreach Van", SiteKind.OUTREACH, "Suffolk"),
        ("JAIL", "County House of Correction", SiteKind.CORRECTIONAL_FACILITY, "Essex"),
    ):
        s.sites[code] = Site(code=code, name=name, kind=kind, county=county)
    s.products["NAS4"] = Product(
        code="NAS4",
        name="Naloxone nasal spray 4 mg",
        formulation=Formulation.NASAL_4MG,
        route=Route.NASAL,
        doses_per_kit=2,
    )
    s.products["IMV"] = Product(
        code="IMV",
        name="Naloxone 0.4 mg/mL 10 mL vial",
        formulation=Formulation.IM_MULTIDOSE_VIAL,
        route=Route.INTRAMUSCULAR,
        doses_per_kit=10,
    )
    session.add_all([*s.sites.values(), *s.products.values()])
    session.flush()
    s.lots["NAS4"] = Lot(product_id=s.products["NAS4"].id, lot_number="N-001", expiry_date=D(2027, 6, 30))
    s.lots["IMV"] = Lot(product_id=s.products["IMV"].id, lot_number="V-001", expiry_date=D(2027, 3, 31))
    session.add_all(s.lots.values())

    people = [
        ("A1", "Nguyễn Thị Mai", CAT.AT_RISK, "NORTH", AgeBand.AGE_25_34, Gender.WOMAN, Race.ASIAN, "Essex", "01901"),
        ("A2", "José Álvarez", CAT.AT_RISK, "NORTH", AgeBand.AGE_35_44, Gender.MAN, Race.WHITE, "Essex", "01902"),
        ("A3", None, CAT.AT_RISK, "NORTH", AgeBand.AGE_35_44, Gender.MAN, None, None, None),
        (
            "F1",
            "Dana Brooks",
            CAT.FAMILY_FRIEND,
            "NORTH",
            AgeBand.AGE_55_64,
            Gender.WOMAN,
            Race.BLACK,
            "Essex",
            "01901",
        ),
        ("F2", "Sam Lee", CAT.FAMILY_FRIEND, "NORTH", None, Gender.NON_BINARY, None, "Essex", None),
        ("L1", "Marcus Hill", CAT.LEAVING_CUSTODY, "JAIL", AgeBand.AGE_25_34, Gender.MAN, Race.BLACK, "Essex", None),
        ("L2", "Ray Ortiz", CAT.LEAVING_CUSTODY, "JAIL", AgeBand.AGE_25_34, Gender.MAN, Race.WHITE, "Essex", None),
        ("L3", "Tom Reed", CAT.LEAVING_CUSTODY, "JAIL", AgeBand.AGE_45_54, Gender.MAN, Race.WHITE, "Essex", None),
        ("L4", "Ann Kay", CAT.LEAVING_CUSTODY, "JAIL", AgeBand.AGE_18_24, Gender.WOMAN, Race.WHITE, "Essex", None),
        ("L5", "Joe Park", CAT.LEAVING_CUSTODY, "JAIL", AgeBand.AGE_18_24, Gender.MAN, Race.ASIAN, "Essex", None),
        (
            "C1",
            "Pat Quinn",
            CAT.COMMUNITY_MEMBER,
            "SOUTH",
            AgeBand.AGE_65_PLUS,
            Gender.WOMAN,
            Race.WHITE,
            "Suffolk",
            "02118",
        ),
    ]
    for code, name, category, site, age, gender, race, county, zip_code in people:
        first, _, last = (name or "").partition(" ")
        s.people[code] = Participant(
            code=f"P-{code}",
            first_name=first or None,
            last_name=last or None,
            category=category,
            home_site_id=s.sites[site].id,
            age_band=age,
            gender=gender,
            race=race,
            county=county,
            zip_code=zip_code,
        )
    session.add_all(s.people.values())
    session.flush()

    topics = [t.value for t in CurriculumTopic]
    for key, day, site, fmt, attendees in (
        ("S1", D(2025, 7, 10), "NORTH", TrainingFormat.GROUP, ["A1", "A2", "A3", "F1", "F2"]),
        ("S2", D(2025, 8, 5), "JAIL", TrainingFormat.PRE_RELEASE_CLASS, ["L1", "L2", "L3", "L4", "L5"]),
        ("S3", D(2025, 9, 20), "SOUTH", TrainingFormat.INDIVIDUAL, ["A1", "C1"]),
        ("S4", D(2025, 10, 2), "NORTH", TrainingFormat.INDIVIDUAL, ["A2"]),
    ):
        ts = TrainingSession(
            session_date=day, site_id=s.sites[site].id, format=fmt, topics=topics, trainer_name="Jordan Rivera"
        )
        session.add(ts)
        session.flush()
        s.sessions[key] = ts
        for who in attendees:
            session.add(Attendance(session_id=ts.id, participant_id=s.people[who].id, completed=who != "L5"))

    def give(
        day: dt.date,
        site: str,
        product: str,
        qty: int,
        who: str | None = None,
        *,
        refill: RefillReason | None = None,
        category: ParticipantCategory | None = None,
        source: SupplySource = SupplySource.COMMUNITY_SERVICE,
    ) -> None:
        d = Dispensing(
            dispensed_on=day,
            site_id=s.sites[site].id,
            participant_id=s.people[who].id if who else None,
            recipient_category=category,
            product_id=s.products[product].id,
            lot_id=s.lots[product].id,
            quantity=qty,
            supply_type=SupplyType.REFILL if refill else SupplyType.NEW,
            refill_reason=refill,
            supply_source=source,
        )
        session.add(d)

    give(D(2025, 7, 10), "NORTH", "NAS4", 1, "A1")
    give(D(2025, 7, 10), "NORTH", "NAS4", 2, "A2")
    give(D(2025, 8, 28), "NORTH", "NAS4", 1, "A1", refill=RefillReason.USED_ON_SOMEONE)
    give(D(2025, 8, 31), "NORTH", "NAS4", 10, category=CAT.AT_RISK, source=SupplySource.EVENT)
    for who in ("L1", "L2", "L3", "L4"):
        give(D(2025, 8, 5), "JAIL", "NAS4", 1, who, source=SupplySource.PRISON_RELEASE)
    give(D(2025, 9, 20), "SOUTH", "IMV", 1, "C1", source=SupplySource.OUTREACH)
    give(
        D(2025, 9, 21),
        "SOUTH",
        "IMV",
        3,
        category=CAT.COMMUNITY_MEMBER,
        refill=RefillReason.LOST,
        source=SupplySource.OUTREACH,
    )
    give(D(2025, 6, 30), "NORTH", "NAS4", 5, "A3")

    for day, site, outcome, county in (
        (D(2025, 7, 20), "NORTH", Outcome.SURVIVED, "Essex"),
        (D(2025, 8, 2), "NORTH", Outcome.SURVIVED, "Essex"),
        (D(2025, 9, 1), "NORTH", Outcome.UNKNOWN, None),
        (D(2025, 9, 15), "SOUTH", Outcome.DIED, "Suffolk"),
        (D(2025, 4, 1), "SOUTH", Outcome.SURVIVED, "Suffolk"),
    ):
        session.add(
            Reversal(
                overdose_date=day,
                site_id=s.sites[site].id,
                outcome=outcome,
                county=county,
                product_id=s.products["NAS4"].id,
                doses=1,
            )
        )
    for day, site, product, qty in (
        (D(2025, 7, 1), "NORTH", "NAS4", 50),
        (D(2025, 7, 2), "SOUTH", "IMV", 20),
        (D(2025, 5, 1), "NORTH", "NAS4", 100),
    ):
        session.add(
            StockMovement(
                movement_date=day,
                site_id=s.sites[site].id,
                lot_id=s.lots[product].id,
                kind=MovementKind.RECEIVE,
                quantity=qty,
                reference='=HYPERLINK("x")',
            )
        )
    for day, person, kind, outcome in (
        (D(2025, 7, 3), "A1", ReferralKind.MOUD_BUPRENORPHINE, ReferralOutcome.CONNECTED),
        (D(2025, 8, 9), "A1", ReferralKind.HOUSING, None),
        (D(2025, 9, 9), None, ReferralKind.SYRINGE_SERVICES, None),
        (D(2025, 6, 9), "A1", ReferralKind.PEER_RECOVERY, None),
    ):
        session.add(
            Referral(
                referred_on=day,
                site_id=s.sites["NORTH"].id,
                participant_id=s.people[person].id if person else None,
                kind=kind,
                source_kind=ReferralSource.PARTICIPANT,
                outcome=outcome,
                outcome_on=day + dt.timedelta(days=4) if outcome else None,
            )
        )
    session.flush()
    return s


def add_class(session: Session, site_id: uuid.UUID, size: int, prefix: str = "R") -> uuid.UUID:
    """A pre-release class of ``size`` people at ``site_id``, everyone completing."""
    ts = TrainingSession(
        session_date=D(2025, 9, 9),
        site_id=site_id,
        format=TrainingFormat.PRE_RELEASE_CLASS,
        topics=[t.value for t in CurriculumTopic],
        trainer_name="Jordan Rivera",
    )
    session.add(ts)
    session.flush()
    for i in range(size):
        p = Participant(
            code=f"{prefix}-{i:03d}",
            first_name="Trainee",
            last_name=f"Number {i}",
            category=ParticipantCategory.LEAVING_CUSTODY,
            home_site_id=site_id,
        )
        session.add(p)
        session.flush()
        session.add(Attendance(session_id=ts.id, participant_id=p.id))
    session.flush()
    return ts.id
