"""First-run setup: the shop's name, address and currency, its tax rates and the owner's account,
in one transaction (all of it or nothing). Behind `pos-app setup` and, later, the setup wizard.

A shop that has an owner is set up already and is refused. A shop from before staff accounts
(it has sales and settings but no users) can be set up: its address and tax rates stay unless
new ones are given; a given rate that clashes with an existing one is refused.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import select

from pos_app.controllers.errors import ConflictError, UserError
from pos_app.controllers.settings import SettingsController, save_shop_settings
from pos_app.controllers.tax_rates import TaxRateController, percent_text, validate_rate
from pos_app.controllers.transactions import UnitOfWork
from pos_app.controllers.users import StaffMember, UserController
from pos_app.db.models import TaxRate, User
from pos_app.domain.currency import check_currency
from pos_app.domain.permissions import Role
from pos_app.domain.validation import ValidationError

ALREADY_SET_UP = "This shop is already set up: it has an owner. Add staff with `pos-app user add`."


@dataclass(frozen=True, slots=True)
class ShopSetup:
    """What the owner typed: every text as typed; tax rates as (name, percent text) pairs."""

    shop_name: str
    currency: str
    owner: str
    owner_password: str
    address: str | None = None
    tax_rates: Sequence[tuple[str, str]] = ()


@dataclass(frozen=True, slots=True)
class SetupResult:
    owner: StaffMember
    shop_name: str
    currency: str
    tax_rates: tuple[str, ...]  # "Standard 20%"

    def summary(self) -> str:
        rates = ", ".join(self.tax_rates) if self.tax_rates else "none added"
        return (
            f"{self.shop_name} is set up: owner {self.owner.name}, currency {self.currency},"
            f" tax rates: {rates}."
        )


def set_up_shop(
    uow: UnitOfWork, shop_settings: SettingsController, users: UserController, setup: ShopSetup
) -> SetupResult:
    """Store the settings, add the tax rates and the owner in one transaction; UserError names the field."""
    if not setup.shop_name.strip():
        raise UserError("Type the shop's name.", "shop_name")
    if not setup.currency.strip():
        raise UserError("Choose the shop's currency, like EUR, USD or GBP.", "currency")
    try:
        currency = check_currency(setup.currency)
    except ValueError as error:
        raise UserError(f"{error}.", "currency") from None
    try:
        settings = replace(
            shop_settings.current,
            shop_name=" ".join(setup.shop_name.split()),
            currency=currency,
            shop_address=shop_settings.current.shop_address
            if setup.address is None
            else setup.address.strip(),
        )
    except ValueError as error:
        raise UserError(f"{error}.", "shop") from None
    rates = []
    for name, percent in setup.tax_rates:
        try:
            rates.append(validate_rate(name, percent))
        except ValidationError as error:
            raise UserError(f"Tax rate {name}={percent}: {error.message}", error.field) from None
    with uow.write() as session:
        if session.scalar(select(User.id).where(User.role == Role.OWNER.value).limit(1)) is not None:
            raise ConflictError(ALREADY_SET_UP)
        save_shop_settings(session, settings)
        for rate in rates:
            # Checks clashes with the rates stored and with those added before it in this loop.
            TaxRateController._check_free(session, rate, rate_id=None)
            session.add(TaxRate(name=rate.name, percent=rate.percent))
            session.flush()
        owner = users.add_user_in(session, setup.owner, Role.OWNER, pin=None, password=setup.owner_password)
        member = StaffMember.of(owner)
    # Stored above with everything else; the controller reads them back and tells the screens.
    shop_settings.reload()
    return SetupResult(
        member,
        settings.shop_name,
        settings.currency,
        tuple(f"{rate.name} {percent_text(rate.percent)}%" for rate in rates),
    )
