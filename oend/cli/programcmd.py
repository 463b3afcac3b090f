"""``oend site``, ``partner``, ``provider``, ``product``, ``topic``, ``settings`` and ``sessions``: a program's own
set-up.

Each action signs in, calls one service and prints a table or one line; a refusal names every field to fix.
"""

from __future__ import annotations

import argparse
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeAlias

from sqlalchemy.orm import Session

from oend.cli.session import CliContext, open_for_cli
from oend.core.actor import Actor
from oend.core.changes import Changed
from oend.errors import NotFoundError
from oend.model.codes import Formulation, PartnerCategory, ReferralKind, SiteKind
from oend.services import partners, products, program_settings, providers, sites, topics, trainings, users

Handler = Callable[[argparse.Namespace], int]


def table(rows: Iterable[Sequence[object]]) -> None:
    """Print rows as left-aligned columns."""
    lines = [["" if v is None else str(v) for v in row] for row in rows]
    widths = [max(len(line[i]) for line in lines) for i in range(len(lines[0]))] if lines else []
    for line in lines:
        print("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip())


def _state(active: bool) -> str:
    return "in use" if active else "retired"


def _given(args: argparse.Namespace, names: Sequence[str]) -> dict[str, Any]:
    """The options given on the command line; an empty string clears a field."""
    return {name: getattr(args, name) for name in names if getattr(args, name) is not None}


def _write(args: argparse.Namespace, action: Callable[[Session, CliContext], str]) -> int:
    """Run one change in one transaction and print what it did."""
    with open_for_cli(args) as ctx, ctx.db.transaction() as session:
        message = action(session, ctx)
    print(message)
    return 0


def _read(args: argparse.Namespace, rows: Callable[[Session, CliContext], Sequence[Sequence[object]]]) -> int:
    with open_for_cli(args) as ctx, ctx.db.transaction() as session:
        found = rows(session, ctx)
    table(found)
    return 0


def _partner_id(session: Session, name: str | None) -> Any:
    return partners.partner_id_named(session, name) if name else None


Rows = Sequence[Sequence[object]]
Listing = Callable[[Session, CliContext, argparse.Namespace], Rows]
SubParsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def _rows(
    listed: Callable[..., Sequence[Any]], header: Sequence[str], row: Callable[[Any], Sequence[object]]
) -> Listing:
    """A listing of one kind of record under ``header``, retired ones too unless ``--in-use``."""

    def rows(session: Session, ctx: CliContext, args: argparse.Namespace) -> Rows:
        return [header] + [row(r) for r in listed(session, ctx.actor, include_retired=not args.in_use)]

    return rows


# Sites


def _site_options(parser: argparse.ArgumentParser, *, adding: bool) -> None:
    parser.add_argument("--name", required=adding, help="the site's name")
    parser.add_argument("--kind", required=adding, choices=[k.value for k in SiteKind])
    parser.add_argument("--region")
    parser.add_argument("--county")
    parser.add_argument("--zip", dest="zip_code", metavar="ZIP")
    parser.add_argument("--partner", metavar="NAME", help="the partner organisation it belongs to ('' for none)")


def site_add(args: argparse.Namespace) -> int:
    def add(session: Session, ctx: CliContext) -> str:
        values = _given(args, ("name", "kind", "region", "county", "zip_code"))
        site = sites.add_site(
            session, ctx.actor, code=args.code, partner_id=_partner_id(session, args.partner), **values
        ).record
        return f"added site {site.code}: {site.name}"

    return _write(args, add)


def site_edit(args: argparse.Namespace) -> int:
    def edit(session: Session, ctx: CliContext) -> str:
        changes = _given(args, ("name", "kind", "region", "county", "zip_code"))
        if args.partner is not None:
            changes["partner_id"] = _partner_id(session, args.partner)
        site = sites.edit_site(session, ctx.actor, sites.site_id_for_code(session, args.code), **changes).record
        return f"saved site {site.code}"

    return _write(args, edit)


def _site_actions(site: SubParsers) -> None:
    add = site.add_parser("add", help="add a site")
    add.add_argument("code", help="a short code staff use for it, e.g. VAN1")
    _site_options(add, adding=True)
    add.set_defaults(handler=site_add)
    edit = site.add_parser("edit", help="change a site (its code stays)")
    edit.add_argument("code")
    _site_options(edit, adding=False)
    edit.set_defaults(handler=site_edit)


# Partners


def partner_add(args: argparse.Namespace) -> int:
    def add(session: Session, ctx: CliContext) -> str:
        partner = partners.add_partner(
            session, ctx.actor, name=args.name, category=args.category, region=args.region
        ).record
        return f"added partner {partner.name}"

    return _write(args, add)


def partner_edit(args: argparse.Namespace) -> int:
    def edit(session: Session, ctx: CliContext) -> str:
        changes = _given(args, ("category", "region"))
        if args.new_name is not None:
            changes["name"] = args.new_name
        partner_id = partners.partner_id_named(session, args.name)
        partner = partners.edit_partner(session, ctx.actor, partner_id, **changes).record
        return f"saved partner {partner.name}"

    return _write(args, edit)


def _partner_actions(partner: SubParsers) -> None:
    add = partner.add_parser("add", help="add a partner organisation")
    add.add_argument("name")
    add.add_argument("--category", required=True, choices=[c.value for c in PartnerCategory])
    add.add_argument("--region")
    add.set_defaults(handler=partner_add)
    edit = partner.add_parser("edit", help="change a partner organisation")
    edit.add_argument("name")
    edit.add_argument("--name", dest="new_name", metavar="NEW_NAME", help="its new name")
    edit.add_argument("--category", choices=[c.value for c in PartnerCategory])
    edit.add_argument("--region")
    edit.set_defaults(handler=partner_edit)


# Providers


def provider_add(args: argparse.Namespace) -> int:
    def add(session: Session, ctx: CliContext) -> str:
        provider = providers.add_provider(session, ctx.actor, name=args.name, kind=args.kind, region=args.region).record
        return f"added provider {provider.name}"

    return _write(args, add)


def provider_edit(args: argparse.Namespace) -> int:
    def edit(session: Session, ctx: CliContext) -> str:
        changes = _given(args, ("kind", "region"))
        if args.new_name is not None:
            changes["name"] = args.new_name
        provider_id = providers.provider_id_named(session, args.name)
        provider = providers.edit_provider(session, ctx.actor, provider_id, **changes).record
        return f"saved provider {provider.name}"

    return _write(args, edit)


def _provider_actions(provider: SubParsers) -> None:
    kinds = [k.value for k in ReferralKind]
    add = provider.add_parser("add", help="add a provider people are referred to")
    add.add_argument("name")
    add.add_argument("--kind", choices=kinds, help="the service it mainly offers")
    add.add_argument("--region")
    add.set_defaults(handler=provider_add)
    edit = provider.add_parser("edit", help="change a provider")
    edit.add_argument("name")
    edit.add_argument("--name", dest="new_name", metavar="NEW_NAME", help="its new name")
    edit.add_argument("--kind", choices=kinds)
    edit.add_argument("--region")
    edit.set_defaults(handler=provider_edit)


# Products


def product_add(args: argparse.Namespace) -> int:
    def add(session: Session, ctx: CliContext) -> str:
        if args.common:
            added = products.add_common_products(session, ctx.actor, args.common).record
            return "added " + ", ".join(f"{p.code} ({p.name})" for p in added)
        values = _given(args, ("strength", "doses_per_kit"))
        product = products.add_product(
            session, ctx.actor, code=args.code, name=args.name, formulation=args.formulation, **values
        ).record
        return f"added product {product.code}: {product.name}, {product.doses_per_kit} dose(s) per kit"

    return _write(args, add)


def product_edit(args: argparse.Namespace) -> int:
    def edit(session: Session, ctx: CliContext) -> str:
        changes = _given(args, ("name", "strength", "doses_per_kit"))
        product_id = products.product_id_for_code(session, args.code)
        product = products.edit_product(session, ctx.actor, product_id, **changes).record
        return f"saved product {product.code}"

    return _write(args, edit)


_product_rows = _rows(
    products.list_products,
    ("CODE", "NAME", "FORMULATION", "STRENGTH", "DOSES/KIT", "STATE"),
    lambda p: (p.code, p.name, p.formulation.value, p.strength, p.doses_per_kit, _state(p.active)),
)


def _product_listing(session: Session, ctx: CliContext, args: argparse.Namespace) -> Rows:
    """The program's products, or with ``--common`` the common ones, ticked where offered."""
    if not args.common:
        return _product_rows(session, ctx, args)
    common = products.common_products(session, ctx.actor)
    return [("", "FORMULATION", "CODE", "NAME")] + [
        ("[x]" if c.offered else "[ ]", c.product.formulation.value, c.product.code, c.product.name) for c in common
    ]


def _product_actions(product: SubParsers) -> None:
    add = product.add_parser("add", help="add a product, or tick common ones with --common")
    add.add_argument("code", nargs="?", help="a short code, e.g. NAS4")
    add.add_argument("--common", nargs="+", metavar="FORMULATION", choices=[f.value for f in Formulation])
    add.add_argument("--name")
    add.add_argument("--formulation", choices=[f.value for f in Formulation])
    add.add_argument("--strength", help='as the box says, e.g. "4 mg"')
    add.add_argument("--doses", dest="doses_per_kit", type=int, help="doses in one kit (default: by formulation)")
    add.set_defaults(handler=product_add)
    edit = product.add_parser("edit", help="change a product's name, strength or doses per kit")
    edit.add_argument("code")
    edit.add_argument("--name")
    edit.add_argument("--strength")
    edit.add_argument("--doses", dest="doses_per_kit", type=int)
    edit.set_defaults(handler=product_edit)


def _product_list_options(listing: argparse.ArgumentParser) -> None:
    listing.add_argument("--common", action="store_true", help="the common products, ticked where offered")


# Curriculum topics


def topic_add(args: argparse.Namespace) -> int:
    def add(session: Session, ctx: CliContext) -> str:
        topic = topics.add_topic(session, ctx.actor, label=args.label, code=args.code).record
        return f"added topic {topic.code}: {topic.label}"

    return _write(args, add)


def topic_edit(args: argparse.Namespace) -> int:
    def edit(session: Session, ctx: CliContext) -> str:
        topic_id = topics.topic_id_for_code(session, args.code)
        topic = topics.rename_topic(session, ctx.actor, topic_id, args.label).record
        return f"topic {topic.code} is now: {topic.label}"

    return _write(args, edit)


def topic_reorder(args: argparse.Namespace) -> int:
    def reorder(session: Session, ctx: CliContext) -> str:
        ordered = topics.reorder_topics(session, ctx.actor, args.codes).record
        return "order: " + ", ".join(t.code for t in ordered)

    return _write(args, reorder)


def _topic_actions(topic: SubParsers) -> None:
    add = topic.add_parser("add", help="add a topic at the end of the list")
    add.add_argument("label")
    add.add_argument("--code", help="its code (default: made from the label)")
    add.set_defaults(handler=topic_add)
    edit = topic.add_parser("edit", help="rename a topic (its code stays)")
    edit.add_argument("code")
    edit.add_argument("--label", required=True)
    edit.set_defaults(handler=topic_edit)
    reorder = topic.add_parser("reorder", help="put these topics first, in this order")
    reorder.add_argument("codes", nargs="+", metavar="CODE")
    reorder.set_defaults(handler=topic_reorder)


# Each kind of set-up record: its own add and edit, and the list, retire and reinstate all kinds share.


@dataclass(frozen=True)
class Kind:
    """One kind of set-up record on the command line: how a record is named, found, listed and retired."""

    noun: str
    plural: str
    about: str
    key: str  # the argument naming a record, and the record's field it is: "code", or a partner's "name"
    find: Callable[[Session, str], uuid.UUID]
    retire: Callable[[Session, Actor, uuid.UUID], Changed[Any]]
    reinstate: Callable[[Session, Actor, uuid.UUID], Changed[Any]]
    listing: Listing
    actions: Callable[[SubParsers], None]
    list_options: Callable[[argparse.ArgumentParser], None] | None = None


KINDS = (
    Kind(
        "site",
        "sites",
        "the program's sites (coordinators)",
        "code",
        sites.site_id_for_code,
        sites.retire_site,
        sites.reinstate_site,
        _rows(
            sites.list_sites,
            ("CODE", "NAME", "KIND", "REGION", "COUNTY", "PARTNER", "STATE"),
            lambda s: (s.code, s.name, s.kind.value, s.region, s.county, s.partner, _state(s.active)),
        ),
        _site_actions,
    ),
    Kind(
        "partner",
        "partner organisations",
        "partner organisations the sites belong to (coordinators)",
        "name",
        partners.partner_id_named,
        partners.retire_partner,
        partners.reinstate_partner,
        _rows(
            partners.list_partners,
            ("NAME", "CATEGORY", "REGION", "SITES", "STATE"),
            lambda p: (p.name, p.category.value, p.region, p.sites, _state(p.active)),
        ),
        _partner_actions,
    ),
    Kind(
        "provider",
        "providers",
        "the treatment and recovery services people are referred to (coordinators)",
        "name",
        providers.provider_id_named,
        providers.retire_provider,
        providers.reinstate_provider,
        _rows(
            providers.list_providers,
            ("NAME", "KIND", "REGION", "REFERRALS", "STATE"),
            lambda p: (p.name, p.kind.value if p.kind else "", p.region, p.referrals, _state(p.active)),
        ),
        _provider_actions,
    ),
    Kind(
        "product",
        "products",
        "the naloxone products handed out (coordinators)",
        "code",
        products.product_id_for_code,
        products.retire_product,
        products.reinstate_product,
        _product_listing,
        _product_actions,
        _product_list_options,
    ),
    Kind(
        "topic",
        "topics",
        "the curriculum topics sessions cover (coordinators)",
        "code",
        topics.topic_id_for_code,
        topics.retire_topic,
        topics.reinstate_topic,
        _rows(
            topics.list_topics,
            ("#", "CODE", "LABEL", "STATE"),
            lambda t: (t.position, t.code, t.label, _state(t.active)),
        ),
        _topic_actions,
    ),
)


def _lister(kind: Kind) -> Handler:
    def run(args: argparse.Namespace) -> int:
        return _read(args, lambda session, ctx: kind.listing(session, ctx, args))

    return run


def _setting_active(kind: Kind, active: bool) -> Handler:
    def run(args: argparse.Namespace) -> int:
        def change(session: Session, ctx: CliContext) -> str:
            action = kind.reinstate if active else kind.retire
            record = action(session, ctx.actor, kind.find(session, getattr(args, kind.key))).record
            return f"{kind.noun} {getattr(record, kind.key)} is {_state(record.active)}"

        return _write(args, change)

    return run


# Settings and sessions

DEFAULT_SITE = "default_site"


def settings_show(args: argparse.Namespace) -> int:
    def rows(session: Session, ctx: CliContext) -> Sequence[Sequence[object]]:
        shown: list[Sequence[object]] = [("SETTING", "VALUE", "")]
        shown += [(r.key, r.value, r.about) for r in program_settings.show_settings(session, ctx.actor)]
        shown += [
            (f"{DEFAULT_SITE} of {r.username}", r.site_code, "")
            for r in program_settings.default_sites(session, ctx.actor)
        ]
        shown += [
            ("code_scheme choice", s.name, f"{s.description}: {s.example}") for s in program_settings.scheme_choices()
        ]
        return shown

    return _read(args, rows)


def settings_set(args: argparse.Namespace) -> int:
    def change(session: Session, ctx: CliContext) -> str:
        if args.key != DEFAULT_SITE:
            program_settings.change_settings(session, ctx.actor, {args.key: args.value})
            return f"{args.key} = {args.value}"
        user = users.user_by_name(session, args.user) if args.user else None
        if args.user and user is None:
            raise NotFoundError("no user is called {username}", values={"username": args.user})
        user_id = user.id if user else ctx.actor.user_id
        site_id = sites.site_id_for_code(session, args.value) if args.value.lower() != "none" else None
        changed = program_settings.set_default_site(session, ctx.actor, user_id, site_id).record
        return f"{DEFAULT_SITE} of {changed.username} = {args.value}"

    return _write(args, change)


def sessions_list(args: argparse.Namespace) -> int:
    def rows(session: Session, ctx: CliContext) -> Sequence[Sequence[object]]:
        site_id = sites.site_id_for_code(session, args.site) if args.site else None
        found = trainings.list_sessions(session, ctx.actor, site_id=site_id, limit=args.limit)
        return [("ID", "DATE", "SITE", "FORMAT", "ATTENDED")] + [
            (s.id, s.session_date.isoformat(), s.site_code, s.format, s.attendees) for s in found
        ]

    return _read(args, rows)


def _group(commands: SubParsers, name: str, help: str) -> SubParsers:
    return commands.add_parser(name, help=help).add_subparsers(dest=f"{name}_command", metavar="ACTION", required=True)


def _kind(commands: SubParsers, kind: Kind) -> None:
    sub = _group(commands, kind.noun, kind.about)
    kind.actions(sub)
    listing = sub.add_parser("list", help=f"list {kind.plural}, retired ones too")
    listing.add_argument("--in-use", action="store_true", help="leave out retired ones")
    if kind.list_options is not None:
        kind.list_options(listing)
    listing.set_defaults(handler=_lister(kind))
    for name, active, text in (("retire", False, "stop offering"), ("reinstate", True, "offer again")):
        action = sub.add_parser(name, help=f"{text} a {kind.noun} (records that name it keep it)")
        action.add_argument(kind.key)
        action.set_defaults(handler=_setting_active(kind, active))


def register(commands: SubParsers) -> None:
    for kind in KINDS:
        _kind(commands, kind)

    settings = _group(commands, "settings", "the program's settings (coordinators)")
    settings.add_parser("show", help="show the settings").set_defaults(handler=settings_show)
    change = settings.add_parser("set", help="change a setting")
    change.add_argument("key", choices=[*program_settings.STORED_AS, DEFAULT_SITE])
    change.add_argument("value", help="the new value (default_site: a site code, or none)")
    change.add_argument("--user", metavar="USERNAME", help="whose default site (default: yours)")
    change.set_defaults(handler=settings_set)

    sessions = _group(commands, "sessions", "training sessions")
    listing = sessions.add_parser("list", help="the latest sessions with their ids (for oend certificates)")
    listing.add_argument("--site", metavar="CODE")
    listing.add_argument("--limit", type=int, default=50)
    listing.set_defaults(handler=sessions_list)
