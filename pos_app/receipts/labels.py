"""The words printed on a receipt, in the shop's language, shared by the thermal and the PDF layout.

Both layouts print the same headings ("Subtotal", "TOTAL", "Change" ...), so they take them from
here: one translation each, and a paper slip and its PDF copy always read alike. Every function
looks its text up when called, never at import, because the GUI installs its translator after
this module has been imported (see pos_app.domain.i18n). Amounts and dates are formatted by the
callers and passed in already as text.
"""

from __future__ import annotations

from pos_app.domain.i18n import translate


def tax_id(value: str) -> str:
    return translate("ReceiptLabels", "Tax ID: {tax_id}").format(tax_id=value)


def refund_banner() -> str:
    return translate("ReceiptLabels", "*** REFUND ***")


def for_receipt(number: str) -> str:
    """Under the refund banner: which sale the goods came from."""
    return translate("ReceiptLabels", "for receipt {number}").format(number=number)


def receipt_number(number: str) -> str:
    return translate("ReceiptLabels", "Receipt: {number}").format(number=number)


def date(text: str) -> str:
    return translate("ReceiptLabels", "Date: {date}").format(date=text)


def cashier(name: str) -> str:
    return translate("ReceiptLabels", "Cashier: {name}").format(name=name)


def customer(name: str) -> str:
    return translate("ReceiptLabels", "Customer: {name}").format(name=name)


def reason(text: str) -> str:
    return translate("ReceiptLabels", "Reason: {reason}").format(reason=text)


def was_price(price: str) -> str:
    """After "2 x 3.00" when the cashier overrode the catalog price: " (was 3.50)"."""
    return translate("ReceiptLabels", " (was {price})").format(price=price)


def discount() -> str:
    return translate("ReceiptLabels", "Discount")


def discount_with_reason(text: str) -> str:
    return translate("ReceiptLabels", "Discount: {reason}").format(reason=text)


def items() -> str:
    """The sum of the lines, above an order discount."""
    return translate("ReceiptLabels", "Items")


def subtotal() -> str:
    return translate("ReceiptLabels", "Subtotal")


def tax() -> str:
    return translate("ReceiptLabels", "Tax")


def included_tax() -> str:
    """Tax-table heading when prices include tax."""
    return translate("ReceiptLabels", "Included tax")


def incl_tax() -> str:
    """Short form, beside one rate's net when the table is too narrow for columns."""
    return translate("ReceiptLabels", "Incl. tax")


def total(is_refund: bool) -> str:
    if is_refund:
        return translate("ReceiptLabels", "REFUND TOTAL")
    return translate("ReceiptLabels", "TOTAL")


def cash_rounding() -> str:
    return translate("ReceiptLabels", "Cash rounding")


def amount_due(is_refund: bool) -> str:
    """After cash rounding: what is really paid, or paid back."""
    if is_refund:
        return translate("ReceiptLabels", "To refund")
    return translate("ReceiptLabels", "To pay")


def rate() -> str:
    """Heading of the tax table's first column."""
    return translate("ReceiptLabels", "Rate")


def net() -> str:
    return translate("ReceiptLabels", "Net")


def tender_reference(reference: str) -> str:
    """A card slip or voucher number under its payment."""
    return translate("ReceiptLabels", "Ref: {reference}").format(reference=reference)


def change() -> str:
    return translate("ReceiptLabels", "Change")


def tax_heading(prices_include_tax: bool) -> str:
    """The tax table's tax column: the tax contained in the prices, or added to them."""
    return included_tax() if prices_include_tax else tax()
