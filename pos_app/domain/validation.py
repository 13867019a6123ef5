"""Validation of what people type into catalog and customer forms, and of CSV rows.

Each check turns text into a typed value or raises ValidationError naming the
field, so forms, the CSV importer and the controllers share one set of rules.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from pos_app.domain.i18n import translate
from pos_app.domain.money import MoneyError, parse_money

MAX_NAME = 200
MAX_LABEL = 100
MAX_SKU = 64
MAX_BARCODE = 64
MAX_EMAIL = 254
MAX_PHONE = 40
MAX_STOCK = 10_000_000
MAX_QUANTITY = 100_000
# Lengths of the GTIN family that python-stdnum's ean module validates: EAN-8, UPC-A, EAN-13, GTIN-14.
GTIN_LENGTHS = (8, 12, 13, 14)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^[0-9+()\-./ ]+$")
_RATE = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)", re.ASCII)
_CODE = re.compile(r"^[\x21-\x7e]+$")  # printable ASCII, no spaces: what a scanner can type


class ValidationError(ValueError):
    """Invalid input; `field` names the form field, `message` is fit to show a person."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


@dataclass(frozen=True, slots=True)
class ItemDraft:
    """A validated catalog item, not yet saved. Kept apart from the ORM so autoflush never sees it."""

    sku: str
    barcode: str | None
    name: str
    price: Decimal
    stock: int
    tax_rate: Decimal
    active: bool = True


@dataclass(frozen=True, slots=True)
class CustomerDraft:
    """A validated customer, not yet saved."""

    name: str
    email: str | None
    phone: str | None


def field_label(field: str) -> str:
    """How a message names a form field ("name" -> "Name"), in the user's language."""
    # Called when a message is built, not kept in a module table: the translator is installed
    # after import. Fields not listed fall back to the capitalised key, as before.
    labels = {
        "name": translate("Validation", "Name"),
        "cashier": translate("Validation", "Cashier"),
        "reason": translate("Validation", "Reason"),
        "stock": translate("Validation", "Stock"),
        "quantity": translate("Validation", "Quantity"),
    }
    return labels.get(field, field.capitalize())


def clean_name(text: str, field: str = "name") -> str:
    # Composed (NFC): an accent typed or pasted as a separate combining mark is stored, searched and
    # printed as the one letter it is.
    name = " ".join(unicodedata.normalize("NFC", text).split())
    if any(unicodedata.category(char) == "Cc" for char in name):
        raise ValidationError(
            field,
            translate("Validation", "{field} contains control characters").format(field=field_label(field)),
        )
    if not name:
        raise ValidationError(
            field, translate("Validation", "{field} is required").format(field=field_label(field))
        )
    if len(name) > MAX_NAME:
        raise ValidationError(
            field,
            translate("Validation", "{field} is too long ({length} characters, at most {limit})").format(
                field=field_label(field), length=len(name), limit=MAX_NAME
            ),
        )
    return name


def clean_label(text: str) -> str:
    """A short label a cashier types, e.g. for a parked sale ("Table 4", "Mrs Lee")."""
    label = " ".join(text.split())
    if any(unicodedata.category(char) == "Cc" for char in label):
        raise ValidationError("label", translate("Validation", "Label contains control characters"))
    if not label:
        raise ValidationError("label", translate("Validation", "Type a label, such as the customer's name"))
    if len(label) > MAX_LABEL:
        raise ValidationError(
            "label",
            translate("Validation", "Label is too long ({length} characters, at most {limit})").format(
                length=len(label), limit=MAX_LABEL
            ),
        )
    return label


def clean_sku(text: str) -> str:
    sku = text.strip()
    if not sku:
        raise ValidationError("sku", translate("Validation", "SKU is required"))
    if len(sku) > MAX_SKU:
        raise ValidationError(
            "sku",
            translate("Validation", "SKU is too long (at most {limit} characters)").format(limit=MAX_SKU),
        )
    if not _CODE.match(sku):
        raise ValidationError(
            "sku", translate("Validation", "SKU may contain letters, digits and punctuation, no spaces")
        )
    return sku


def clean_barcode(text: str) -> str | None:
    """An empty barcode is allowed (items sold by looking them up); numeric ones must be GTINs."""
    code = text.strip()
    if not code:
        return None
    if len(code) > MAX_BARCODE:
        raise ValidationError(
            "barcode",
            translate("Validation", "Barcode is too long (at most {limit} characters)").format(
                limit=MAX_BARCODE
            ),
        )
    if not _CODE.match(code):
        raise ValidationError(
            "barcode", translate("Validation", "Barcode may contain letters, digits and punctuation")
        )
    if code.isdigit():
        if len(code) not in GTIN_LENGTHS:
            raise ValidationError(
                "barcode",
                translate(
                    "Validation",
                    "A numeric barcode must be EAN-8, UPC-A, EAN-13 or GTIN-14 (got {count} digits)",
                ).format(count=len(code)),
            )
        # Imported here: python-stdnum (and the pydoc it loads) is needed when an item is saved,
        # not to start the till (tests/hotpaths/startup_probe.py checks it).
        from stdnum import ean
        from stdnum.exceptions import ValidationError as StdnumError

        try:
            ean.validate(code)
        except StdnumError:
            raise ValidationError(
                "barcode",
                translate("Validation", "Barcode {code} has a wrong check digit (EAN/UPC)").format(code=code),
            ) from None
    return code


def clean_price(text: str) -> Decimal:
    try:
        return parse_money(text, field=translate("Validation", "Price"))
    except MoneyError as error:
        raise ValidationError("price", str(error)) from None


def clean_int(text: str, field: str, *, minimum: int, maximum: int) -> int:
    stripped = text.strip()
    label = field_label(field)
    if not re.fullmatch(r"[+-]?\d+", stripped):
        raise ValidationError(
            field,
            translate("Validation", "{field} must be a whole number (got {typed})").format(
                field=label, typed=repr(stripped[:20])
            ),
        )
    value = int(stripped)
    if value < minimum:
        raise ValidationError(
            field,
            translate("Validation", "{field} cannot be less than {minimum}").format(
                field=label, minimum=minimum
            ),
        )
    if value > maximum:
        raise ValidationError(
            field,
            translate("Validation", "{field} cannot be more than {maximum}").format(
                field=label, maximum=f"{maximum:,}"
            ),
        )
    return value


def clean_quantity(text: str) -> int:
    return clean_int(text, "quantity", minimum=1, maximum=MAX_QUANTITY)


def clean_tax_rate(text: str) -> Decimal:
    stripped = text.strip().rstrip("%").strip() or "0"
    try:
        # Plain ASCII decimals only: Decimal() alone would also take "1e1", "1_0" and NaN.
        if not _RATE.fullmatch(stripped.replace(",", ".")):
            raise InvalidOperation
        rate = Decimal(stripped.replace(",", "."))
    except InvalidOperation:
        raise ValidationError(
            "tax_rate",
            translate("Validation", "Tax rate must be a percentage, like 20 (got {typed})").format(
                typed=repr(stripped[:20])
            ),
        ) from None
    if not rate.is_finite() or rate < 0 or rate > 100:
        raise ValidationError(
            "tax_rate", translate("Validation", "Tax rate must be between 0 and 100 percent")
        )
    if rate != rate.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP):
        raise ValidationError(
            "tax_rate", translate("Validation", "Tax rate can have at most 2 decimal places")
        )
    return rate.quantize(Decimal("0.01")) if rate else Decimal("0.00")


def clean_email(text: str) -> str | None:
    email = text.strip().lower()
    if not email:
        return None
    if len(email) > MAX_EMAIL or not _EMAIL.match(email):
        raise ValidationError(
            "email",
            translate("Validation", "{typed} is not an email address").format(typed=repr(text.strip()[:40])),
        )
    return email


def clean_phone(text: str) -> str | None:
    phone = text.strip()
    if not phone:
        return None
    if len(phone) > MAX_PHONE or not _PHONE.match(phone):
        raise ValidationError(
            "phone", translate("Validation", "Phone may contain digits, spaces and + ( ) - . /")
        )
    return phone


def validate_item(
    *,
    sku: str,
    barcode: str,
    name: str,
    price: str,
    stock: str = "0",
    tax_rate: str = "0",
    active: bool = True,
) -> ItemDraft:
    """Validate an item form or CSV row given as text; raises ValidationError on the first bad field."""
    return ItemDraft(
        sku=clean_sku(sku),
        barcode=clean_barcode(barcode),
        name=clean_name(name),
        price=clean_price(price),
        stock=clean_int(stock or "0", "stock", minimum=0, maximum=MAX_STOCK),
        tax_rate=clean_tax_rate(tax_rate),
        active=active,
    )


def validate_customer(*, name: str, email: str = "", phone: str = "") -> CustomerDraft:
    """Validate a customer form or CSV row given as text."""
    return CustomerDraft(name=clean_name(name), email=clean_email(email), phone=clean_phone(phone))
