"""The controllers speak German once the German catalogue is loaded, and English without it.

The shared `german` fixture (tests/conftest.py) compiles resources/i18n/pos_app_de.ts with
pyside6-lrelease, loads it into a real QTranslator and routes `translate` to Qt, as the GUI does at
start. Real controllers over a real SQLite file produce each message, so a message
that skipped `translate()` (or a context or source that no longer matches the catalogue) stays
English and fails here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import QCoreApplication

from pos_app.controllers.app import AppControllers
from pos_app.controllers.errors import UserError
from pos_app.controllers.hashing import Hashers
from pos_app.controllers.staff import PermissionDeniedError
from pos_app.controllers.users import AuthenticationError
from pos_app.domain.i18n import install_translator
from pos_app.domain.permissions import Permission
from pos_app.domain.validation import validate_item

CTL_TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "pos_app_de.ts"
TEA = "4006381333931"
CASHIER = ("Ann", "5282")
MANAGER = ("Mia", "mia-floor-42")


@dataclass
class Till:
    app: AppControllers
    line_id: int


@pytest.fixture
def till(controllers: AppControllers) -> Till:
    """A shop with one item, a cashier and a manager; the cashier logged in with a tea on the sale."""
    app = controllers
    app.tax_rates.add_rate("Zero", "0")
    app.catalog.add_item(
        validate_item(sku="TEA", barcode=TEA, name="Green tea", price="4.00", stock="50", tax_rate="0")
    )
    light = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    app.users.set_hashers(Hashers(password=light, pin=light))
    app.users.add_user(CASHIER[0], "cashier", pin=CASHIER[1])
    app.users.add_user(MANAGER[0], "manager", password=MANAGER[1])
    app.staff.login_pin(CASHIER[1])
    app.sale.scan(TEA)
    return Till(app, app.sale.cart().lines[-1].line_id)


def unknown_barcode(till: Till) -> str:
    return till.app.sale.scan("4000000000000").message


def negative_quantity(till: Till) -> str:
    with pytest.raises(UserError) as caught:
        till.app.sale.set_quantity(till.line_id, -2)
    return caught.value.message


def void_with_wrong_approval(till: Till) -> str:
    """The cashier voids (a manager's right) with a manager's approval given for something else."""
    approval = till.app.staff.approve(*MANAGER, Permission.REFUND)
    with pytest.raises(PermissionDeniedError) as caught, till.app.staff.using(approval):
        till.app.sale.cancel_sale("customer left")
    return caught.value.message


def cashier_approving(till: Till) -> str:
    """A cashier's name typed into the manager approval: cashiers cannot approve."""
    with pytest.raises(AuthenticationError) as caught:
        till.app.staff.approve(CASHIER[0], "not-a-password", Permission.VOID)
    return caught.value.message


def quantity_of_a_removed_line(till: Till) -> str:
    """A screen still showing a line another action removed (an id no line of the sale has)."""
    gone = till.line_id + 1000
    with pytest.raises(UserError) as caught:
        till.app.sale.set_quantity(gone, 3)
    return caught.value.message


CASES: dict[str, tuple[Callable[[Till], str], str, str]] = {
    "unknown barcode": (
        unknown_barcode,
        "Unknown barcode 4000000000000: nothing was added.",
        "Unbekannter Barcode 4000000000000: nichts hinzugefügt.",
    ),
    "negative quantity": (
        negative_quantity,
        "Quantity must be at least 1.",
        "Die Menge muss mindestens 1 sein.",
    ),
    "cashier voids with another action's approval": (
        void_with_wrong_approval,
        "That approval was for something else. ",
        "Diese Freigabe galt für etwas anderes. ",
    ),
    "cashier tries to approve": (
        cashier_approving,
        "Ann is a cashier: cashiers log in with their PIN.",
        "Ann ist Kassierer: Kassierer melden sich mit ihrer PIN an.",
    ),
    "quantity of a removed line": (
        quantity_of_a_removed_line,
        "That line is no longer in the sale.",
        "Diese Position ist nicht mehr im Verkauf.",
    ),
}


def _matches(message: str, expected: str) -> bool:
    # The refusal after "That approval was for something else." comes from the domain's catalogue.
    return message.startswith(expected) if expected.endswith(" ") else message == expected


@pytest.mark.parametrize("case", list(CASES))
def test_german_with_the_catalogue(case: str, till: Till, german: None) -> None:
    act, english, german_text = CASES[case]
    message = act(till)
    assert _matches(message, german_text), message
    assert not _matches(message, english)


@pytest.mark.parametrize("case", list(CASES))
def test_english_without_it(case: str, till: Till, qapp: QCoreApplication) -> None:
    act, english, _ = CASES[case]
    assert _matches(act(till), english)


def test_report_titles_and_tender_names_follow_the_language(till: Till, german: None) -> None:
    """Tables built before the translator (module constants) would stay English: these are built per call."""
    from pos_app.controllers.receipts import method_name
    from pos_app.controllers.report_rows import ReportKind
    from pos_app.controllers.reports import report_title

    assert report_title(ReportKind.DAY) == "Umsatz nach Tag"
    assert method_name("card") == "Karte"
    install_translator(None)
    assert report_title(ReportKind.DAY) == "Sales by day"
    assert method_name("card") == "Card"


def test_every_catalogue_entry_is_translated_and_keeps_its_placeholders() -> None:
    """No unfinished entry, and every {field} of the English source is in the German text."""
    import re
    import xml.etree.ElementTree as ET

    messages = list(ET.parse(CTL_TS).iter("message"))
    assert len(messages) > 250
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None, source
        assert translation.get("type") is None, source
        text = translation.text or ""
        assert text.strip(), source

        def fields(t: str) -> set[str]:
            return {re.split(r"[!:]", f)[0] for f in re.findall(r"\{([^{}]*)\}", t)}

        assert fields(source) == fields(text), source
