"""Every protected controller method refuses a cashier without approval, changes nothing and
writes no audit event; with a manager's (or for owner-only actions, the owner's) approval it
acts and the audit event names the cashier as actor and the approver. A manager acts alone.

Each case below calls the controller method itself, as the screens do: the check is in the
controller, not in a hidden button.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from permission_shop import (  # type: ignore[import-not-found]
    CASHIER_PIN,
    MANAGER,
    OWNER,
    TEA,
    Shop,
    audit_events,
    rows,
    snapshot,
)

from pos_app.controllers.app import AppControllers
from pos_app.controllers.settings import ShopSettings
from pos_app.controllers.staff import PermissionDeniedError
from pos_app.domain.permissions import Permission
from pos_app.domain.refund_payouts import RefundDestination
from pos_app.domain.validation import validate_item
from pos_app.services.csv_export import ExportKind

DRAWER_KICK = b"\x1bp"  # ESC p: the pulse that opens the cash drawer


def open_line(app: AppControllers) -> int:
    """Ring up one tea (the cashier may); the line's id."""
    app.sale.scan(TEA)
    return app.sale.cart().lines[-1].line_id


def ring_up(shop: Shop) -> None:
    open_line(shop.app)


def nothing_first(shop: Shop) -> None:
    """Most actions need nothing done by the cashier first."""


def edited_tea(price: str) -> Any:
    return validate_item(sku="TEA", barcode=TEA, name="Green tea", price=price, stock="50", tax_rate="0")


def new_rate_id(shop: Shop) -> int:
    return rows(shop.db_path, "SELECT id FROM tax_rates WHERE name = 'Zero'")[0][0]


@dataclass(frozen=True)
class Case:
    permission: Permission
    act: Callable[[Shop], Any]
    event: str | None  # the audit event the action writes, if any
    prepare: Callable[[Shop], None] = nothing_first  # done by the cashier before asking


def _drawer(shop: Shop) -> None:
    shop.app.receipts.open_drawer_no_sale("change for the bank")


def _new_price(shop: Shop) -> None:
    shop.app.catalog.update_item(shop.tea, edited_tea("4.50"))


def _count_stock(shop: Shop) -> int:
    return shop.app.stock_levels.adjust(shop.tea, "40", "count")


def _export(shop: Shop) -> Any:
    permit = shop.app.exports.permit()
    return shop.app.exports.export(permit, ExportKind.ITEMS, shop.db_path.parent / "items.csv")


CASES: dict[str, Case] = {
    "void": Case(Permission.VOID, lambda s: s.app.sale.cancel_sale("customer left"), "void", ring_up),
    "line discount over the limit": Case(
        Permission.DISCOUNT_OVER_LIMIT,
        lambda s: s.app.sale.discount_line(s.app.sale.cart().lines[-1].line_id, "50%", "staff"),
        "discount",
        ring_up,
    ),
    "sale discount over the limit": Case(
        Permission.DISCOUNT_OVER_LIMIT,
        lambda s: s.app.sale.discount_sale("1.00", "loyal customer"),  # 1.00 off 4.00: 25 %
        "discount",
        ring_up,
    ),
    "price override": Case(
        Permission.PRICE_OVERRIDE,
        lambda s: s.app.sale.override_price(s.app.sale.cart().lines[-1].line_id, "3.00", "dented tin"),
        "price_override",
        ring_up,
    ),
    "refund": Case(
        Permission.REFUND,
        lambda s: s.app.returns.refund(s.paid_order, {s.paid_line: 1}, "stale", RefundDestination.CASH),
        "refund",
    ),
    "no-sale drawer": Case(
        Permission.NO_SALE_DRAWER,
        lambda s: s.app.receipts.open_drawer_no_sale("change for the bank"),
        "drawer_open",
    ),
    "add an item": Case(
        Permission.CATALOG_EDIT,
        lambda s: s.app.catalog.add_item(
            validate_item(sku="MUG", barcode="", name="Mug", price="6.00", stock="3", tax_rate="0")
        ),
        None,
    ),
    "change a price": Case(
        Permission.CATALOG_EDIT,
        lambda s: s.app.catalog.update_item(s.tea, edited_tea("4.50")),
        "price_change",
    ),
    "deactivate an item": Case(
        Permission.CATALOG_EDIT, lambda s: s.app.catalog.set_active(s.tea, False), "deletion"
    ),
    "add a tax rate": Case(Permission.CATALOG_EDIT, lambda s: s.app.tax_rates.add_rate("Reduced", "5"), None),
    "change a tax rate": Case(
        Permission.CATALOG_EDIT, lambda s: s.app.tax_rates.update_rate(new_rate_id(s), "None", "0"), None
    ),
    "delete a tax rate": Case(
        Permission.CATALOG_EDIT,
        lambda s: s.app.tax_rates.delete_rate(
            rows(s.db_path, "SELECT id FROM tax_rates WHERE name = 'Spare'")[0][0]
        ),
        None,
    ),
    "correct stock": Case(
        Permission.CATALOG_EDIT, lambda s: s.app.stock_levels.adjust(s.tea, "40", "count"), None
    ),
    "set a reorder point": Case(
        Permission.CATALOG_EDIT, lambda s: s.app.stock_levels.set_reorder_point(s.tea, "12"), None
    ),
    "receive a delivery": Case(
        Permission.CATALOG_EDIT,
        lambda s: s.app.deliveries.receive_delivery("Tea Co", "DN-1", [(TEA, 24)]),
        None,
    ),
    "import items": Case(
        Permission.CATALOG_EDIT,
        lambda s: s.app.imports.apply(s.app.imports.plan("items", s.db_path.parent / "items-in.csv")),
        None,
    ),
    "reports": Case(Permission.REPORTS, lambda s: s.app.reports.sales_by_day(), None),
    "export": Case(Permission.EXPORTS, _export, "export"),
    "settings": Case(
        Permission.SETTINGS,
        lambda s: s.app.shop_settings.save(ShopSettings(shop_name="Tea Corner")),
        "settings_change",
    ),
}


@pytest.fixture
def case_shop(shop: Shop, request: pytest.FixtureRequest) -> Shop:
    name = request.node.callspec.params["name"]
    if name == "delete a tax rate":
        shop.app.staff.login_password(*MANAGER)
        shop.app.tax_rates.add_rate("Spare", "3")
        shop.app.staff.logout()
    if name == "import items":
        (shop.db_path.parent / "items-in.csv").write_text(
            "sku,barcode,name,price,stock,tax_rate\nMUG,,Mug,6.00,3,0\n", encoding="utf-8"
        )
    return shop


def approver_for(permission: Permission) -> tuple[str, str]:
    return OWNER if permission in (Permission.SETTINGS, Permission.PURGE) else MANAGER


@pytest.mark.parametrize("name", CASES)
def test_a_cashier_is_refused_and_nothing_changes(case_shop: Shop, name: str) -> None:
    case, app = CASES[name], case_shop.app
    app.staff.login_pin(CASHIER_PIN)
    case.prepare(case_shop)
    before, events = snapshot(case_shop.db_path), audit_events(case_shop.db_path)
    drawer = case_shop.drawer_device.read_bytes()
    with pytest.raises(PermissionDeniedError, match=r"needs a manager|needs the owner") as refused:
        case.act(case_shop)
    assert refused.value.permission is case.permission
    assert snapshot(case_shop.db_path) == before
    assert audit_events(case_shop.db_path) == events
    assert case_shop.drawer_device.read_bytes() == drawer
    assert not (case_shop.db_path.parent / "items.csv").exists()


@pytest.mark.parametrize("name", CASES)
def test_with_approval_the_cashier_acts_and_the_approver_is_recorded(case_shop: Shop, name: str) -> None:
    case, app = CASES[name], case_shop.app
    ann = app.staff.login_pin(CASHIER_PIN)
    case.prepare(case_shop)
    before = snapshot(case_shop.db_path)
    last_event = audit_events(case_shop.db_path)[-1][0]
    approver = approver_for(case.permission)
    with app.staff.using(app.staff.approve(*approver, case.permission)):
        result = case.act(case_shop)
    if case.permission is Permission.REPORTS:
        assert result  # the demo sale of the fixture is in it
    elif case.permission is Permission.EXPORTS:
        assert (case_shop.db_path.parent / "items.csv").exists()
    elif case.permission is Permission.NO_SALE_DRAWER:
        assert case_shop.drawer_device.read_bytes().startswith(DRAWER_KICK)
    else:
        assert snapshot(case_shop.db_path) != before
    new = [event for event in audit_events(case_shop.db_path) if event[0] > last_event]
    if case.event is not None:
        assert [(e[1], e[2], e[3], e[4]) for e in new if e[1] == case.event] == [
            (case.event, "Ann", ann.id, approver[0])
        ]
    # The approval was for one action: the same action again is refused.
    if case.permission not in (Permission.REPORTS, Permission.EXPORTS, Permission.NO_SALE_DRAWER):
        return
    with pytest.raises(PermissionDeniedError):
        case.act(case_shop)


@pytest.mark.parametrize("name", CASES)
def test_a_manager_needs_no_approval_but_for_the_owners_actions(case_shop: Shop, name: str) -> None:
    case, app = CASES[name], case_shop.app
    app.staff.login_password(*MANAGER)
    case.prepare(case_shop)
    if case.permission is Permission.SETTINGS:
        with pytest.raises(PermissionDeniedError, match="needs the owner"):
            case.act(case_shop)
        return
    case.act(case_shop)


@pytest.mark.parametrize("name", CASES)
def test_with_nobody_logged_in_everything_is_refused(case_shop: Shop, name: str) -> None:
    case = CASES[name]
    if case.prepare is not nothing_first:
        case_shop.app.staff.login_pin(CASHIER_PIN)
        case.prepare(case_shop)
        case_shop.app.staff.logout()
    before = snapshot(case_shop.db_path)
    with pytest.raises(PermissionDeniedError, match="log in first"):
        case.act(case_shop)
    assert snapshot(case_shop.db_path) == before


def test_a_discount_within_the_cashiers_limit_needs_no_approval(shop: Shop) -> None:
    app = shop.app
    app.staff.login_pin(CASHIER_PIN)
    line = open_line(app)
    app.sale.discount_line(line, "10%", "bent box")  # the default limit is 10 %
    assert app.sale.cart().total == Decimal("3.60")
    app.sale.discount_sale("0.36", "round it")  # 10 % of the 3.60 left
    assert app.sale.cart().total == Decimal("3.24")
    with pytest.raises(PermissionDeniedError, match="above the cashier's limit"):
        app.sale.discount_sale("0.37", "round it")


def test_the_limit_is_the_shops_setting(shop: Shop) -> None:
    app = shop.app
    app.staff.login_pin(CASHIER_PIN)
    with app.staff.using(app.staff.approve(*OWNER, Permission.SETTINGS)):
        app.shop_settings.save(ShopSettings(cashier_discount_limit=Decimal("30")))
    line = open_line(app)
    app.sale.discount_line(line, "30%", "end of line")
    with pytest.raises(PermissionDeniedError):
        app.sale.discount_line(line, "31%", "end of line")


def test_purge_is_the_owners_alone(shop: Shop) -> None:
    app = shop.app
    preview = app.purge.preview("2000-01-01")
    for login in (lambda: app.staff.login_pin(CASHIER_PIN), lambda: app.staff.login_password(*MANAGER)):
        login()
        with pytest.raises(PermissionDeniedError, match="needs the owner"):
            app.purge.purge(preview, backup_dir=shop.db_path.parent / "backups")
        # A manager cannot approve it either.
        with pytest.raises(PermissionDeniedError, match="cannot approve"):
            app.staff.approve(*MANAGER, Permission.PURGE)
        app.staff.logout()
    assert not (shop.db_path.parent / "backups").exists()


def test_the_audit_trail_names_who_logged_in_and_out_and_failed(shop: Shop) -> None:
    app = shop.app
    first = audit_events(shop.db_path)[-1][0]
    with pytest.raises(PermissionDeniedError.__mro__[1]):  # a UserError: a wrong PIN
        app.staff.login_pin("0000")
    ann = app.staff.login_pin(CASHIER_PIN)
    app.staff.logout()
    new = [e[1:] for e in audit_events(shop.db_path) if e[0] > first]
    assert new == [
        ("login_failed", "(unknown PIN)", None, None),
        ("login", "Ann", ann.id, None),
        ("logout", "Ann", ann.id, None),
    ]
    details = rows(shop.db_path, "SELECT details FROM audit_events WHERE event = 'login_failed'")
    assert all("0000" not in text for (text,) in details)


def test_a_shop_without_accounts_is_not_checked(
    controllers: AppControllers, make_item: Any, tmp_path: Path
) -> None:
    make_item("Tea", "4.00", barcode=TEA)
    controllers.sale.scan(TEA)
    controllers.sale.cancel_sale("no accounts: anyone may")
    assert controllers.staff.current is None


def test_only_a_manager_may_create_the_owner_of_a_shop_with_accounts(controllers: AppControllers) -> None:
    """A shop made with `pos-app user add` alone has accounts but no owner: a cashier who set it up
    from the Shop menu would make themselves owner."""
    from argon2 import PasswordHasher

    from pos_app.controllers.hashing import Hashers
    from pos_app.controllers.shop_setup import ShopSetup

    light = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    controllers.users.set_hashers(Hashers(password=light, pin=light))
    controllers.users.add_user("Ann", "cashier", pin=CASHIER_PIN)
    controllers.users.add_user(*MANAGER[:1], "manager", password=MANAGER[1])
    setup = ShopSetup(shop_name="Tea Corner", currency="EUR", owner="Olga", owner_password=OWNER[1])
    controllers.staff.login_pin(CASHIER_PIN)
    with pytest.raises(PermissionDeniedError, match="needs a manager"):
        controllers.setup.set_up(setup)
    assert not controllers.users.has_owner()
    controllers.staff.logout()
    controllers.staff.login_password(*MANAGER)
    assert controllers.setup.set_up(setup).owner.name == "Olga"
