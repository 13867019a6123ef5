"""`pos-app setup` and `pos-app user add|list|deactivate`: the shop's first run and its staff
accounts without a window, for scripted installs.

A password or PIN typed on the command line is visible to other users of the machine (`ps`,
shell history). Give `-` instead (`--owner-password -`, `--password -`, `--pin -`) and the
command reads it as the first line of standard input:

    printf '%s\\n' "$OWNER_PASSWORD" | pos-app setup --shop-name "Corner Shop" --currency EUR \\
        --owner Alice --owner-password -
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, TextIO

from pos_app.db.engine import sqlite_file

if TYPE_CHECKING:
    from pos_app.controllers.app import AppControllers

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
FROM_STDIN = "-"


def add_staff_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The `setup` and `user` subcommands, added to pos_app.cli's parser."""
    setup = commands.add_parser(
        "setup",
        help="first run: shop name, currency, tax rates and the owner's account",
        description="Refused once the shop has an owner. Give '-' as the password to read it from stdin.",
    )
    setup.add_argument("--shop-name", required=True, metavar="NAME")
    setup.add_argument("--currency", required=True, metavar="CODE", help="ISO 4217 code, like EUR or USD")
    setup.add_argument("--owner", required=True, metavar="NAME", help="the owner's login name")
    setup.add_argument(
        "--owner-password", required=True, metavar="PW", help="at least 8 characters; '-' reads stdin"
    )
    setup.add_argument("--address", metavar="TEXT", help="printed on receipts")
    setup.add_argument(
        "--tax-rate",
        action="append",
        default=[],
        metavar="NAME=PERCENT",
        help="a named tax rate, like Standard=20 (repeat for more)",
    )
    user = commands.add_parser("user", help="add, list or deactivate staff accounts")
    actions = user.add_subparsers(dest="user_action", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add",
        help="add a cashier (with a PIN) or a manager or owner (with a password)",
        description="Give '-' as the PIN or password to read it from stdin.",
    )
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=("cashier", "manager", "owner"))
    secret = add.add_mutually_exclusive_group(required=True)
    secret.add_argument("--pin", metavar="PIN", help="cashiers: 4 to 6 digits; '-' reads stdin")
    secret.add_argument(
        "--password", metavar="PW", help="managers and owners: 8+ characters; '-' reads stdin"
    )
    actions.add_parser("list", help="every account, its role and whether it is active")
    deactivate = actions.add_parser("deactivate", help="stop an account from logging in (it is kept)")
    deactivate.add_argument("name")


def read_secret(value: str | None, stdin: TextIO) -> str | None:
    """`value`, or the first line of stdin (without its line ending) when it is '-'."""
    if value != FROM_STDIN:
        return value
    return stdin.readline().rstrip("\r\n")


def parse_tax_rates(texts: list[str]) -> list[tuple[str, str]] | str:
    """NAME=PERCENT pairs, or what is wrong with one of them."""
    rates = []
    for text in texts:
        name, equals, percent = text.partition("=")
        if not equals or not name.strip() or not percent.strip():
            return f"--tax-rate {text!r} is not NAME=PERCENT, like Standard=20"
        rates.append((name.strip(), percent.strip()))
    return rates


def staff_command_problem(url: str, args: argparse.Namespace) -> tuple[int, str] | None:
    """Why the command cannot start, checked before the database is opened (exit code, message)."""
    if args.command == "setup":
        rates = parse_tax_rates(args.tax_rate)
        if isinstance(rates, str):
            return EXIT_USAGE, rates
        args.tax_rates = rates
        from pos_app.domain.currency import check_currency

        try:
            check_currency(args.currency)
        except ValueError as error:
            # Before the database is opened: a typo creates no shop file.
            return EXIT_USAGE, f"--currency: {error}"
        return None
    path = sqlite_file(url)
    if path is not None and not path.is_file():
        # Staff commands never create a shop: a mistyped --db must not leave an empty file.
        return EXIT_FAILED, f"there is no database at {path}: run `pos-app setup` first"
    return None


def run_staff_command(url: str, args: argparse.Namespace, stdin: TextIO | None = None) -> int:
    """Run `setup` or `user ...` on a migrated database; messages go to stdout, refusals to stderr."""
    from pos_app.controllers.app import AppControllers
    from pos_app.controllers.errors import UserError

    stdin = sys.stdin if stdin is None else stdin
    app = AppControllers(url)
    try:
        if args.command == "setup":
            message = _setup(app, args, stdin)
        elif args.user_action == "add":
            message = _add_user(app, args, stdin)
        elif args.user_action == "deactivate":
            member = app.users.deactivate(app.users.find(args.name).id)
            message = f"{member.name} is deactivated: they can no longer log in; their sales keep their name."
        else:
            message = _user_table(app)
    except UserError as error:
        print(f"pos-app: {error.message}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        app.close()
    print(message)
    return EXIT_OK


def _setup(app: AppControllers, args: argparse.Namespace, stdin: TextIO) -> str:
    from pos_app.controllers.shop_setup import ShopSetup, set_up_shop

    password = read_secret(args.owner_password, stdin) or ""
    setup = ShopSetup(
        shop_name=args.shop_name,
        currency=args.currency,
        owner=args.owner,
        owner_password=password,
        address=args.address,
        tax_rates=args.tax_rates,
    )
    return set_up_shop(app.uow, app.shop_settings, app.users, setup).summary()


def _add_user(app: AppControllers, args: argparse.Namespace, stdin: TextIO) -> str:
    member = app.users.add_user(
        args.name, args.role, pin=read_secret(args.pin, stdin), password=read_secret(args.password, stdin)
    )
    how = "their PIN" if args.pin is not None else "their password"
    return f"Added {member.role.value} {member.name}: they log in with {how}."


def _user_table(app: AppControllers) -> str:
    from pos_app.controllers.users import local_time
    from pos_app.db.models import utc_now

    members = app.users.users()
    if not members:
        return "No staff accounts yet: run `pos-app setup`, then `pos-app user add`."
    now = utc_now()
    rows = [("NAME", "ROLE", "STATUS", "LAST LOGIN (UTC)")]
    for member in members:
        status = "active" if member.active else "deactivated"
        if member.active and member.locked_until is not None and member.locked_until > now:
            status = f"locked until {local_time(member.locked_until)}"
        last = "never" if member.last_login_at is None else member.last_login_at.strftime("%Y-%m-%d %H:%M")
        rows.append((member.name, member.role.value, status, last))
    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row[:3], widths, strict=True)) + "  " + row[3]
        for row in rows
    )
