"""Receipts of paid sales: built from what the database recorded, and sent to the shop's printer.

`ReceiptController` turns a paid order into a `ReceiptDocument` (pos_app.receipts.document)
from the stored figures only: the lines as priced at payment (OrderItem net/tax/gross, the
line discount and the share of the order discount), the tax per rate written at payment
(order_taxes), the payments and the cash rounding. Nothing is re-priced, so a reprint years
later, after the catalog or the tax settings changed, shows what the customer was charged.
Two SELECTs per receipt: the order with its lines, shift and customer; then its taxes and
payments together.

A refund slip (`document_for_refund`) is built the same way from what the return recorded:
the refund with its lines joined to the sold lines (names, prices, tax rates, discounts as
sold), the shift's cashier and the sale's receipt number in one SELECT, its payouts in a
second. Its number is "RF-" and the refund id (domain.receipt_numbers), never a sale's number.

Printing goes where the settings say: an ESC/POS thermal printer (python-escpos behind
pos_app.receipts.escpos_output), or a system printer through Qt. The system printer is
drawn by the widgets layer (QtPrintSupport loads QtWidgets), which hands this controller a
factory for it (`set_system_printer`). Printing happens after the sale committed and never
touches the database: an unreachable printer is a `ReceiptPrintError` message, and the sale
stands.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject
from sqlalchemy import ColumnElement, literal, null, select, union_all

from pos_app.controllers import audit_hooks
from pos_app.controllers.errors import NotFoundError, UserError
from pos_app.controllers.return_rows import RefundReceipt
from pos_app.controllers.rows import SaleReceipt
from pos_app.controllers.settings import Paper, ReceiptOutput, ShopSettings
from pos_app.controllers.staff import StaffController, guarded
from pos_app.controllers.transactions import UnitOfWork
from pos_app.db.models import (
    Customer,
    Item,
    Order,
    OrderItem,
    OrderStatus,
    OrderTax,
    Payment,
    PaymentMethod,
    Refund,
    RefundLine,
    RefundTender,
    Shift,
)
from pos_app.domain.cash import TenderMethod
from pos_app.domain.discounts import Discount as DomainDiscount
from pos_app.domain.discounts import DiscountError, DiscountKind
from pos_app.domain.i18n import translate
from pos_app.domain.money import ZERO, round_money
from pos_app.domain.permissions import Permission
from pos_app.domain.receipt_numbers import is_refund_number, parse_refund_number, refund_number_text
from pos_app.domain.receipt_numbers import parse_receipt_number as domain_parse_receipt_number
from pos_app.domain.validation import ValidationError
from pos_app.receipts.document import (
    Discount,
    ReceiptDocument,
    ReceiptKind,
    ReceiptLine,
    ShopHeader,
    TaxRow,
    Tender,
    consistency_problems,
)

if TYPE_CHECKING:
    from pos_app.receipts.escpos_output import ReceiptPrinter as EscposPrinter

# The English names (the stored method values stay lowercase English); receipts print method_name().
METHOD_NAMES = {
    PaymentMethod.CASH.value: "Cash",
    PaymentMethod.CARD.value: "Card",
    PaymentMethod.VOUCHER.value: "Voucher",
}
# The English text, for tests; the till shows it through translate() where it is raised.
NO_PRINTER = "No receipt printer is set up: choose one in Settings (Ctrl+,)."


def method_name(method: str) -> str:
    """A payment method's name as the receipt prints it, in the user's language ("Cash", "Card")."""
    names = {
        PaymentMethod.CASH.value: translate("Receipts", "Cash"),
        PaymentMethod.CARD.value: translate("Receipts", "Card"),
        PaymentMethod.VOUCHER.value: translate("Receipts", "Voucher"),
    }
    return names.get(method, method.title())


MAX_NO_SALE_REASON = 200


class ReceiptPrintError(UserError):
    """The receipt could not be printed (printer unreachable, refused, misconfigured); the sale stands."""


@dataclass(frozen=True, slots=True)
class PrintJob:
    """Printing decided and its receipt read: `run()` only talks to the printer (ReceiptPrintError).

    `in_background`: safe on a worker thread (a thermal printer; a system printer is drawn
    with Qt and stays on the GUI thread).
    """

    run: Callable[[], None]
    prints_receipt: bool
    in_background: bool


class ReceiptPrinter(Protocol):
    """What printing needs of a printer (pos_app.receipts.escpos_output.ReceiptPrinter's shape).

    A system printer raises pos_app.receipts.escpos_output.ReceiptPrinterError, or any
    UserError, when it cannot print.
    """

    def print_receipt(self, doc: ReceiptDocument, *, open_drawer: bool = False) -> None: ...

    def open_cash_drawer(self) -> None: ...


SystemPrinterFactory = Callable[[Paper], ReceiptPrinter]
# A result row of the queries below, read by column name.
_Row = Any


def receipt_number_text(receipt_no: int) -> str:
    """How a receipt number is printed, shown and encoded in the receipt's barcode."""
    return str(receipt_no)


def parse_receipt_number(typed: str) -> int:
    """A receipt number as typed or scanned from the receipt's barcode ("42", "#42", "R-000042")."""
    try:
        return domain_parse_receipt_number(typed)
    except ValidationError as error:
        raise UserError(error.message, "number") from None


class ReceiptController(QObject):
    """Builds receipts of paid sales and prints them with the shop's printer settings."""

    def __init__(
        self,
        uow: UnitOfWork,
        settings: Callable[[], ShopSettings],
        parent: QObject | None = None,
        *,
        staff: StaffController | None = None,
    ) -> None:
        super().__init__(parent)
        self._uow = uow
        self._settings = settings
        self._system_printer: SystemPrinterFactory | None = None
        # Opening the drawer without a sale needs Permission.NO_SALE_DRAWER (None: unchecked).
        self._staff = staff

    def set_system_printer(self, factory: SystemPrinterFactory | None) -> None:
        """Give the factory of system printers (the widgets layer draws them); None removes it."""
        self._system_printer = factory

    # -- building receipts ---------------------------------------------------------------

    def document_for_order(self, order_id: int) -> ReceiptDocument:
        """The receipt of paid order `order_id`; NotFoundError when it is not a paid sale."""
        return self._document(
            Order.id == order_id,
            translate("ReceiptController", "Sale {order_id}").format(order_id=order_id),
        )

    def document_for_number(self, typed: str) -> ReceiptDocument:
        """The receipt or refund slip with the number typed or scanned ("12", "RF-000003").

        UserError for garbage, NotFoundError when there is no such receipt or slip.
        """
        if is_refund_number(typed):
            try:
                refund_id = parse_refund_number(typed)
            except ValidationError as error:
                raise UserError(error.message, "number") from None
            return self.document_for_refund(refund_id)
        number = parse_receipt_number(typed)
        return self._document(
            Order.receipt_no == number,
            translate("ReceiptController", "Receipt {number}").format(number=number),
        )

    def last_document(self) -> ReceiptDocument:
        """What this till handed over last: the receipt of the last sale, or a later refund's slip.

        A cashier who has just made a return and presses Ctrl+P expects its slip, so the newest of
        the two wins (by the time it was recorded).
        """
        # One database serves one register until registers are named, so the newest number is the
        # till's; a shared database would filter on the shift's register here.
        paid = (
            select(Order.receipt_no, Order.paid_at)
            .where(Order.status == OrderStatus.PAID.value, Order.receipt_no.is_not(None))
            .order_by(Order.receipt_no.desc())
            .limit(1)
            .subquery()
        )
        refunded = select(Refund.id, Refund.created_at).order_by(Refund.id.desc()).limit(1).subquery()
        # One SELECT finds both candidates.
        newest = select(
            select(paid.c.receipt_no).scalar_subquery().label("receipt_no"),
            select(paid.c.paid_at).scalar_subquery().label("paid_at"),
            select(refunded.c.id).scalar_subquery().label("refund_id"),
            select(refunded.c.created_at).scalar_subquery().label("refunded_at"),
        )
        with self._uow.read() as session:
            last = session.execute(newest).one()
        if last.refund_id is not None and (last.paid_at is None or last.refunded_at >= last.paid_at):
            return self.document_for_refund(last.refund_id)
        if last.receipt_no is None:
            raise NotFoundError(
                translate(
                    "ReceiptController", "No sale has been completed yet: there is no receipt to print."
                )
            )
        return self._document(
            Order.receipt_no == last.receipt_no,
            translate("ReceiptController", "Receipt {number}").format(number=last.receipt_no),
        )

    def document_for_refund(self, refund_id: int) -> ReceiptDocument:
        """The slip of refund `refund_id`, from what the return recorded; NotFoundError if there is none."""
        number = refund_number_text(refund_id)
        with self._uow.read() as session:
            rows = session.execute(
                _REFUND_LINES_QUERY.where(Refund.id == refund_id).order_by(RefundLine.id)
            ).all()
            if not rows:
                raise NotFoundError(
                    translate("ReceiptController", "Refund slip {number} does not exist.").format(
                        number=number
                    )
                )
            payouts = session.execute(
                select(RefundTender.method, RefundTender.amount, RefundTender.reference)
                .where(RefundTender.refund_id == refund_id)
                .order_by(RefundTender.id)
            ).all()
        doc = _build_refund(self._settings(), rows, payouts)
        problems = consistency_problems(doc)
        if problems:
            raise UserError(
                translate(
                    "ReceiptController",
                    "Refund slip {number} does not add up ({problems}); it was not printed.",
                ).format(number=number, problems=problems[0])
            )
        return doc

    def _document(self, where: ColumnElement[bool], what: str, missing: str | None = None) -> ReceiptDocument:
        with self._uow.read() as session:
            rows = session.execute(_LINES_QUERY.where(where).order_by(OrderItem.id)).all()
            if not rows:
                raise NotFoundError(
                    missing or translate("ReceiptController", "{what} does not exist.").format(what=what)
                )
            head = rows[0]
            if head.status != OrderStatus.PAID.value or head.receipt_no is None:
                raise NotFoundError(
                    translate("ReceiptController", "{what} is not a paid sale, so it has no receipt.").format(
                        what=what
                    )
                )
            extras = session.execute(_extras_query(head.order_id)).all()
        doc = _build(self._settings(), head, rows, extras)
        problems = consistency_problems(doc)
        if problems:
            # Never hand a customer figures that do not add up; this is a bug or a damaged record.
            raise UserError(
                translate(
                    "ReceiptController", "Receipt {number} does not add up ({problems}); it was not printed."
                ).format(number=doc.number, problems=problems[0])
            )
        return doc

    # -- printing ------------------------------------------------------------------------

    def print(self, doc: ReceiptDocument, *, open_drawer: bool = False) -> None:
        """Print `doc` on the configured printer (and then kick the drawer, with `open_drawer`)."""
        self._print_with(self._settings(), doc, open_drawer=open_drawer)

    def print_after_sale(self, sale: SaleReceipt) -> bool:
        """What the till does once a sale committed: open the drawer for cash, print if set to.

        Returns whether a receipt was printed. Raises ReceiptPrintError (a UserError) when the
        printer fails; the sale is committed already and stays so.
        """
        job = self.after_sale_job(sale)
        if job is None:
            return False
        job.run()
        return job.prints_receipt

    def after_sale_job(self, sale: SaleReceipt) -> PrintJob | None:
        """The printing to do after `sale`, read and rendered now, or None when there is none.

        The database is read here, on the caller's thread; the job's `run` only talks to the
        printer, so a thermal printer's job (`in_background`) may run on a worker thread and a
        slow or unreachable network printer never holds up the till.
        """
        paid_cash = any(tender.method == PaymentMethod.CASH.value for tender in sale.tenders)
        return self._job_after(paid_cash, lambda: self.document_for_order(sale.order_id))

    def after_refund_job(self, refund: RefundReceipt) -> PrintJob | None:
        """The printing to do after a committed return, as `after_sale_job` does after a sale.

        The slip prints when the shop prints after each sale; the drawer opens when cash was
        given back and the shop opens it for cash. Raises UserError when the slip cannot be read.
        """
        cash_back = any(tender.method is TenderMethod.CASH for tender in refund.tenders)
        return self._job_after(cash_back, lambda: self.document_for_refund(refund.refund_id))

    def _job_after(self, cash: bool, document: Callable[[], ReceiptDocument]) -> PrintJob | None:
        settings = self._settings()
        thermal = settings.receipt_output is ReceiptOutput.ESCPOS
        drawer = settings.open_drawer_on_cash and cash and thermal
        if settings.print_after_sale and settings.receipt_output is not ReceiptOutput.NONE:
            doc = document()
            printer = self._printer(settings)
            return PrintJob(
                lambda: _printing(lambda: printer.print_receipt(doc, open_drawer=drawer)),
                prints_receipt=True,
                in_background=thermal,
            )
        if drawer:
            return PrintJob(
                partial(_printing, self._printer(settings).open_cash_drawer),
                prints_receipt=False,
                in_background=True,
            )
        return None

    def open_drawer_no_sale(self, reason: str) -> None:
        """Open the cash drawer without a sale (change for the bank, a jammed note), with a reason.

        Audited as "drawer_open" with the reason and any approver. The event and the drawer kick
        go together: the kick happens inside the event's transaction, so a printer that fails
        leaves no event, and an event that cannot be written leaves the drawer shut.
        """
        why = " ".join(reason.split())
        if not why:
            raise UserError(
                translate("ReceiptController", "Say why the drawer is opened without a sale."),
                "reason",
            )
        if len(why) > MAX_NO_SALE_REASON:
            raise UserError(
                translate("ReceiptController", "Keep the reason under {maximum} characters.").format(
                    maximum=MAX_NO_SALE_REASON
                ),
                "reason",
            )
        settings = self._settings()
        if settings.receipt_output is not ReceiptOutput.ESCPOS:
            raise ReceiptPrintError(
                translate(
                    "ReceiptController",
                    "The cash drawer opens through an ESC/POS receipt printer: "
                    "choose one in Settings (Ctrl+,).",
                )
            )
        printer = self._printer(settings)
        with guarded(self._staff, Permission.NO_SALE_DRAWER), self._uow.write() as session:
            audit_hooks.drawer_opened(session, why)
            _printing(printer.open_cash_drawer)

    def test_print(self, settings: ShopSettings) -> None:
        """Print a sample receipt with `settings` (not yet saved) and kick the drawer if it is enabled."""
        self._print_with(settings, sample_document(settings), open_drawer=settings.open_drawer_on_cash)

    def _print_with(self, settings: ShopSettings, doc: ReceiptDocument, *, open_drawer: bool) -> None:
        printer = self._printer(settings)
        # Only a thermal printer has a drawer port; the drawer opens as the receipt starts.
        drawer = open_drawer and settings.receipt_output is ReceiptOutput.ESCPOS
        _printing(lambda: printer.print_receipt(doc, open_drawer=drawer))

    def _printer(self, settings: ShopSettings) -> ReceiptPrinter:
        if settings.receipt_output is ReceiptOutput.NONE:
            raise ReceiptPrintError(
                translate(
                    "ReceiptController", "No receipt printer is set up: choose one in Settings (Ctrl+,)."
                )
            )
        if settings.receipt_output is ReceiptOutput.SYSTEM:
            if self._system_printer is None:
                raise ReceiptPrintError(
                    translate("ReceiptController", "System printers can only be used from the till's window.")
                )
            return self._system_printer(settings.paper)
        # Imported here: python-escpos takes about 0.2 s to import, a cost only printing should pay.
        from pos_app.receipts.escpos_output import make_receipt_printer

        try:
            escpos: EscposPrinter = make_receipt_printer(settings.escpos_printer())
        except ValueError as error:
            raise ReceiptPrintError(
                translate("ReceiptController", "The receipt printer settings are not usable: {error}").format(
                    error=error
                )
            ) from None
        return escpos


def _printing(action: Callable[[], None]) -> None:
    """Run a printer action, turning the printer library's errors into a ReceiptPrintError."""
    from pos_app.receipts.escpos_output import ReceiptPrinterError

    try:
        action()
    except ReceiptPrinterError as error:
        raise ReceiptPrintError(str(error)) from None
    except ValueError as error:  # a receipt the printer cannot encode (e.g. its barcode)
        raise ReceiptPrintError(
            translate("Receipts", "The receipt could not be printed: {error}").format(error=error)
        ) from None


# -- queries --------------------------------------------------------------------------------

_LINES_QUERY = (
    select(
        Order.id.label("order_id"),
        Order.status,
        Order.receipt_no,
        Order.paid_at,
        Order.cash_rounding,
        Order.discount_kind.label("order_discount_kind"),
        Order.discount_value.label("order_discount_value"),
        Order.discount_reason.label("order_discount_reason"),
        Order.total,
        Shift.cashier,
        Customer.name.label("customer"),
        OrderItem.id.label("line_id"),
        Item.name,
        OrderItem.quantity,
        OrderItem.price_paid,
        OrderItem.list_price,
        OrderItem.tax_rate,
        OrderItem.tax_name,
        OrderItem.discount_kind,
        OrderItem.discount_value,
        OrderItem.discount_reason,
        OrderItem.line_discount,
        OrderItem.order_discount,
        OrderItem.net,
        OrderItem.tax,
        OrderItem.gross,
    )
    .select_from(Order)
    .outerjoin(Shift, Shift.id == Order.shift_id)
    .outerjoin(Customer, Customer.id == Order.customer_id)
    .outerjoin(OrderItem, OrderItem.order_id == Order.id)
    .outerjoin(Item, Item.id == OrderItem.item_id)
)


def _extras_query(order_id: int) -> Any:
    """The order's tax per rate and its payments in one SELECT: (kind, id, name, rate, a, b, reference).

    Tax rows carry (tax name, percent, net, tax); payments (method, -, tendered, change given).
    """
    taxes = select(
        literal("tax").label("kind"),
        OrderTax.id,
        OrderTax.tax_name.label("name"),
        OrderTax.tax_rate.label("rate"),
        OrderTax.net.label("a"),
        OrderTax.tax.label("b"),
        null().label("reference"),
    ).where(OrderTax.order_id == order_id)
    payments = select(
        literal("payment"),
        Payment.id,
        Payment.method,
        null(),
        Payment.tendered,
        Payment.change_given,
        Payment.reference,
    ).where(Payment.order_id == order_id)
    combined = union_all(taxes, payments).subquery()
    return select(combined).order_by(combined.c.kind.desc(), combined.c.id)


# -- building -------------------------------------------------------------------------------


def _rate_name(name: str, percent: Decimal) -> str:
    # The same fallback SaleController's pricing gives an unnamed rate, so lines meet their tax row.
    return name or f"Tax {percent.normalize():f}%"


def _label(index: int) -> str:
    return chr(ord("A") + index) if index < 26 else str(index + 1)


def _discount_text(kind: str | None, value: Decimal | None, reason: str | None) -> str:
    if kind is None or value is None:
        return reason or translate("Receipts", "Discount")
    try:
        described = DomainDiscount(DiscountKind(kind), value, reason or "-").describe()
    except (DiscountError, ValueError):
        return reason or translate("Receipts", "Discount")
    return f"{described} {reason}" if reason else described


def _local(utc_naive: datetime) -> datetime:
    return utc_naive.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def _prices_included_tax(lines: Sequence[_Row], default: bool) -> bool:
    """Whether the sale was priced with tax-inclusive prices (the setting may have changed since).

    The discounted extended price of every line is its gross when prices include tax and its
    net when they do not; with no tax at all both read the same, and the current setting is used.
    """
    charged = [
        (round_money(line.price_paid * line.quantity) - line.line_discount - line.order_discount, line)
        for line in lines
    ]
    as_gross = all(amount == line.gross for amount, line in charged)
    as_net = all(amount == line.net for amount, line in charged)
    if as_gross != as_net:
        return as_gross
    return default


def _build(
    settings: ShopSettings, head: _Row, rows: Sequence[_Row], extras: Sequence[_Row]
) -> ReceiptDocument:
    lines = [row for row in rows if row.line_id is not None]
    tax_rows = [row for row in extras if row.kind == "tax"]
    payments = [row for row in extras if row.kind == "payment"]

    taxes = tuple(
        TaxRow(_label(index), row.name, row.rate, row.a, row.b) for index, row in enumerate(tax_rows)
    )
    by_rate = {(row.name, row.percent): row.label for row in taxes}
    by_percent = {row.percent: row.label for row in reversed(taxes)}

    receipt_lines: list[ReceiptLine] = []
    for line in lines:
        extended = round_money(line.price_paid * line.quantity)
        discount = None
        if line.line_discount:
            text = _discount_text(line.discount_kind, line.discount_value, line.discount_reason)
            discount = Discount(text, line.line_discount)
        label = by_rate.get((_rate_name(line.tax_name, line.tax_rate), line.tax_rate))
        receipt_lines.append(
            ReceiptLine(
                name=line.name,
                quantity=line.quantity,
                unit_price=line.price_paid,
                line_total=extended - line.line_discount,
                tax_label=label or by_percent.get(line.tax_rate, ""),
                list_price=line.list_price if line.list_price != line.price_paid else None,
                discount=discount,
            )
        )
    order_off = sum((line.order_discount for line in lines), ZERO)
    order_discount = None
    if order_off:
        text = _discount_text(head.order_discount_kind, head.order_discount_value, head.order_discount_reason)
        order_discount = Discount(text, order_off)
    items_total = sum((line.line_total for line in receipt_lines), ZERO)

    address = tuple(part.strip() for part in settings.shop_address.splitlines() if part.strip())
    number = receipt_number_text(head.receipt_no)
    return ReceiptDocument(
        shop=ShopHeader(settings.shop_name, address, settings.shop_tax_id.strip() or None),
        number=number,
        issued_at=_local(head.paid_at),
        cashier=head.cashier or "",
        customer=head.customer,
        lines=tuple(receipt_lines),
        order_discount=order_discount,
        subtotal=items_total - order_off,
        taxes=taxes,
        total=head.total,
        tenders=tuple(Tender(method_name(row.name), row.a, row.reference) for row in payments),
        change=sum((row.b for row in payments), ZERO),
        prices_include_tax=_prices_included_tax(lines, settings.prices_include_tax),
        cash_rounding=head.cash_rounding or None,
        footer=settings.receipt_footer,
    )


# -- refund slips ---------------------------------------------------------------------------

_REFUND_LINES_QUERY = (
    select(
        Refund.id.label("refund_id"),
        Refund.created_at,
        Refund.reason,
        Refund.total.label("refund_total"),
        Order.receipt_no,
        Order.discount_kind.label("order_discount_kind"),
        Order.discount_value.label("order_discount_value"),
        Order.discount_reason.label("order_discount_reason"),
        Shift.cashier,
        Customer.name.label("customer"),
        RefundLine.quantity.label("returned"),
        RefundLine.net.label("refund_net"),
        RefundLine.tax.label("refund_tax"),
        RefundLine.gross.label("refund_gross"),
        Item.name,
        OrderItem.quantity,
        OrderItem.price_paid,
        OrderItem.list_price,
        OrderItem.tax_rate,
        OrderItem.tax_name,
        OrderItem.discount_kind,
        OrderItem.discount_value,
        OrderItem.discount_reason,
        OrderItem.line_discount,
        OrderItem.order_discount,
        OrderItem.net,
        OrderItem.gross,
    )
    .select_from(Refund)
    .join(Order, Order.id == Refund.order_id)
    .outerjoin(Shift, Shift.id == Refund.shift_id)
    .outerjoin(Customer, Customer.id == Order.customer_id)
    .join(RefundLine, RefundLine.refund_id == Refund.id)
    .join(OrderItem, OrderItem.id == RefundLine.order_item_id)
    .outerjoin(Item, Item.id == OrderItem.item_id)
)


def _refund_discount_text(row: _Row) -> str:
    """What the discount given back on a returned line was, as sold: the line's, the order's, or both."""
    texts = []
    if row.line_discount:
        texts.append(_discount_text(row.discount_kind, row.discount_value, row.discount_reason))
    if row.order_discount:
        texts.append(
            translate("Receipts", "Order: ")
            + _discount_text(row.order_discount_kind, row.order_discount_value, row.order_discount_reason)
        )
    return "; ".join(texts) or translate("Receipts", "Discount as sold")


def _build_refund(settings: ShopSettings, rows: Sequence[_Row], payouts: Sequence[_Row]) -> ReceiptDocument:
    """A refund slip: quantities, lines, taxes, total and payouts negative (money going out)."""
    head = rows[0]
    include_tax = _prices_included_tax(rows, settings.prices_include_tax)

    # Tax refunded per rate, in rate order, labelled as the lines refer to them.
    rates: dict[tuple[str, Decimal], list[Decimal]] = {}
    for row in rows:
        key = (_rate_name(row.tax_name, row.tax_rate), row.tax_rate)
        net_tax = rates.setdefault(key, [ZERO, ZERO])
        net_tax[0] += row.refund_net
        net_tax[1] += row.refund_tax
    ordered = sorted(rates, key=lambda key: (key[1], key[0]))
    taxes = tuple(
        TaxRow(_label(index), name, percent, -rates[(name, percent)][0], -rates[(name, percent)][1])
        for index, (name, percent) in enumerate(ordered)
    )
    labels = {(row.name, row.percent): row.label for row in taxes}

    lines: list[ReceiptLine] = []
    for row in rows:
        # What the returned units were charged, in the catalog's terms (gross, or net before tax).
        charged = row.refund_gross if include_tax else row.refund_net
        extended = round_money(row.price_paid * row.returned)
        discount = None
        if extended != charged:
            discount = Discount(_refund_discount_text(row), charged - extended)
        lines.append(
            ReceiptLine(
                name=row.name,
                quantity=-row.returned,
                unit_price=row.price_paid,
                line_total=-charged,
                tax_label=labels[(_rate_name(row.tax_name, row.tax_rate), row.tax_rate)],
                list_price=row.list_price if row.list_price != row.price_paid else None,
                discount=discount,
            )
        )
    paid_out = sum((payout.amount for payout in payouts), ZERO)
    address = tuple(part.strip() for part in settings.shop_address.splitlines() if part.strip())
    subtotal = sum((line.line_total for line in lines), ZERO)
    return ReceiptDocument(
        shop=ShopHeader(settings.shop_name, address, settings.shop_tax_id.strip() or None),
        number=refund_number_text(head.refund_id),
        issued_at=_local(head.created_at),
        cashier=head.cashier or "",
        customer=head.customer,
        lines=tuple(lines),
        subtotal=subtotal,
        taxes=taxes,
        total=-head.refund_total,
        tenders=tuple(
            Tender(
                translate("Receipts", "{method} refunded").format(method=method_name(p.method)),
                -p.amount,
                p.reference,
            )
            for p in payouts
        ),
        prices_include_tax=include_tax,
        kind=ReceiptKind.REFUND,
        # Cash is given back in whole increments: what the payouts differ from the goods' total by.
        cash_rounding=(head.refund_total - paid_out) or None,
        footer=settings.receipt_footer,
        original_number=receipt_number_text(head.receipt_no),
        reason=head.reason,
    )


def sample_document(settings: ShopSettings) -> ReceiptDocument:
    """A receipt for a test print: the shop's header and footer around one line of nothing."""
    address = tuple(part.strip() for part in settings.shop_address.splitlines() if part.strip())
    return ReceiptDocument(
        shop=ShopHeader(settings.shop_name, address, settings.shop_tax_id.strip() or None),
        number="TEST",
        issued_at=datetime.now(),
        cashier=translate("Receipts", "Printer test"),
        lines=(
            ReceiptLine(
                translate("Receipts", "Test print - not a sale"),
                1,
                ZERO,
                ZERO,
                "",
            ),
        ),
        subtotal=ZERO,
        taxes=(),
        total=ZERO,
        tenders=(),
        prices_include_tax=settings.prices_include_tax,
        footer=settings.receipt_footer,
    )
