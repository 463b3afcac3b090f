"""The program's set-up: sites, staff, products and lots, made before any participant arrives."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from oend.demo import catalog
from oend.demo.rows import NULL, Rows, synced
from oend.demo.values import Calendar, Clock, Draw
from oend.model.codes import FORMULATION_DEFAULTS, Role, SiteKind

KIND_ABBREVIATION = {
    SiteKind.OUTREACH: "OUT",
    SiteKind.FIXED_SITE: "FIX",
    SiteKind.CORRECTIONAL_FACILITY: "COR",
    SiteKind.PHARMACY: "PHA",
    SiteKind.PARTNER_AGENCY: "PAR",
    SiteKind.SHELTER: "SHE",
    SiteKind.EMERGENCY_DEPARTMENT: "EDP",
    SiteKind.FIRST_RESPONDER: "FRS",
}
SETUP_DEVICE = "demo-setup"
# Small programs still get one site of each of the main kinds.
FIRST_KINDS = (
    SiteKind.FIXED_SITE,
    SiteKind.OUTREACH,
    SiteKind.CORRECTIONAL_FACILITY,
    SiteKind.PHARMACY,
    SiteKind.PARTNER_AGENCY,
)


@dataclass
class SiteInfo:
    index: int
    id: str
    code: str
    kind: SiteKind
    county: str
    region: str
    zip_prefix: str
    volume: float
    opened_day: int
    device: str
    source: str
    staff: list[str] = field(default_factory=list)


@dataclass
class ProductInfo:
    index: int
    id: str
    formulation: str
    route: str
    doses: int
    launch_day: int


@dataclass
class LotInfo:
    index: int
    id: str
    product: int
    made_day: int
    expiry_day: int


@dataclass
class Program:
    """Everything the events refer to, by index, with the stored ids."""

    sites: list[SiteInfo]
    products: list[ProductInfo]
    lots: list[LotInfo]
    lots_by_product: list[list[LotInfo]]
    sites_by_region: dict[str, list[SiteInfo]]
    admin_id: str


def site_count(participants: int) -> int:
    """About one site per 2,000 participants: a statewide program has some 150."""
    return max(len(FIRST_KINDS) + 1, min(160, round(participants / 2000)))


def _sites(draw: Draw, clock: Clock, calendar: Calendar, count: int, rows: Rows) -> list[SiteInfo]:
    kinds = draw.pool({k: w for k, (w, _, _) in catalog.SITE_KINDS.items()})
    counties = draw.pool(catalog.COUNTY_WEIGHTS)
    sites: list[SiteInfo] = []
    names: set[str] = set()
    for i in range(count):
        kind = FIRST_KINDS[i] if i < len(FIRST_KINDS) else kinds()
        county = counties()
        _, label, source = catalog.SITE_KINDS[kind]
        name = f"{county} {label}"
        n = 2
        while name in names:
            name, n = f"{county} {label} {n}", n + 1
        names.add(name)
        # A few sites join the program part-way through the period.
        opened = 0 if i < len(FIRST_KINDS) or draw.chance(0.75) else draw.between(0, calendar.days * 3 // 5)
        site_id, created = clock.stamp(opened)
        code = f"{KIND_ABBREVIATION[kind]}-{i + 1:03d}"
        prefix = catalog.ZIP_PREFIX[county]
        region = catalog.COUNTY_REGION[county]
        partner = catalog.PARTNERS[3] if kind is SiteKind.CORRECTIONAL_FACILITY else draw.pick(catalog.PARTNERS)
        zip_code = f"{prefix}{draw.between(1, 99):02d}"
        place = (kind.value, region, partner, county, zip_code)
        rows["sites"].append((*synced(site_id, created, NULL, SETUP_DEVICE), code, name, *place, 1))
        volume = catalog.SITE_VOLUME[kind] * (0.4 + 1.4 * draw.random())
        sites.append(
            SiteInfo(
                i, site_id, code, kind, county, region, prefix, volume, opened, f"laptop-{code.lower()}", source.value
            )
        )
    return sites


def _user(draw: Draw, clock: Clock, rows: Rows, taken: set[str], role: Role, site_ids: list[str]) -> str:
    first, last = draw.pick(catalog.FIRST_NAMES), draw.pick(catalog.LAST_NAMES)
    base = (first[0] + last).lower().replace("'", "")
    username, n = base, 2
    while username in taken:
        username, n = f"{base}{n}", n + 1
    taken.add(username)
    user_id, created = clock.stamp(0)
    rows["users"].append((*synced(user_id, created, NULL, SETUP_DEVICE), username, f"{first} {last}", role.value, 1, 0))
    rows["user_sites"] += [(user_id, site_id) for site_id in site_ids]
    return user_id


def _staff(draw: Draw, clock: Clock, sites: list[SiteInfo], rows: Rows) -> str:
    """A lead and a few workers per site, a coordinator per region, two administrators."""
    taken: set[str] = set()
    for site in sites:
        site.staff.append(_user(draw, clock, rows, taken, Role.SITE_LEAD, [site.id]))
        for _ in range(1 + round(site.volume * 2)):
            site.staff.append(_user(draw, clock, rows, taken, Role.OUTREACH_WORKER, [site.id]))
    for _region in catalog.REGIONS:
        _user(draw, clock, rows, taken, Role.COORDINATOR, [])
    admin = _user(draw, clock, rows, taken, Role.ADMINISTRATOR, [])
    _user(draw, clock, rows, taken, Role.ADMINISTRATOR, [])
    return admin


def _products(clock: Clock, calendar: Calendar, rows: Rows) -> list[ProductInfo]:
    products = []
    for i, (code, name, formulation, launched) in enumerate(catalog.PRODUCTS):
        doses, route = FORMULATION_DEFAULTS[formulation]
        product_id, created = clock.stamp(0)
        rows["products"].append(
            (*synced(product_id, created, NULL, SETUP_DEVICE), code, name, formulation.value, route.value, doses, 1)
        )
        products.append(ProductInfo(i, product_id, formulation.value, route.value, doses, calendar.day_of(launched)))
    return products


def _lots(draw: Draw, clock: Clock, calendar: Calendar, products: list[ProductInfo], rows: Rows) -> list[LotInfo]:
    """A lot of each product every one to three months; shelf life two to three years."""
    lots: list[LotInfo] = []
    for product in products:
        made = max(product.launch_day, 0) - 700
        seq = 1
        while made < calendar.days:
            shelf = draw.pick((730, 913, 1095))
            made_date = calendar.start + dt.timedelta(days=made)
            expiry = made_date + dt.timedelta(days=shelf)
            lot_id, created = clock.stamp(max(made, 0))
            number = f"{catalog.PRODUCTS[product.index][0][:2]}{made_date:%y}{seq:04d}"
            rows["lots"].append(
                (*synced(lot_id, created, NULL, SETUP_DEVICE), product.id, number, expiry.isoformat(), 0)
            )
            lots.append(LotInfo(len(lots), lot_id, product.index, made, made + shelf))
            made += draw.between(30, 90)
            seq += 1
    return lots


def build_program(draw: Draw, clock: Clock, calendar: Calendar, participants: int, rows: Rows) -> Program:
    sites = _sites(draw, clock, calendar, site_count(participants), rows)
    admin = _staff(draw, clock, sites, rows)
    products = _products(clock, calendar, rows)
    lots = _lots(draw, clock, calendar, products, rows)
    by_product: list[list[LotInfo]] = [[lot for lot in lots if lot.product == p.index] for p in products]
    by_region: dict[str, list[SiteInfo]] = {}
    for site in sites:
        by_region.setdefault(site.region, []).append(site)
    return Program(sites, products, lots, by_product, by_region, admin)
