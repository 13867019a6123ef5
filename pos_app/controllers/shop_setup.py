"""First-run setup: the shop's name, address and currency, its tax rates and the owner's account,
in one transaction (all of it or nothing). Behind `pos-app setup` and the setup wizard
(pos_app.ui.setup_wizard), which talks to `ShopSetupController`: the same checks page by page,
then the same `set_up_shop` on Finish.

A shop that has an owner is set up already and is refused. A shop from before staff accounts
(it has sales and settings but no users) can be set up: its address and tax rates stay unless
new ones are given; a given rate that clashes with an existing one is refused.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, Signal
from sqlalchemy import select

from pos_app.controllers.errors import ConflictError, UserError
from pos_app.controllers.settings import SettingsController, ShopSettings, save_shop_settings
from pos_app.controllers.staff import PermissionDeniedError, StaffController
from pos_app.controllers.tax_rates import TaxRateController, percent_text, validate_rate
from pos_app.controllers.transactions import UnitOfWork
from pos_app.controllers.users import StaffMember, UserController, check_password, clean_name
from pos_app.db.models import Order, Setting, TaxRate, User
from pos_app.domain.currency import check_currency, currency_choices, currency_for_locale
from pos_app.domain.i18n import translate
from pos_app.domain.locale_format import DEFAULT_LOCALE, known_locale, locale_choices
from pos_app.domain.permissions import Role
from pos_app.domain.tax import TaxRate as NamedRate
from pos_app.domain.validation import ValidationError

FALLBACK_CURRENCY = "EUR"  # when the system locale names no country with a usable currency


@dataclass(frozen=True, slots=True)
class ShopSetup:
    """What the owner typed: every text as typed; tax rates as (name, percent text) pairs."""

    shop_name: str
    currency: str
    owner: str
    owner_password: str
    address: str | None = None
    tax_rates: Sequence[tuple[str, str]] = ()
    # The shop's locale ("de_AT"); None keeps the one the settings have (the desktop's, at first).
    locale: str | None = None


@dataclass(frozen=True, slots=True)
class SetupResult:
    owner: StaffMember
    shop_name: str
    currency: str
    tax_rates: tuple[str, ...]  # "Standard 20%"

    def summary(self) -> str:
        rates = ", ".join(self.tax_rates) if self.tax_rates else translate("SetupResult", "none added")
        return translate(
            "SetupResult", "{shop_name} is set up: owner {owner}, currency {currency}, tax rates: {rates}."
        ).format(shop_name=self.shop_name, owner=self.owner.name, currency=self.currency, rates=rates)


def checked_settings(current: ShopSettings, setup: ShopSetup) -> ShopSettings:
    """The settings `setup` would store (name, address, currency); UserError naming the field."""
    shop = checked_shop(current, setup.shop_name, setup.address)
    locale = shop.locale if setup.locale is None else checked_locale(setup.locale)
    return replace(shop, currency=checked_currency(setup.currency), locale=locale)


def checked_shop(current: ShopSettings, name: str, address: str | None) -> ShopSettings:
    """`current` with the shop's name and address (None: keep it); UserError naming the field."""
    if not name.strip():
        raise UserError(
            translate("ShopSetup", "Type the shop's name."),
            "shop_name",
        )
    try:
        return replace(
            current,
            shop_name=" ".join(name.split()),
            shop_address=current.shop_address if address is None else address.strip(),
        )
    except ValueError as error:
        raise UserError(f"{error}.", "shop") from None


def checked_currency(code: str) -> str:
    """The ISO code in capitals; UserError (field "currency") saying why it cannot be used."""
    if not code.strip():
        raise UserError(
            translate("ShopSetup", "Choose the shop's currency, like EUR, USD or GBP."),
            "currency",
        )
    try:
        return check_currency(code)
    except ValueError as error:
        raise UserError(f"{error}.", "currency") from None


def checked_locale(name: str) -> str:
    """The locale as Babel names it ("de_AT"); UserError (field "locale") when it is not one pos_app knows."""
    known = known_locale(name)
    if known is None:
        raise UserError(
            translate("ShopSetup", "“{locale}” is not a locale pos_app knows, like en_US or de_DE.").format(
                locale=name.strip()
            ),
            "locale",
        )
    return known


def checked_rates(rates: Sequence[tuple[str, str]]) -> list[NamedRate]:
    """Each (name, percent text) as a rate; UserError naming the field of the first bad one."""
    checked = []
    for name, percent in rates:
        try:
            checked.append(validate_rate(name, percent))
        except ValidationError as error:
            raise UserError(
                translate("ShopSetup", "Tax rate {name}={percent}: {error}").format(
                    name=name, percent=percent, error=error.message
                ),
                error.field,
            ) from None
    return checked


def set_up_shop(
    uow: UnitOfWork, shop_settings: SettingsController, users: UserController, setup: ShopSetup
) -> SetupResult:
    """Store the settings, add the tax rates and the owner in one transaction; UserError names the field."""
    settings = checked_settings(shop_settings.current, setup)
    rates = checked_rates(setup.tax_rates)
    with uow.write() as session:
        if session.scalar(select(User.id).where(User.role == Role.OWNER.value).limit(1)) is not None:
            raise ConflictError(
                translate(
                    "ShopSetupController",
                    "This shop is already set up: it has an owner. Add staff with `pos-app user add`.",
                )
            )
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


@dataclass(frozen=True, slots=True)
class SetupStart:
    """What the wizard shows at first: a new shop's suggestions, or what a shop from before staff
    accounts already has (its name, address, currency and tax rates, "Standard 20%")."""

    shop_name: str
    address: str
    currency: str
    tax_rates: tuple[str, ...]
    locale: str = DEFAULT_LOCALE


class ShopSetupController(QObject):
    """The setup wizard's side of `set_up_shop`: whether setup is due, suggestions, checks, Finish.

    Signals:
        shop_set_up(SetupResult): the shop, its tax rates and its owner were saved.
    """

    shop_set_up = Signal(object)

    def __init__(
        self,
        uow: UnitOfWork,
        shop_settings: SettingsController,
        users: UserController,
        *,
        environ: Mapping[str, str] = os.environ,
        staff: StaffController | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._uow = uow
        self._shop_settings = shop_settings
        self._users = users
        self._environ = environ
        self._staff = staff

    def needed(self) -> bool:
        """A brand-new shop: no account at all and no order. A shop from before staff accounts
        (it has sales) keeps working unlocked; its owner may run setup from the Shop menu."""
        with self._uow.read() as session:
            used = session.scalar(select(select(User.id).exists() | select(Order.id).exists()))
        return not used

    def has_owner(self) -> bool:
        return self._users.has_owner()

    def suggested_currency(self) -> str:
        """The currency of the system locale's country (LC_ALL, LC_MONETARY, LANG), else EUR."""
        for variable in ("LC_ALL", "LC_MONETARY", "LANG"):
            name = self._environ.get(variable)
            if name:
                return currency_for_locale(name) or FALLBACK_CURRENCY
        return FALLBACK_CURRENCY

    @staticmethod
    def locales(keep: str | None = None) -> tuple[tuple[str, str], ...]:
        """(locale, its name in its own language) the wizard offers, with `keep` if it is another."""
        return locale_choices(keep)

    @staticmethod
    def currency_for(locale: str) -> str | None:
        """The currency a shop under `locale` most likely counts in, if the till can use it."""
        return currency_for_locale(locale)

    @staticmethod
    def check_locale(name: str) -> str:
        """The locale as Babel names it; UserError (field "locale")."""
        return checked_locale(name)

    @staticmethod
    def currencies() -> tuple[tuple[str, str], ...]:
        """(code, English name) of every currency in use that the till can count in."""
        return currency_choices()

    def start(self) -> SetupStart:
        """The values the wizard's pages start with."""
        current = self._shop_settings.current
        with self._uow.read() as session:
            named = session.scalar(select(Setting.key).where(Setting.key == "shop_name")) is not None
            rates = session.execute(select(TaxRate.name, TaxRate.percent).order_by(TaxRate.percent)).all()
        return SetupStart(
            shop_name=current.shop_name if named else "",
            address=current.shop_address,
            currency=current.currency or self.suggested_currency(),
            tax_rates=tuple(f"{name} {percent_text(percent)}%" for name, percent in rates),
            locale=current.locale,
        )

    # -- the wizard's pages, checked one at a time (nothing is written) ---------------------

    def check_shop(self, name: str, address: str) -> None:
        """UserError (field "shop_name" or "shop") when the name or address cannot be stored."""
        checked_shop(self._shop_settings.current, name, address)

    @staticmethod
    def check_currency(code: str) -> str:
        """The code in capitals; UserError (field "currency")."""
        return checked_currency(code)

    def check_tax_rates(self, rates: Sequence[tuple[str, str]]) -> None:
        """UserError (field "tax_name" or "tax_rate") for a bad rate, two alike, or one clashing
        with a rate the shop has."""
        checked = checked_rates(rates)
        for index, rate in enumerate(checked):
            for earlier in checked[:index]:
                if earlier.percent == rate.percent:
                    raise UserError(
                        translate(
                            "ShopSetupController",
                            "{earlier} and {name} both have {percent}%: each percent has one name.",
                        ).format(earlier=earlier.name, name=rate.name, percent=percent_text(rate.percent)),
                        "tax_rate",
                    )
                if earlier.name.lower() == rate.name.lower():
                    raise UserError(
                        translate("ShopSetupController", "Two tax rates are named {name}.").format(
                            name=rate.name
                        ),
                        "tax_name",
                    )
        with self._uow.read() as session:
            for rate in checked:
                TaxRateController._check_free(session, rate, rate_id=None)

    def check_owner(self, name: str, password: str) -> None:
        """UserError (field "name" or "password") for a name or password the owner cannot have."""
        cleaned = clean_name(name)
        check_password(password)
        with self._uow.read() as session:
            UserController._check_name_free(session, cleaned)

    # -- Finish -------------------------------------------------------------------------------

    def set_up(self, setup: ShopSetup) -> SetupResult:
        """Everything in one transaction (`set_up_shop`); UserError naming the field, nothing saved.

        In a shop that already has accounts but no owner (made with `pos-app user add`), only a
        manager may create the owner: a cashier making themselves owner would take every right.
        """
        if self._users.has_owner():
            raise ConflictError(
                translate(
                    "ShopSetupController",
                    "This shop is already set up: it has an owner. Add staff with `pos-app user add`.",
                )
            )
        current = self._staff.current if self._staff is not None else None
        if self._users.has_active_accounts() and (current is None or current.role == Role.CASHIER.value):
            raise PermissionDeniedError(
                translate(
                    "ShopSetupController",
                    "Setting up the owner account needs a manager logged in (or `pos-app setup`).",
                )
            )
        result = set_up_shop(self._uow, self._shop_settings, self._users, setup)
        self.shop_set_up.emit(result)
        return result
