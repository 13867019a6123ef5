"""Which file column feeds which field: guessed from the header, changeable in the preview.

Exports name their columns in many ways ("EAN", "Unit price", "Description", "Qty"), so each
field has aliases; header names are compared trimmed, case-insensitively, with spaces, '-'
and '_' alike. A column nobody recognises is not silently dropped (a misspelt "tax rat" would
lose every rate): the plan refuses it until the person maps it to a field or to "ignore".
A column with an empty header (a spreadsheet's trailing separator) is ignored, as long as no
row puts a value in it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from pos_app.domain.i18n import translate

IGNORE = "ignore"
UNMAPPED = ""


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One field an import can fill: its key, how it reads in the preview, whether a file must have it."""

    key: str
    required: bool
    aliases: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """The field's name in the preview ("Tax rate"), in the user's language."""
        return field_label(self.key)


def field_label(key: str) -> str:
    """How the preview names the field `key`; looked up when shown, after the translator is installed."""
    labels = {
        "sku": translate("FieldSpec", "SKU"),
        "barcode": translate("FieldSpec", "Barcode"),
        "name": translate("FieldSpec", "Name"),
        "price": translate("FieldSpec", "Price"),
        "stock": translate("FieldSpec", "Stock"),
        "tax_rate": translate("FieldSpec", "Tax rate"),
        "email": translate("FieldSpec", "Email"),
        "phone": translate("FieldSpec", "Phone"),
    }
    return labels.get(key, key)


def reasons_in_english() -> bool:
    """Whether import reasons are shown in English, the one language whose style lower-cases them.

    "line 7: price must be…" lower-cases a reason's first word; German keeps it ("Preis muss…").
    The "line …" prefix every listed reason follows tells the language: untranslated, English.
    """
    return translate("CsvImportError", "line {line}: {reason}") == "line {line}: {reason}"


ITEM_FIELDS = (
    FieldSpec("sku", True, ("item code", "item number", "article number", "product code", "code", "ref")),
    FieldSpec("barcode", True, ("ean", "ean13", "ean 13", "gtin", "upc", "bar code")),
    FieldSpec("name", True, ("description", "product", "product name", "item name", "item", "title")),
    FieldSpec("price", True, ("unit price", "retail price", "sale price", "selling price", "sell price")),
    FieldSpec("stock", False, ("qty", "quantity", "on hand", "stock level", "in stock")),
    FieldSpec("tax_rate", False, ("tax", "tax percent", "vat", "vat rate", "vat percent")),
)

CUSTOMER_FIELDS = (
    FieldSpec("name", True, ("customer", "customer name", "full name", "contact")),
    FieldSpec("email", True, ("e mail", "mail", "email address", "e mail address")),
    FieldSpec("phone", False, ("telephone", "tel", "mobile", "phone number", "cell")),
)


def normalise(header: str) -> str:
    """'Tax rate', 'TAX-RATE' and 'tax_rate' all read 'tax_rate'."""
    return "_".join(header.strip().lower().replace("-", " ").replace("_", " ").split())


def guess_mapping(header: Sequence[str], fields: Sequence[FieldSpec]) -> tuple[str, ...]:
    """A target per column: a field key, IGNORE for an unnamed column, UNMAPPED for an unknown one."""
    by_name: dict[str, str] = {}
    for spec in fields:
        for name in (spec.key, *spec.aliases):
            by_name[normalise(name)] = spec.key
    return tuple(
        (by_name.get(normalise(title), UNMAPPED) if normalise(title) else IGNORE) for title in header
    )


def apply_choices(
    guessed: tuple[str, ...], choices: Mapping[int, str] | None, fields: Sequence[FieldSpec]
) -> tuple[str, ...]:
    """The guessed mapping with the person's choices (column index → field key or IGNORE) on top."""
    if not choices:
        return guessed
    known = {spec.key for spec in fields} | {IGNORE, UNMAPPED}
    mapping = list(guessed)
    for index, target in choices.items():
        if not 0 <= index < len(mapping):
            raise ValueError(f"column {index} is not in the file")
        if target not in known:
            raise ValueError(f"{target!r} is not a field of this import")
        mapping[index] = target
    return tuple(mapping)


def mapping_problems(
    header: Sequence[str], mapping: Sequence[str], fields: Sequence[FieldSpec], *, chosen: bool
) -> list[str]:
    """What keeps this mapping from being imported, worded for the person who made the file.

    `chosen` is whether the person picked columns in the preview: then "map a column to…" reads
    better than "the header lacks…".
    """
    required = [spec.key for spec in fields if spec.required]
    optional = [spec.key for spec in fields if not spec.required]
    # The column names (sku, price...) are the file format's and stay as they are in any language.
    expected = translate("ImportMapping", "expected {required} and optionally {optional}").format(
        required=", ".join(required), optional=", ".join(optional)
    )
    mapped = [target for target in mapping if target not in (IGNORE, UNMAPPED)]
    if not chosen and not mapped:
        return [
            translate(
                "ImportMapping", "the first line must be a header naming the columns; {expected}"
            ).format(expected=expected)
        ]
    problems: list[str] = []
    seen: dict[str, int] = {}
    for index, target in enumerate(mapping):
        if target in (IGNORE, UNMAPPED):
            continue
        first = seen.setdefault(target, index)
        if first != index:
            if normalise(header[first]) == normalise(header[index]):
                problems.append(
                    translate("ImportMapping", "the header names the column {column} twice").format(
                        column=repr(header[index])
                    )
                )
            else:
                problems.append(
                    translate(
                        "ImportMapping", "the columns {first} and {second} both give the {field}"
                    ).format(
                        first=repr(header[first]), second=repr(header[index]), field=_label(target, fields)
                    )
                )
    unknown = [
        header[index] or translate("ImportMapping", "(column {number}, no name)").format(number=index + 1)
        for index, target in enumerate(mapping)
        if target == UNMAPPED
    ]
    if unknown:
        names = ", ".join(repr(name) for name in unknown)
        problems.append(
            translate(
                "ImportMapping",
                "unknown column {names} in the header; {expected} (or choose “ignore” for it in the preview)",
            ).format(names=names, expected=expected)
        )
    missing = [key for key in required if key not in seen]
    if missing:
        names = ", ".join(repr(key) for key in missing)
        if chosen:
            problems.append(translate("ImportMapping", "no column is chosen for {names}").format(names=names))
        else:
            problems.append(
                translate("ImportMapping", "the header lacks the column {names}; {expected}").format(
                    names=names, expected=expected
                )
            )
    return problems


def _label(key: str, fields: Sequence[FieldSpec]) -> str:
    label = next((spec.label for spec in fields if spec.key == key), key)
    return label.lower() if reasons_in_english() else label


def column_of(mapping: Sequence[str], key: str) -> int | None:
    """The index of the column mapped to `key`, or None."""
    try:
        return mapping.index(key)
    except ValueError:
        return None
