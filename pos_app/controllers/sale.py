"""The open sale: scanning, editing lines, choosing a customer, and taking cash.

The sale is a draft order saved with its first line; every edit commits, so a
crash loses nothing and the next start resumes the draft. Paying marks it paid
with a conditional UPDATE (`WHERE status = 'draft'`), so a second press of Pay,
or a second register, can never record the same sale twice.

Discounts (on a line or on the whole sale, a percent or an amount) and price overrides are
kept on the draft with their reasons, and the order is re-priced on every edit
(`price_order_of`, see pos_app.domain.pricing), so each line's discount, share of the sale
discount, net, tax and gross are always stored. An edit after which a discount no longer fits
is refused whole, with a message naming the discount.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from typing import cast

from PySide6.QtCore import QObject, Signal
from sqlalchemy import Select, Table, bindparam, delete, func, insert, inspect, select, update
from sqlalchemy.orm import Session, joinedload, selectinload
from sqlalchemy.orm.attributes import set_committed_value

from pos_app.controllers import audit_hooks
from pos_app.controllers.errors import ConflictError, NotFoundError, UserError
from pos_app.controllers.item_queries import has_search_words, lookup_code, search_items
from pos_app.controllers.parked_queries import list_parked_sales
from pos_app.controllers.prepared import Prepared
from pos_app.controllers.rows import CartLine, CartView, ItemRow, PaidTender, ParkedSale, SaleReceipt
from pos_app.controllers.settings import ShopSettings
from pos_app.controllers.shift_queries import no_open_shift
from pos_app.controllers.staff import StaffController, guarded
from pos_app.controllers.stock_journal import record_sale
from pos_app.controllers.transactions import UnitOfWork
from pos_app.db.models import (
    Customer,
    Item,
    Order,
    OrderItem,
    OrderStatus,
    OrderTax,
    Payment,
    Shift,
    utc_now,
)
from pos_app.domain.cash import Tender, TenderError, TenderMethod, allocate_tenders, round_cash
from pos_app.domain.discounts import (
    Discount,
    DiscountError,
    DiscountKind,
    PriceOverride,
    clean_reason,
    parse_discount,
)
from pos_app.domain.i18n import translate
from pos_app.domain.money import MAX_AMOUNT, ZERO, MoneyError, format_money, parse_money
from pos_app.domain.permissions import Permission
from pos_app.domain.pricing import OrderLine, OrderTotals, price_order
from pos_app.domain.tax import TaxRate
from pos_app.domain.validation import (
    MAX_BARCODE,
    MAX_QUANTITY,
    ValidationError,
    clean_label,
    clean_quantity,
)

MAX_SCAN_LENGTH = max(MAX_BARCODE, 200)
CHOOSER_LIMIT = 50


def _with_lines(statement: Select[Order]) -> Select[Order]:
    """Load an order with its lines, their items and its customer: two SELECTs in all."""
    return statement.options(
        selectinload(Order.items).joinedload(OrderItem.item),
        joinedload(Order.customer),
    )


class StaleSaleError(ConflictError):
    """The open sale was paid or voided elsewhere (another register); a new sale has started."""


class ScanStatus(enum.Enum):
    ADDED = "added"
    CHOOSE = "choose"  # several items match: the cashier picks one
    NOT_FOUND = "not_found"
    EMPTY = "empty"


@dataclass(frozen=True, slots=True)
class ScanResult:
    status: ScanStatus
    message: str = ""
    added: ItemRow | None = None
    candidates: tuple[ItemRow, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class _Label:
    sku: str
    name: str


class SaleController(QObject):
    """Rings up one sale at a time.

    Signals:
        cart_changed(): the lines, customer or totals of the open sale changed.
        sale_completed(SaleReceipt): a sale was paid and committed.
        parked_changed(): a sale was parked or resumed.
    """

    cart_changed = Signal()
    sale_completed = Signal(object)
    parked_changed = Signal()

    def __init__(
        self,
        uow: UnitOfWork,
        settings: Callable[[], ShopSettings],
        parent: QObject | None = None,
        *,
        current_user_id: Callable[[], int | None] = lambda: None,
        staff: StaffController | None = None,
    ):
        super().__init__(parent)
        self._uow = uow
        self._settings = settings
        # Voids, discounts over the cashier's limit and price overrides are checked here
        # (pos_app.domain.permissions); None only for scripts, which are not checked.
        self._staff = staff
        # Who is logged in at the till: recorded as the sale's cashier (orders.cashier_id).
        self._current_user_id = current_user_id
        self._order: Order | None = None
        self._labels: dict[int, _Label] = {}
        self._customer_id: int | None = None
        self._customer_name: str | None = None

    # -- reading -------------------------------------------------------------------------

    def resume(self) -> None:
        """Reopen the newest draft left by a crash or a closed window (two SELECTs at most)."""
        with self._uow.read() as session:
            order = session.scalars(
                _with_lines(select(Order))
                .where(Order.status == OrderStatus.DRAFT.value)
                .order_by(Order.created_at.desc(), Order.id.desc())
                .limit(1)
            ).first()
            if order is None:
                return
            self._adopt(order)
        self.cart_changed.emit()

    def _adopt(self, order: Order) -> None:
        """Make a loaded order (lines, items and customer loaded) the open sale."""
        self._order = order
        self._labels = {line.item_id: _Label(line.item.sku, line.item.name) for line in order.items}
        self._customer_id = order.customer_id
        self._customer_name = order.customer.name if order.customer else None

    def cart(self) -> CartView:
        """The open sale as plain rows; reads the database only after a failed edit expired it."""
        with self._uow.read():
            order = self._order
            lines = list(order.items) if order is not None else []
            totals = price_order_of(order, self._settings()) if order is not None else None
        if order is None or totals is None:
            return CartView(None, self._customer_id, self._customer_name, (), ZERO, ZERO, ZERO)
        return CartView(
            order_id=self._order.id if self._order is not None else None,
            customer_id=self._customer_id,
            customer_name=self._customer_name,
            lines=tuple(
                CartLine(
                    line_id=line.id,
                    item_id=line.item_id,
                    sku=self._labels[line.item_id].sku,
                    name=self._labels[line.item_id].name,
                    quantity=line.quantity,
                    unit_price=line.price_paid,
                    tax_rate=line.tax_rate,
                    line_total=amounts.gross,
                    list_price=line.list_price if line.price_paid != line.list_price else None,
                    override_reason=line.override_reason,
                    discount=amounts.discount,
                    discount_text=_describe_discount(_line_discount(line)),
                )
                for line, amounts in zip(lines, totals.lines, strict=True)
            ),
            subtotal=totals.subtotal,
            tax=totals.tax,
            total=totals.total,
            discounts=totals.discounts,
            order_discount_text=_describe_discount(_order_discount(order)),
        )

    # -- scanning ------------------------------------------------------------------------

    def scan(self, typed: str) -> ScanResult:
        """Barcode or SKU adds that item; other text adds the one item it matches, or offers a choice."""
        code = typed.strip()
        if not code:
            return ScanResult(ScanStatus.EMPTY)
        if len(code) > MAX_SCAN_LENGTH:
            return ScanResult(
                ScanStatus.NOT_FOUND,
                translate("SaleController", "That is not a barcode ({length} characters).").format(
                    length=len(code)
                ),
            )
        # The lookup is one SELECT, atomic by itself: no Session transaction around it.
        with self._uow.single_statement() as connection:
            exact = lookup_code(connection, code)
        candidates: list[ItemRow] = []
        # Punctuation alone would search with no filter and offer the whole catalog.
        if exact is None and not code.isdigit() and has_search_words(code):
            with self._uow.read() as session:
                candidates = search_items(session, code, limit=CHOOSER_LIMIT)
        if exact is None and code.isdigit():
            return ScanResult(
                ScanStatus.NOT_FOUND,
                translate("SaleController", "Unknown barcode {code}: nothing was added.").format(code=code),
            )
        if exact is None and not candidates:
            return ScanResult(
                ScanStatus.NOT_FOUND,
                translate("SaleController", "No item matches “{code}”: nothing was added.").format(code=code),
            )
        if exact is None and len(candidates) > 1:
            return ScanResult(ScanStatus.CHOOSE, candidates=tuple(candidates))
        item = exact if exact is not None else candidates[0]
        self.add_item(item)
        return ScanResult(
            ScanStatus.ADDED,
            translate("SaleController", "Added {name}").format(name=item.name),
            added=item,
        )

    def add_item(self, item: ItemRow, quantity: int = 1) -> None:
        """Add `quantity` of `item`, onto its existing line if it already has one."""
        if not item.active:
            raise UserError(
                translate("SaleController", "{name} is no longer sold (inactive in the catalog).").format(
                    name=item.name
                )
            )
        with self._edit() as order:
            line = next((ln for ln in order.items if ln.item_id == item.id), None)
            if line is None:
                order.items.append(
                    OrderItem(
                        item_id=item.id,
                        quantity=quantity,
                        price_paid=item.price,
                        list_price=item.price,
                        tax_rate=item.tax_rate,
                        tax_name=item.tax_name,
                    )
                )
            else:
                self._check_quantity(line.quantity + quantity)
                line.quantity += quantity
            self._labels[item.id] = _Label(item.sku, item.name)
        self.cart_changed.emit()

    # -- editing lines -------------------------------------------------------------------

    def set_quantity(self, line_id: int, quantity: int) -> None:
        self._check_quantity(quantity)
        with self._edit() as order:
            self._line(order, line_id).quantity = quantity
        self.cart_changed.emit()

    def set_quantity_text(self, line_id: int, typed: str) -> None:
        """Set a quantity typed by the cashier; bad text raises UserError and changes nothing."""
        try:
            quantity = clean_quantity(typed)
        except ValidationError as error:
            raise UserError(error.message, "quantity") from None
        self.set_quantity(line_id, quantity)

    def change_quantity(self, line_id: int, delta: int) -> None:
        """`+`/`-` on a line; going below one removes nothing (Delete does that)."""
        if self._order is None:
            raise NotFoundError(translate("SaleController", "There is no open sale."))
        line = self._line(self._order, line_id)
        new_quantity = line.quantity + delta
        if new_quantity < 1:
            raise UserError(
                translate("SaleController", "Quantity cannot go below 1: press Delete to remove the line.")
            )
        self.set_quantity(line_id, new_quantity)

    def remove_line(self, line_id: int) -> None:
        """Take the line out of `order.items`; delete-orphan deletes its row."""
        with self._edit() as order:
            order.items.remove(self._line(order, line_id))
            if not order.items:
                # An empty sale has nothing to discount; the next first line starts afresh.
                order.discount_kind = order.discount_value = order.discount_reason = None
        self.cart_changed.emit()

    def set_customer(self, customer_id: int | None) -> None:
        """Attach a customer to the sale (None: walk-in). Applies to a sale not yet started, too."""
        name: str | None = None
        if customer_id is not None:
            with self._uow.read() as session:
                customer = session.get(Customer, customer_id)
                if customer is None:
                    raise NotFoundError(translate("SaleController", "That customer no longer exists."))
                name = customer.name
        if self._order is not None:
            with self._edit() as order:
                order.customer_id = customer_id
        self._customer_id, self._customer_name = customer_id, name
        self.cart_changed.emit()

    def cancel_sale(self, reason: str) -> None:
        """Void the open sale with the cashier's reason; it stays on record as void, never a sale."""
        try:
            why = clean_reason(reason, what=translate("SaleController", "voiding a sale"))
        except DiscountError as error:
            raise UserError(error.message, "reason") from None
        if self._order is None:
            return
        with guarded(self._staff, Permission.VOID), self._write() as session:
            result = session.execute(
                update(Order)
                .where(Order.id == self._order.id, Order.status == OrderStatus.DRAFT.value)
                .values(status=OrderStatus.VOID.value, void_reason=why)
            )
            if result.rowcount != 1:  # type: ignore[attr-defined]
                raise self._abandon_stale_sale(translate("SaleController", "This sale is no longer open."))
            audit_hooks.voided(session, self._order.id, why, self._order.total)
        self._start_new_sale()
        self.cart_changed.emit()

    # -- discounts and price overrides -------------------------------------------------
    # Each is one committed edit; the order is re-priced with it before the commit, so a
    # discount that does not fit (an amount larger than what it comes off) is refused and
    # rolled back, and the rollback puts the open sale back as it was.

    def discount_line(self, line_id: int, typed: str, reason: str) -> None:
        """Discount one line: "10%" (percent) or "2.50" (amount off the line), with a reason."""
        discount = _parsed_discount(typed, reason)
        line = self._line(
            self._lines_or(translate("SaleController", "Nothing to discount: the sale is empty.")), line_id
        )
        before = line.price_paid * line.quantity
        with (
            guarded(self._staff, self._discount_permission(discount, before)),
            self._edit(empty=translate("SaleController", "Nothing to discount: the sale is empty.")) as order,
        ):
            line = self._line(order, line_id)
            line.discount_kind = discount.kind.value
            line.discount_value = discount.value
            line.discount_reason = discount.reason
            audit_hooks.discounted(self._uow.session, order.id, discount, line_id)
        self.cart_changed.emit()

    def remove_line_discount(self, line_id: int) -> None:
        with self._edit(
            empty=translate("SaleController", "Nothing to discount: the sale is empty.")
        ) as order:
            line = self._line(order, line_id)
            line.discount_kind = line.discount_value = line.discount_reason = None
            audit_hooks.discounted(self._uow.session, order.id, None, line_id)
        self.cart_changed.emit()

    def discount_sale(self, typed: str, reason: str) -> None:
        """Discount the whole sale; it is shared out over the lines (after their own discounts) for tax."""
        discount = _parsed_discount(typed, reason)
        # What the sale comes to after the lines' own discounts: what this discount comes off.
        before = sum(
            (
                line.price_paid * line.quantity - line.line_discount
                for line in self._lines_or(
                    translate("SaleController", "Nothing to discount: the sale is empty.")
                ).items
            ),
            ZERO,
        )
        with (
            guarded(self._staff, self._discount_permission(discount, before)),
            self._edit(empty=translate("SaleController", "Nothing to discount: the sale is empty.")) as order,
        ):
            order.discount_kind = discount.kind.value
            order.discount_value = discount.value
            order.discount_reason = discount.reason
            audit_hooks.discounted(self._uow.session, order.id, discount)
        self.cart_changed.emit()

    def remove_sale_discount(self) -> None:
        with self._edit(
            empty=translate("SaleController", "Nothing to discount: the sale is empty.")
        ) as order:
            order.discount_kind = order.discount_value = order.discount_reason = None
            audit_hooks.discounted(self._uow.session, order.id, None)
        self.cart_changed.emit()

    def override_price(self, line_id: int, typed_price: str, reason: str) -> None:
        """Charge a line a unit price typed by hand instead of the catalog's; the catalog price is kept."""
        try:
            price = parse_money(
                typed_price,
                field=translate("SaleController", "Price"),
            )
        except MoneyError as error:
            raise UserError(str(error), "price") from None
        try:
            override = PriceOverride(price, reason)
        except DiscountError as error:
            raise UserError(error.message, error.field) from None
        self._line(
            self._lines_or(translate("SaleController", "Nothing to change: the sale is empty.")), line_id
        )
        with (
            guarded(self._staff, Permission.PRICE_OVERRIDE),
            self._edit(empty=translate("SaleController", "Nothing to change: the sale is empty.")) as order,
        ):
            line = self._line(order, line_id)
            if override.unit_price == line.list_price:
                raise UserError(
                    translate(
                        "SaleController",
                        "{price} is the catalog price: restore it with “Catalog price” instead.",
                    ).format(price=format_money(line.list_price)),
                    "price",
                )
            audit_hooks.price_overridden(
                self._uow.session, order.id, line, override.unit_price, override.reason
            )
            line.price_paid = override.unit_price
            line.override_reason = override.reason
        self.cart_changed.emit()

    def remove_price_override(self, line_id: int) -> None:
        """Charge the line its catalog price again."""
        with self._edit(empty=translate("SaleController", "Nothing to change: the sale is empty.")) as order:
            line = self._line(order, line_id)
            audit_hooks.price_overridden(self._uow.session, order.id, line, line.list_price, None)
            line.price_paid = line.list_price
            line.override_reason = None
        self.cart_changed.emit()

    # -- parking -------------------------------------------------------------------------

    def park(self, typed_label: str) -> int:
        """Set the open sale aside under a label and start a new one; returns the parked order's id."""
        try:
            label = clean_label(typed_label)
        except ValidationError as error:
            raise UserError(error.message, "label") from None
        order = self._order
        if order is None or not order.items:
            raise UserError(translate("SaleController", "Nothing to park: the sale is empty."))
        with self._write() as session:
            self._save_totals(session, order)
            session.execute(
                update(Order)
                .where(Order.id == order.id, Order.status == OrderStatus.DRAFT.value)
                .values(status=OrderStatus.PARKED.value, park_label=label, parked_at=utc_now())
                .execution_options(synchronize_session=False)
            )
        self._start_new_sale()
        self.cart_changed.emit()
        self.parked_changed.emit()
        return order.id

    def parked_sales(self) -> list[ParkedSale]:
        """Parked sales, oldest first (the customer who waited longest is served first)."""
        with self._uow.read() as session:
            return list_parked_sales(session)

    def resume_parked(self, order_id: int) -> None:
        """Reopen a parked sale as the open sale. An open sale with lines must be parked first."""
        if self._order is not None and self._order.items:
            raise UserError(
                translate("SaleController", "Finish, park or void the open sale before resuming another one.")
            )
        empty_draft_id = self._order.id if self._order is not None else None
        self._start_new_sale()
        with self._write() as session:
            taken = session.execute(
                update(Order)
                .where(Order.id == order_id, Order.status == OrderStatus.PARKED.value)
                .values(status=OrderStatus.DRAFT.value, park_label=None, parked_at=None)
                .execution_options(synchronize_session=False)
            )
            if taken.rowcount != 1:  # type: ignore[attr-defined]
                # Another register resumed it first, or it was voided meanwhile.
                raise ConflictError(
                    translate("SaleController", "That parked sale is no longer waiting; it was not resumed.")
                )
            if empty_draft_id is not None:  # an empty draft: nothing on it worth keeping
                session.execute(
                    delete(Order).where(Order.id == empty_draft_id, Order.status == OrderStatus.DRAFT.value)
                )
            order = session.scalars(_with_lines(select(Order)).where(Order.id == order_id)).one()
        self._adopt(order)
        self.cart_changed.emit()
        self.parked_changed.emit()

    # -- paying --------------------------------------------------------------------------

    def cash_due(self, amount: Decimal) -> Decimal:
        """What `amount` still due comes to when paid in cash, after the shop's cash rounding."""
        return round_cash(amount, self._settings().cash_increment)

    def pay_cash(self, tendered: Decimal | None = None) -> SaleReceipt:
        """Complete the sale in cash; `tendered=None` means exact cash."""
        order = self._order_to_pay()
        totals = self._priced(order)
        given = totals.total if tendered is None else tendered
        if given < totals.total:
            raise UserError(
                translate("SaleController", "{given} does not cover the total of {total}.").format(
                    given=format_money(given), total=format_money(totals.total)
                ),
                "tendered",
            )
        try:
            tenders = [Tender(TenderMethod.CASH, given)] if given > 0 else []
        except TenderError as error:
            raise UserError(error.message, "tendered") from None
        return self._pay(order, totals, tenders)

    def pay(self, tenders: Sequence[Tender]) -> SaleReceipt:
        """Complete the sale with one or more tenders (only cash may be overpaid).

        One transaction marks the order paid (only if still a draft), gives it the next receipt
        number, writes a payment row per tender, takes the stock and journals a 'sale' stock
        movement per line: all of it, or none.
        """
        order = self._order_to_pay()
        return self._pay(order, self._priced(order), tenders)

    def _order_to_pay(self) -> Order:
        order = self._order
        if order is None or not order.items:
            raise UserError(translate("SaleController", "Nothing to pay: the sale is empty."))
        return order

    def _pay(self, order: Order, totals: OrderTotals, tenders: Sequence[Tender]) -> SaleReceipt:
        """The checkout commit, priced once, as Core statements built once (see _PAY_STATEMENTS).

        The cashier waits on this: the ORM's unit of work is kept out of it. The order's UPDATE
        stores the totals with the paid status, still only `WHERE status = 'draft'`.
        """
        total = totals.total
        try:
            allocation = allocate_tenders(total, tenders, cash_increment=self._settings().cash_increment)
        except TenderError as error:
            raise UserError(error.message, "tendered") from None
        paid_at = utc_now()
        with self._write() as session:
            # The lines' amounts are stored on every edit; only a change of the shop's tax
            # settings since then leaves one to write (and the flush to run).
            if _store_line_amounts(order, totals):
                session.flush()
            connection = session.connection()
            # Under BEGIN IMMEDIATE no other writer runs between this read and the update, and a
            # rollback takes the number back: the series stays gapless.
            shift_id, receipt_no = _SHIFT_AND_NEXT_RECEIPT.execute(connection, {}).one()
            if shift_id is None:
                raise UserError(no_open_shift())
            marked = _MARK_PAID.execute(
                connection,
                {
                    "paid_order_id": order.id,
                    "paid_at": paid_at,
                    "receipt_no": receipt_no,
                    "cash_rounding": allocation.cash_rounding,
                    "shift_id": shift_id,
                    "cashier_id": self._current_user_id(),
                    "subtotal": totals.subtotal,
                    "tax_total": totals.tax,
                    "total": totals.total,
                    "discount_total": totals.discounts,
                },
            )
            if marked.rowcount != 1:
                raise self._abandon_stale_sale(
                    translate("SaleController", "This sale was already completed; it was not charged again.")
                )
            # One executemany of atomic decrements: stock = stock - sold, never read-modify-write.
            _TAKE_STOCK.execute(
                connection, [{"line_item_id": ln.item_id, "sold": ln.quantity} for ln in order.items]
            )
            # ...and the journal's record of it: one INSERT ... SELECT over the order's lines.
            record_sale(session, order.id, paid_at)
            if allocation.tenders:
                _ADD_PAYMENT.execute(
                    connection,
                    [
                        {
                            "order_id": order.id,
                            "method": tender.method.value,
                            "amount": tender.applied,
                            "tendered": tender.tendered,
                            "change_given": tender.change,
                            "reference": tender.reference,
                            "created_at": paid_at,
                        }
                        for tender in allocation.tenders
                    ],
                )
            # What the books need per rate, fixed at the moment of sale.
            if totals.taxes:
                _ADD_ORDER_TAX.execute(
                    connection,
                    [
                        {
                            "order_id": order.id,
                            "tax_name": tax.rate.name,
                            "tax_rate": tax.rate.percent,
                            "net": tax.base,
                            "tax": tax.tax,
                        }
                        for tax in totals.taxes
                    ],
                )
            set_committed_value(order, "status", OrderStatus.PAID.value)
            set_committed_value(order, "paid_at", paid_at)
        receipt = SaleReceipt(
            order_id=order.id,
            receipt_no=receipt_no,
            total=total,
            tendered=sum((t.tendered for t in allocation.tenders), ZERO),
            change=allocation.change,
            paid_at=paid_at,
            tenders=tuple(
                PaidTender(t.method.value, t.tendered, t.applied, t.reference) for t in allocation.tenders
            ),
            cash_rounding=allocation.cash_rounding,
        )
        self._start_new_sale()
        self.sale_completed.emit(receipt)
        self.cart_changed.emit()
        return receipt

    # -- internals -----------------------------------------------------------------------

    @contextmanager
    def _edit(self, empty: str | None = None) -> Iterator[Order]:
        """One committed edit of the draft, which is created (and saved) on the first line.

        With `empty`, the edit needs a sale with lines and raises UserError(empty) otherwise.
        The edit ends by saving the totals with `WHERE status = 'draft'`: if another register
        paid or voided this sale meanwhile, nothing is changed and a new sale starts here.
        """
        if empty is not None and (self._order is None or not self._order.items):
            raise UserError(empty)
        try:
            with self._write() as session:
                if self._order is None:
                    self._order = Order(status=OrderStatus.DRAFT.value, customer_id=self._customer_id)
                    session.add(self._order)
                yield self._order
                self._save_totals(session, self._order)
        except BaseException:
            # A draft created in the failed transaction was never saved: forget it, or the
            # next edit would change an object the Session no longer tracks.
            if self._order is not None and inspect(self._order).transient:
                self._order = None
            raise

    def _lines_or(self, empty: str) -> Order:
        """The open sale if it has lines, else UserError(empty): checked before asking for approval."""
        if self._order is None or not self._order.items:
            raise UserError(empty)
        return self._order

    def _discount_permission(self, discount: Discount, before: Decimal) -> Permission:
        """DISCOUNT within the cashier's limit (a percent of `before`), DISCOUNT_OVER_LIMIT beyond."""
        taken_off = before * discount.value / 100 if discount.kind is DiscountKind.PERCENT else discount.value
        return StaffController.discount_permission(taken_off, before, self._settings().cashier_discount_limit)

    def _line(self, order: Order, line_id: int) -> OrderItem:
        for line in order.items:
            if line.id == line_id:
                return line
        raise NotFoundError(translate("SaleController", "That line is no longer in the sale."))

    def _priced(self, order: Order) -> OrderTotals:
        """The order priced with the shop's settings; UserError if a discount no longer fits or
        the sale would be more than one sale can take."""
        settings = self._settings()
        try:
            totals = price_order_of(order, settings)
        except DiscountError as error:
            raise UserError(_misfit_message(order, settings, error), error.field) from None
        if totals.total > MAX_AMOUNT:
            # No tender could ever pay it (see Tender): refuse the edit, not the payment.
            raise UserError(
                translate(
                    "SaleController",
                    "The sale would come to {total}, more than the {maximum} one sale can "
                    "take; nothing was changed.",
                ).format(total=format_money(totals.total), maximum=format_money(MAX_AMOUNT)),
                "quantity",
            )
        return totals

    def _save_totals(self, session: Session, order: Order, stale_message: str | None = None) -> OrderTotals:
        """Price the order, flush the edit with each line's amounts, and store the totals.

        The totals are stored only while the order is still a draft (see `_edit`).
        """
        totals = self._priced(order)
        _store_line_amounts(order, totals)
        session.flush()
        values = {
            "subtotal": totals.subtotal,
            "tax_total": totals.tax,
            "total": totals.total,
            "discount_total": totals.discounts,
        }
        saved = session.execute(
            update(Order)
            .where(Order.id == order.id, Order.status == OrderStatus.DRAFT.value)
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        if saved.rowcount != 1:  # type: ignore[attr-defined]
            raise self._abandon_stale_sale(
                stale_message
                or translate(
                    "SaleController",
                    "This sale was completed or voided on another register; nothing was changed. "
                    "A new sale has been started.",
                )
            )
        for name, value in values.items():
            set_committed_value(order, name, value)
        return totals

    def _abandon_stale_sale(self, message: str) -> StaleSaleError:
        """Forget a sale that is no longer a draft in the database; the caller raises the result."""
        self._start_new_sale()
        return StaleSaleError(message)

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """UnitOfWork.write(), telling the screen about an abandoned sale once the rollback is done."""
        try:
            with self._uow.write() as session:
                yield session
        except StaleSaleError:
            self.cart_changed.emit()
            raise

    @staticmethod
    def _check_quantity(quantity: int) -> None:
        if quantity < 1:
            raise UserError(
                translate("SaleController", "Quantity must be at least 1."),
                "quantity",
            )
        if quantity > MAX_QUANTITY:
            raise UserError(
                translate("SaleController", "Quantity cannot be more than {maximum:,}.").format(
                    maximum=MAX_QUANTITY
                ),
                "quantity",
            )

    def _start_new_sale(self) -> None:
        if self._order is not None:
            # Forget the finished order so the identity map does not collect a day of sales.
            self._uow.session.expunge(self._order)
        self._order = None
        self._labels.clear()
        self._customer_id = None
        self._customer_name = None


def _store_line_amounts(order: Order, totals: OrderTotals) -> bool:
    """Give each line its priced amounts; whether any changed (and so needs a flush)."""
    changed = False
    for line, priced in zip(order.items, totals.lines, strict=True):
        amounts = (priced.line_discount, priced.order_discount, priced.net, priced.tax, priced.gross)
        if (line.line_discount, line.order_discount, line.net, line.tax, line.gross) != amounts:
            line.line_discount, line.order_discount, line.net, line.tax, line.gross = amounts
            changed = True
    return changed


# The checkout's statements, built once and run as prepared driver statements: building, caching
# and type-processing a statement per payment was most of what SQLAlchemy added to SQLite's own
# time (see TECH-NOTES, checkout 6.9x; controllers/prepared.py).
_ORDERS = cast(Table, Order.__table__)
_ITEMS = cast(Table, Item.__table__)
_SHIFT_AND_NEXT_RECEIPT = Prepared(
    select(
        select(Shift.id).where(Shift.closed_at.is_(None)).limit(1).scalar_subquery(),
        select(func.coalesce(func.max(Order.receipt_no), 0) + 1).scalar_subquery(),
    )
)
_MARK_PAID = Prepared(
    update(_ORDERS)
    .where(_ORDERS.c.id == bindparam("paid_order_id"), _ORDERS.c.status == OrderStatus.DRAFT.value)
    .values(
        status=OrderStatus.PAID.value,
        paid_at=bindparam("paid_at"),
        receipt_no=bindparam("receipt_no"),
        cash_rounding=bindparam("cash_rounding"),
        shift_id=bindparam("shift_id"),
        cashier_id=bindparam("cashier_id"),
        subtotal=bindparam("subtotal"),
        tax_total=bindparam("tax_total"),
        total=bindparam("total"),
        discount_total=bindparam("discount_total"),
    )
)
_TAKE_STOCK = Prepared(
    update(_ITEMS)
    .where(_ITEMS.c.id == bindparam("line_item_id"))
    .values(stock=_ITEMS.c.stock - bindparam("sold"))
)
_ADD_PAYMENT = Prepared(
    insert(cast(Table, Payment.__table__)),
    columns=("order_id", "method", "amount", "tendered", "change_given", "reference", "created_at"),
)
_ADD_ORDER_TAX = Prepared(
    insert(cast(Table, OrderTax.__table__)), columns=("order_id", "tax_name", "tax_rate", "net", "tax")
)


def _line_discount(line: OrderItem) -> Discount | None:
    if line.discount_kind is None or line.discount_value is None:
        return None
    return Discount(DiscountKind(line.discount_kind), line.discount_value, line.discount_reason or "")


def _order_discount(order: Order) -> Discount | None:
    if order.discount_kind is None or order.discount_value is None:
        return None
    return Discount(DiscountKind(order.discount_kind), order.discount_value, order.discount_reason or "")


def _parsed_discount(typed: str, reason: str) -> Discount:
    try:
        return parse_discount(typed, reason=reason)
    except DiscountError as error:
        message = error.message
        # Matches the money parser's English text (a German one passes through as it is).
        if message.startswith("Discount must be a number"):
            # The money parser's hint ("like 4.99") would hide that a percent is allowed too.
            message = translate(
                "Sale", "Discount must be a percentage like 10% or an amount like 2.50 (got {typed!r})"
            ).format(typed=typed.strip()[:20])
        raise UserError(message, error.field) from None


def _misfit_message(order: Order, settings: ShopSettings, error: DiscountError) -> str:
    """Say which discount no longer fits: the sale's (a line removed or made cheaper) or a line's own."""
    discount = _order_discount(order)
    if discount is not None and discount.kind is DiscountKind.AMOUNT:
        kept = (order.discount_kind, order.discount_value, order.discount_reason)
        order.discount_kind = order.discount_value = order.discount_reason = None
        try:
            totals = price_order_of(order, settings)
        except DiscountError:
            totals = None  # a line's own discount does not fit either: report that one
        finally:
            order.discount_kind, order.discount_value, order.discount_reason = kept
        if totals is not None:
            left = totals.extended - totals.line_discounts
            return translate(
                "Sale",
                "The sale discount of {discount} is more than the {left} the sale would "
                "come to: change or remove the sale discount (F5) first. Nothing was "
                "changed.",
            ).format(discount=format_money(discount.value), left=format_money(left))
    return translate("Sale", "{message}. Nothing was changed.").format(message=error.message)


def _describe_discount(discount: Discount | None) -> str | None:
    return None if discount is None else f"{discount.describe()} {discount.reason}"


def price_order_of(order: Order, settings: ShopSettings) -> OrderTotals:
    """Price a loaded order (lines loaded) with the shop's tax and rounding settings.

    Raises DiscountError when an amount discount no longer fits what it applies to.
    """
    lines = [
        OrderLine(
            list_price=line.list_price,
            quantity=line.quantity,
            tax_rate=TaxRate(line.tax_name or f"Tax {line.tax_rate.normalize():f}%", line.tax_rate),
            discount=_line_discount(line),
            override=(
                None
                if line.price_paid == line.list_price
                else PriceOverride(line.price_paid, line.override_reason or "")
            ),
        )
        for line in order.items
    ]
    return price_order(
        lines,
        prices_include_tax=settings.prices_include_tax,
        rounding=settings.rounding,
        order_discount=_order_discount(order),
    )
