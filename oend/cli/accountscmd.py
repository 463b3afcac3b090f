"""``oend setup`` and ``oend user add/list/disable/reset-password``."""

from __future__ import annotations

import argparse
import secrets

from oend.cli.keychange import print_recovery_key, report_key_change, show_percent
from oend.cli.session import ask_new_password, open_for_cli
from oend.config import database_target
from oend.errors import OendError
from oend.model.codes import Role
from oend.services import accounts, rekey, users

NEW_PASSWORD_VARIABLE = "OEND_NEW_PASSWORD"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    setup = commands.add_parser("setup", help="set up a new program and its administrator (encrypts a database file)")
    setup.add_argument("--program", required=True, help="the program's name")
    setup.add_argument("--admin", required=True, metavar="USERNAME", help="the administrator's username")
    setup.add_argument("--name", required=True, help="the administrator's full name")
    setup.set_defaults(handler=setup_program)

    user = commands.add_parser("user", help="manage who can sign in (administrators)")
    sub = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = sub.add_parser("add", help=f"add a user (password from ${NEW_PASSWORD_VARIABLE} or asked twice)")
    add.add_argument("username")
    add.add_argument("--name", required=True, help="full name")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--site", action="append", default=[], metavar="CODE", help="a site they work at (repeatable)")
    add.add_argument("--generate-password", action="store_true", help="make up a password and print it once")
    add.set_defaults(handler=add_user)
    listing = sub.add_parser("list", help="list users")
    listing.set_defaults(handler=list_users)
    disable = sub.add_parser("disable", help="stop a user signing in")
    disable.add_argument("username")
    disable.set_defaults(handler=disable_user)
    reset = sub.add_parser("reset-password", help="give a user a new password (also re-enables them)")
    reset.add_argument("username")
    reset.add_argument("--generate-password", action="store_true", help="make up a password and print it once")
    reset.set_defaults(handler=reset_password)


def _new_password(args: argparse.Namespace) -> str:
    if args.generate_password:
        return secrets.token_urlsafe(12)
    return ask_new_password(NEW_PASSWORD_VARIABLE)


def setup_program(args: argparse.Namespace) -> int:
    target = database_target(args.database)
    if accounts.is_set_up(target):
        raise OendError(f"{target} is already set up")
    password = ask_new_password(NEW_PASSWORD_VARIABLE)
    result = accounts.setup_program(target, args.program, args.admin, args.name, password)
    print(f"set up {args.program} in {result.target}; administrator: {result.username}")
    if result.converted_rows is not None:
        print(f"the existing database was encrypted in place ({sum(result.converted_rows.values())} rows checked)")
    for copy in result.removed_plain_copies:
        print(f"removed its unencrypted copy {copy}")
    if result.recovery_key:
        print_recovery_key(result.recovery_key)
    return 0


def add_user(args: argparse.Namespace) -> int:
    password = _new_password(args)
    with open_for_cli(args) as ctx, ctx.db.transaction() as session:
        keyring = ctx.signed_in.keyring if ctx.signed_in else None
        user = users.add_user(
            session,
            ctx.actor,
            keyring,
            username=args.username,
            display_name=args.name,
            role=args.role,
            password=password,
            site_codes=args.site,
        ).record
        print(f"added {user.username} ({user.role.value})")
    if args.generate_password:
        print(f"password for {args.username}: {password}")
    return 0


def list_users(args: argparse.Namespace) -> int:
    with open_for_cli(args) as ctx, ctx.db.session() as session:
        keyring = ctx.signed_in.keyring if ctx.signed_in else None
        rows = users.list_users(session, ctx.actor, keyring)
    for row in rows:
        state = "active" if row.active else "disabled"
        sites = ",".join(row.site_codes) or "-"
        print(f"{row.username:<20} {row.role.value:<16} {state:<9} {sites:<20} {row.display_name}")
    return 0


def disable_user(args: argparse.Namespace) -> int:
    with open_for_cli(args) as ctx:
        signed = ctx.signed_in
        keyring, lock = (signed.keyring, signed.instance_lock) if signed else (None, None)
        progress = show_percent("re-encrypting with a new key")
        done = rekey.disable_user(ctx.db, ctx.actor, keyring, args.username, instance_lock=lock, progress=progress)
        if signed is not None and done.key_change is not None:
            signed.keyring = done.key_change.keyring
    print(f"disabled {args.username}")
    if done.key_change is not None:
        report_key_change(done.key_change)
    return 0


def reset_password(args: argparse.Namespace) -> int:
    password = _new_password(args)
    with open_for_cli(args) as ctx, ctx.db.transaction() as session:
        keyring = ctx.signed_in.keyring if ctx.signed_in else None
        users.reset_password(session, ctx.actor, keyring, args.username, password)
    print(f"new password set for {args.username}")
    if args.generate_password:
        print(f"password for {args.username}: {password}")
    return 0
