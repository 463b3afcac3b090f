"""The naloxone products a program hands out, with the common ones offered to tick."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.changes import Area, Changed
from oend.core.checks import Checks
from oend.errors import NotFoundError
from oend.model import Lot, Product
from oend.model.codes import FORMULATION_DEFAULTS, Formulation
from oend.queries.program import ProductRow, product_rows
from oend.queries.stock import stock_levels
from oend.services import catalog
from oend.services.lookup import find

AREAS = frozenset({Area.STOCK})
EDITABLE = ("name", "strength", "doses_per_kit")


@dataclass(frozen=True)
class CommonProduct:
    """A product most programs stock; its doses per kit and route follow from the formulation."""

    formulation: Formulation
    code: str
    name: str
    strength: str


COMMON_PRODUCTS = (
    CommonProduct(Formulation.NASAL_4MG, "NASAL4", "Naloxone nasal spray 4 mg", "4 mg"),
    CommonProduct(Formulation.NASAL_8MG, "NASAL8", "Naloxone nasal spray 8 mg", "8 mg"),
    CommonProduct(Formulation.NASAL_3MG_OTC, "NASAL3OTC", "Naloxone nasal spray 3 mg (over the counter)", "3 mg"),
    CommonProduct(Formulation.IM_VIAL_KIT, "IMKIT", "Naloxone 0.4 mg/1 mL vials with syringes", "0.4 mg/1 mL"),
    CommonProduct(Formulation.IM_MULTIDOSE_VIAL, "IMVIAL10", "Naloxone 10 mL multi-dose vial", "0.4 mg/1 mL"),
    CommonProduct(Formulation.PREFILLED_SYRINGE, "PREFILLED", "Naloxone prefilled syringe", "2 mg/2 mL"),
    CommonProduct(Formulation.NALMEFENE_NASAL, "NALMEFENE", "Nalmefene nasal spray 2.7 mg", "2.7 mg"),
)


@dataclass(frozen=True)
class CommonChoice:
    product: CommonProduct
    offered: bool  # the program has a product with this code already (in use or retired)


def _clean(checks: Checks, values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "name" in values:
        out["name"] = checks.text("name", values["name"], required=True, max_len=120)
    if "strength" in values:
        out["strength"] = checks.text("strength", values["strength"], max_len=40)
    if "doses_per_kit" in values and values["doses_per_kit"] is not None:
        out["doses_per_kit"] = checks.integer("doses_per_kit", values["doses_per_kit"], low=1, high=50)
    return out


def add_product(
    session: Session,
    actor: Actor,
    *,
    code: str | None,
    name: str | None,
    formulation: str | Formulation | None,
    strength: str | None = None,
    doses_per_kit: int | None = None,
) -> Changed[Product]:
    """A naloxone product; doses per kit and route follow from the formulation unless given."""
    catalog.require_setup_role(session, actor)
    checks = Checks()
    clean_code = catalog.clean_code(session, checks, Product, code)
    values = _clean(checks, {"name": name, "strength": strength, "doses_per_kit": doses_per_kit})
    form = checks.code("formulation", formulation, Formulation, required=True)
    checks.done()
    assert form is not None
    default_doses, route = FORMULATION_DEFAULTS[form]
    values.setdefault("doses_per_kit", default_doses)
    product = Product(code=clean_code, formulation=form, route=route, active=True, **values)
    return catalog.create(session, actor, product, "product", AREAS)


def common_products(session: Session, actor: Actor) -> list[CommonChoice]:
    """The common products, each ticked when the program offers it already."""
    catalog.require_setup_role(session, actor)
    codes = set(session.scalars(select(Product.code).where(Product.deleted.is_(False))))
    return [CommonChoice(p, p.code in codes) for p in COMMON_PRODUCTS]


def add_common_products(
    session: Session, actor: Actor, formulations: Sequence[str | Formulation]
) -> Changed[list[Product]]:
    """Offer the ticked common products, all or none; each gets its own audit event."""
    catalog.require_setup_role(session, actor)
    checks = Checks()
    chosen = checks.codes("formulations", list(formulations) if formulations else None, Formulation)
    if checks.ok("formulations") and not chosen:
        checks.fail("formulations", "tick at least one product")
    common = [p for p in COMMON_PRODUCTS if p.formulation.value in chosen]
    taken = set(session.scalars(select(Product.code).where(Product.code.in_([p.code for p in common]))))
    for product in common:
        if product.code in taken:
            checks.fail("formulations", "{code} is already in use", code=product.code)
    checks.done()
    added = [
        add_product(session, actor, code=p.code, name=p.name, formulation=p.formulation, strength=p.strength).record
        for p in common
    ]
    return Changed(added, AREAS)


def edit_product(session: Session, actor: Actor, product_id: uuid.UUID, **changes: Any) -> Changed[Product]:
    """Change a product's name, strength or doses per kit; doses are fixed once stock has come in,
    because reports count the doses of every kit already handed out by them."""
    catalog.require_setup_role(session, actor)
    checks = Checks()
    product = find(session, Product, product_id, "product", checks, required=True)
    catalog.refuse_unknown(checks, changes, EDITABLE)
    values = _clean(checks, {k: v for k, v in changes.items() if k in EDITABLE})
    doses = values.get("doses_per_kit")
    received = product is not None and session.scalar(select(Lot.id).where(Lot.product_id == product.id).limit(1))
    if product is not None and doses is not None and doses != product.doses_per_kit and received:
        checks.fail("doses_per_kit", "cannot change once stock of this product has been received")
    checks.done()
    assert product is not None
    return catalog.update(session, actor, product, "product", values, AREAS)


def retire_product(session: Session, actor: Actor, product_id: uuid.UUID) -> Changed[Product]:
    """Forms stop offering the product; its lots and the kits handed out keep it. Kits still in stock
    would be stranded, so they must be handed out or written off first."""

    def refuse(product: Product, checks: Checks) -> None:
        kits = sum(level.on_hand for level in stock_levels(session, actor, product_id=product.id))
        if kits:
            checks.fail(
                "product", "{kits} kit(s) of it are still in stock: hand them out or write them off first", kits=kits
            )

    return catalog.set_active(session, actor, Product, product_id, "product", False, AREAS, refuse=refuse)


def reinstate_product(session: Session, actor: Actor, product_id: uuid.UUID) -> Changed[Product]:
    return catalog.set_active(session, actor, Product, product_id, "product", True, AREAS)


def list_products(session: Session, actor: Actor, *, include_retired: bool = True) -> list[ProductRow]:
    catalog.require_setup_role(session, actor)
    return product_rows(session, include_retired=include_retired)


def product_id_for_code(session: Session, code: str) -> uuid.UUID:
    """The product with ``code`` (any case), for the command line."""
    found = session.scalar(select(Product.id).where(Product.code == code.strip().upper(), Product.deleted.is_(False)))
    if found is None:
        raise NotFoundError("no product has the code {code}", values={"code": code})
    return found
