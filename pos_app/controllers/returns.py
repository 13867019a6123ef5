"""Returns at the till: find a past sale by its receipt, take some of it back, give the money back.

A return refunds what the returned units were charged, as stored with the sale, by cumulative
allocation (domain.refunds): however a line comes back, in one go or unit by unit, its refunds
add up to exactly what it was charged. The money goes back to the sale's tenders or in cash
(domain.refund_payouts). `refund` is ONE write transaction (BEGIN IMMEDIATE): it re-reads what
was already returned and refunded inside it, so two registers can never return the same unit
twice; it writes the refund, its lines and its tenders, puts the stock back with atomic
`stock = stock + n` updates journaled as 'return' stock movements, and records the open shift.
All of it, or nothing.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import cast

from PySide6.QtCore import QObject, Signal
from sqlalchemy import Table, bindparam, insert, update
from sqlalchemy.orm import Session

from pos_app.controllers import audit_hooks
from pos_app.controllers.errors import ConflictError, NotFoundError, UserError
from pos_app.controllers.return_queries import SaleHeader, find_header, load_returnable_sale
from pos_app.controllers.return_rows import (
    RefundedLine,
    RefundQuote,
    RefundReceipt,
    ReturnableSale,
)
from pos_app.controllers.settings import ShopSettings
from pos_app.controllers.shift_queries import no_open_shift, open_shift_id
from pos_app.controllers.staff import StaffController, guarded
from pos_app.controllers.stock_journal import record_return
from pos_app.controllers.transactions import UnitOfWork
from pos_app.db.models import Item, OrderStatus, Refund, RefundLine, RefundTender, utc_now
from pos_app.domain.cash import TenderMethod
from pos_app.domain.i18n import translate
from pos_app.domain.money import ZERO, format_money
from pos_app.domain.permissions import Permission
from pos_app.domain.receipt_numbers import parse_receipt_number
from pos_app.domain.refund_payouts import RefundDestination, plan_payouts
from pos_app.domain.refunds import LineRefund, RefundError, refund_line, refund_taxes
from pos_app.domain.validation import ValidationError

MAX_REASON = 200  # refunds.reason is String(200)
# The English text, for tests; the till shows it through translate() where it is raised.
CLOSED_SHIFT = (
    "This till's shift was closed meanwhile: open a shift (F10) and try again. Nothing was refunded."
)


class ReturnsController(QObject):
    """Finds paid sales by receipt and refunds returned units.

    Signals:
        refund_completed(RefundReceipt): a return was committed (stock back, money recorded).
    """

    refund_completed = Signal(object)

    def __init__(
        self,
        uow: UnitOfWork,
        settings: Callable[[], ShopSettings],
        parent: QObject | None = None,
        *,
        staff: StaffController | None = None,
    ):
        super().__init__(parent)
        self._uow = uow
        self._settings = settings
        # A refund needs Permission.REFUND (None: scripts, unchecked).
        self._staff = staff

    # -- finding the sale ----------------------------------------------------------------

    def find_sale(self, typed: str) -> ReturnableSale:
        """The paid sale whose receipt number was typed or scanned; UserError says why not."""
        try:
            number = parse_receipt_number(typed)
        except ValidationError as error:
            raise UserError(error.message, "receipt") from None
        with self._uow.read() as session:
            header = find_header(session, receipt_no=number)
            if header is None:
                raise NotFoundError(
                    translate("ReturnsController", "There is no receipt {number}.").format(number=number),
                    "receipt",
                )
            _check_paid(header)
            return load_returnable_sale(session, header)

    def sale(self, order_id: int) -> ReturnableSale:
        """The paid sale `order_id` as it stands now (after another return, say)."""
        with self._uow.read() as session:
            header = find_header(session, order_id=order_id)
            if header is None:
                raise NotFoundError(translate("ReturnsController", "That sale no longer exists."))
            _check_paid(header)
            return load_returnable_sale(session, header)

    # -- quoting and refunding -----------------------------------------------------------

    def quote(
        self, sale: ReturnableSale, quantities: Mapping[int, int], destination: RefundDestination
    ) -> RefundQuote:
        """What returning `quantities` ({order_item_id: units}) of `sale` would refund; nothing is written.

        Raises UserError for a quantity that is not whole, not positive, or more than can come back.
        """
        if not quantities:
            raise UserError(
                translate(
                    "ReturnsController", "Choose what comes back: type a quantity on at least one line."
                ),
                "quantity",
            )
        lines: list[RefundedLine] = []
        for order_item_id, quantity in quantities.items():
            line = sale.line(order_item_id)
            if line is None:
                raise UserError(
                    translate("ReturnsController", "That line is not part of this sale."),
                    "quantity",
                )
            if isinstance(quantity, bool) or not isinstance(quantity, int):
                raise UserError(
                    translate("ReturnsController", "{name}: return a whole number of units.").format(
                        name=line.name
                    ),
                    "quantity",
                )
            try:
                amounts = refund_line(line.charged, already_returned=line.returned, quantity=quantity)
            except RefundError as error:
                raise UserError(
                    translate("ReturnsController", "{name}: {message}.").format(
                        name=line.name, message=error.message
                    ),
                    "quantity",
                ) from None
            lines.append(
                RefundedLine(
                    order_item_id=line.order_item_id,
                    item_id=line.item_id,
                    name=line.name,
                    quantity=quantity,
                    unit_price=line.unit_price,
                    net=amounts.net,
                    tax=amounts.tax,
                    gross=amounts.gross,
                    tax_rate=line.tax_rate,
                )
            )
        lines.sort(key=lambda refunded: refunded.order_item_id)
        total = sum((line.gross for line in lines), ZERO)
        coming_back = {line.order_item_id: line.quantity for line in lines}
        all_returned = all(line.returnable == coming_back.get(line.order_item_id, 0) for line in sale.lines)
        goods_before = sum((line.refunded_gross for line in sale.lines), ZERO)
        payouts = plan_payouts(
            sale.tenders,
            goods_after=goods_before + total,
            all_returned=all_returned,
            destination=destination,
            cash_increment=self._settings().cash_increment,
        )
        return RefundQuote(
            lines=tuple(lines),
            net=sum((line.net for line in lines), ZERO),
            tax=sum((line.tax for line in lines), ZERO),
            total=total,
            taxes=refund_taxes(_as_line_refunds(lines)),
            payouts=payouts,
            destination=destination,
        )

    def refund(
        self,
        order_id: int,
        quantities: Mapping[int, int],
        reason: str,
        destination: RefundDestination = RefundDestination.ORIGINAL,
    ) -> RefundReceipt:
        """Take back `quantities` ({order_item_id: units}) of the paid sale and record the money returned.

        One transaction: the refund, its lines and tenders, the stock put back. Bad input, a sale
        that is not paid, more than is left to return (also because another register just
        returned it) or no open shift raise UserError, and nothing changes.
        """
        if not quantities:
            raise UserError(
                translate(
                    "ReturnsController", "Choose what comes back: type a quantity on at least one line."
                ),
                "quantity",
            )
        cleaned_reason = clean_reason(reason)
        destination = RefundDestination(destination)
        created_at = utc_now()
        try:
            with guarded(self._staff, Permission.REFUND), self._uow.write() as session:
                shift_id = open_shift_id(session)
                if shift_id is None:
                    raise UserError(no_open_shift())
                header = find_header(session, order_id=order_id)
                if header is None:
                    raise NotFoundError(translate("ReturnsController", "That sale no longer exists."))
                _check_paid(header)
                # Read inside BEGIN IMMEDIATE: no other register can return these units meanwhile.
                sale = load_returnable_sale(session, header)
                quote = self.quote(sale, quantities, destination)
                refund_id = _write_refund(session, order_id, shift_id, created_at, cleaned_reason, quote)
                audit_hooks.refunded(
                    session, order_id, refund_id, quote.total, cleaned_reason, destination, quantities
                )
        except UserError as error:
            # The triggers of migration 0004 refuse a refund into a closed shift; whatever wording
            # errors.py gives it, the database's own message is kept as the cause.
            if error.__cause__ is not None and "closed shift" in str(error.__cause__):
                raise UserError(
                    translate(
                        "ReturnsController",
                        "This till's shift was closed meanwhile: open a shift (F10) and try again. "
                        "Nothing was refunded.",
                    )
                ) from None
            raise
        receipt = RefundReceipt(
            refund_id=refund_id,
            order_id=order_id,
            receipt_no=sale.receipt_no,
            created_at=created_at,
            reason=cleaned_reason,
            lines=quote.lines,
            net=quote.net,
            tax=quote.tax,
            total=quote.total,
            taxes=quote.taxes,
            tenders=quote.payouts,
            destination=destination,
            customer_name=sale.customer_name,
        )
        self.refund_completed.emit(receipt)
        return receipt


def clean_reason(text: str) -> str:
    """The reason for a return as typed: required, one line, at most MAX_REASON characters."""
    reason = " ".join(text.split())
    if any(unicodedata.category(char) == "Cc" for char in reason):
        raise UserError(
            translate("Returns", "The reason contains control characters."),
            "reason",
        )
    if not reason:
        raise UserError(
            translate("Returns", "Type the reason for the return (e.g. damaged, wrong size)."),
            "reason",
        )
    if len(reason) > MAX_REASON:
        raise UserError(
            translate("Returns", "The reason is too long ({length} characters, at most {maximum}).").format(
                length=len(reason), maximum=MAX_REASON
            ),
            "reason",
        )
    return reason


def describe_payouts(receipt: RefundReceipt) -> str:
    """What to give back, for the cashier: "Refunded 4.50 in cash", "Refunded 9.00: card 6.00, cash 3.00"."""
    tenders = receipt.tenders
    if not tenders:
        return translate(
            "Returns", "Return of {total} recorded; nothing to pay out after cash rounding."
        ).format(total=format_money(receipt.total))
    paid_out = format_money(receipt.paid_out)
    if len(tenders) == 1:
        tender = tenders[0]
        reference = f" ({tender.reference})" if tender.reference else ""
        if tender.method is TenderMethod.CASH:
            message = translate("Returns", "Refunded {amount} in cash{reference}.")
        else:
            message = translate("Returns", "Refunded {amount} to the {method}{reference}.")
        return message.format(amount=paid_out, method=_tender_name(tender.method), reference=reference)
    parts = ", ".join(
        f"{_tender_name(tender.method)} {format_money(tender.amount)}"
        + (f" ({tender.reference})" if tender.reference else "")
        for tender in tenders
    )
    return translate("Returns", "Refunded {amount}: {parts}.").format(amount=paid_out, parts=parts)


def _tender_name(method: TenderMethod) -> str:
    """A refund tender's name inside a sentence ("card"), in the user's language; the stored value
    stays English."""
    names = {
        TenderMethod.CASH: translate("Returns", "cash"),
        TenderMethod.CARD: translate("Returns", "card"),
        TenderMethod.VOUCHER: translate("Returns", "voucher"),
    }
    return names.get(method, method.value)


def _check_paid(header: SaleHeader) -> None:
    if header.status != OrderStatus.PAID.value or header.paid_at is None:
        raise ConflictError(
            translate(
                "Returns", "Receipt {number} is not a completed sale ({status}): nothing can be returned."
            ).format(number=header.receipt_no, status=header.status)
        )


def _write_refund(
    session: Session, order_id: int, shift_id: int, created_at: datetime, reason: str, quote: RefundQuote
) -> int:
    refund_id = session.execute(
        insert(Refund)
        .values(
            order_id=order_id,
            shift_id=shift_id,
            created_at=created_at,
            reason=reason,
            net=quote.net,
            tax=quote.tax,
            total=quote.total,
        )
        .returning(Refund.id)
    ).scalar_one()
    session.execute(
        insert(RefundLine),
        [
            {
                "refund_id": refund_id,
                "order_item_id": line.order_item_id,
                "quantity": line.quantity,
                "net": line.net,
                "tax": line.tax,
                "gross": line.gross,
            }
            for line in quote.lines
        ],
    )
    if quote.payouts:
        session.execute(
            insert(RefundTender),
            [
                {
                    "refund_id": refund_id,
                    "method": p.method.value,
                    "amount": p.amount,
                    "reference": p.reference,
                }
                for p in quote.payouts
            ],
        )
    # One executemany of atomic increments: stock = stock + returned, never read-modify-write.
    items = cast(Table, Item.__table__)
    session.connection().execute(
        update(items)
        .where(items.c.id == bindparam("line_item_id"))
        .values(stock=items.c.stock + bindparam("back")),
        [{"line_item_id": line.item_id, "back": line.quantity} for line in quote.lines],
    )
    record_return(session, refund_id, created_at)
    return refund_id


def _as_line_refunds(lines: list[RefundedLine]) -> list[LineRefund]:
    return [LineRefund(line.quantity, line.net, line.tax, line.gross, line.tax_rate) for line in lines]
