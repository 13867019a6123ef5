"""Validation of what people type into catalog and customer forms, and of CSV rows.

Each check turns text into a typed value or raises ValidationError naming the
field, so forms, the CSV importer and the controllers share one set of rules.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

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


def clean_name(text: str, field: str = "name") -> str:
    # Composed (NFC): an accent typed or pasted as a separate combining mark is stored, searched and
    # printed as the one letter it is.
    name = " ".join(unicodedata.normalize("NFC", text).split())
    if any(unicodedata.category(char) == "Cc" for char in name):
        raise ValidationError(field, f"{field.capitalize()} contains control characters")
    if not name:
        raise ValidationError(field, f"{field.capitalize()} is required")
    if len(name) > MAX_NAME:
        raise ValidationError(
            field, f"{field.capitalize()} is too long ({len(name)} characters, at most {MAX_NAME})"
        )
    return name


def clean_label(text: str) -> str:
    """A short label a cashier types, e.g. for a parked sale ("Table 4", "Mrs Lee")."""
    label = " ".join(text.split())
    if any(unicodedata.category(char) == "Cc" for char in label):
        raise ValidationError("label", "Label contains control characters")
    if not label:
        raise ValidationError("label", "Type a label, such as the customer's name")
    if len(label) > MAX_LABEL:
        raise ValidationError("label", f"Label is too long ({len(label)} characters, at most {MAX_LABEL})")
    return label


def clean_sku(text: str) -> str:
    sku = text.strip()
    if not sku:
        raise ValidationError("sku", "SKU is required")
    if len(sku) > MAX_SKU:
        raise ValidationError("sku", f"SKU is too long (at most {MAX_SKU} characters)")
    if not _CODE.match(sku):
        raise ValidationError("sku", "SKU may contain letters, digits and punctuation, no spaces")
    return sku


def clean_barcode(text: str) -> str | None:
    """An empty barcode is allowed (items sold by looking them up); numeric ones must be GTINs."""
    code = text.strip()
    if not code:
        return None
    if len(code) > MAX_BARCODE:
        raise ValidationError("barcode", f"Barcode is too long (at most {MAX_BARCODE} characters)")
    if not _CODE.match(code):
        raise ValidationError("barcode", "Barcode may contain letters, digits and punctuation")
    if code.isdigit():
        if len(code) not in GTIN_LENGTHS:
            raise ValidationError(
                "barcode",
                f"A numeric barcode must be EAN-8, UPC-A, EAN-13 or GTIN-14 (got {len(code)} digits)",
            )
        # Imported here: python-stdnum (and the pydoc it loads) is needed when an item is saved,
        # not to start the till (tests/hotpaths/startup_probe.py checks it).
        from stdnum import ean
        from stdnum.exceptions import ValidationError as StdnumError

        try:
            ean.validate(code)
        except StdnumError:
            raise ValidationError("barcode", f"Barcode {code} has a wrong check digit (EAN/UPC)") from None
    return code


def clean_price(text: str) -> Decimal:
    try:
        return parse_money(text, field="Price")
    except MoneyError as error:
        raise ValidationError("price", str(error)) from None


def clean_int(text: str, field: str, *, minimum: int, maximum: int) -> int:
    stripped = text.strip()
    label = field.capitalize()
    if not re.fullmatch(r"[+-]?\d+", stripped):
        raise ValidationError(field, f"{label} must be a whole number (got {stripped[:20]!r})")
    value = int(stripped)
    if value < minimum:
        raise ValidationError(field, f"{label} cannot be less than {minimum}")
    if value > maximum:
        raise ValidationError(field, f"{label} cannot be more than {maximum:,}")
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
            "tax_rate", f"Tax rate must be a percentage, like 20 (got {stripped[:20]!r})"
        ) from None
    if not rate.is_finite() or rate < 0 or rate > 100:
        raise ValidationError("tax_rate", "Tax rate must be between 0 and 100 percent")
    if rate != rate.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP):
        raise ValidationError("tax_rate", "Tax rate can have at most 2 decimal places")
    return rate.quantize(Decimal("0.01")) if rate else Decimal("0.00")


def clean_email(text: str) -> str | None:
    email = text.strip().lower()
    if not email:
        return None
    if len(email) > MAX_EMAIL or not _EMAIL.match(email):
        raise ValidationError("email", f"{text.strip()[:40]!r} is not an email address")
    return email


def clean_phone(text: str) -> str | None:
    phone = text.strip()
    if not phone:
        return None
    if len(phone) > MAX_PHONE or not _PHONE.match(phone):
        raise ValidationError("phone", "Phone may contain digits, spaces and + ( ) - . /")
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
