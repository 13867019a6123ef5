"""Customers: search pages, add / edit, their orders, and deletion with its consequences spelled out."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from pos_app.controllers import audit_hooks
from pos_app.controllers.errors import ConflictError, NotFoundError
from pos_app.controllers.paging import QueryPageSource
from pos_app.controllers.rows import CustomerRow, OrderSummary
from pos_app.controllers.sql_types import SelectT
from pos_app.controllers.transactions import UnitOfWork
from pos_app.db.models import Customer, Order, OrderItem, OrderStatus, Shift
from pos_app.domain.i18n import translate
from pos_app.domain.validation import CustomerDraft

_ORDER_COUNT = select(func.count(Order.id)).where(Order.customer_id == Customer.id).scalar_subquery()
_CUSTOMER_COLUMNS = (Customer.id, Customer.name, Customer.email, Customer.phone, _ORDER_COUNT)


def _matching(statement: SelectT, search: str) -> SelectT:
    conditions: list[ColumnElement[bool]] = []
    for word in search.split():
        # Escape LIKE's wildcards so a typed % or _ matches itself.
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = f"%{escaped}%"
        searched = (Customer.name, Customer.email, Customer.phone)
        conditions.append(or_(*(column.like(pattern, escape="\\") for column in searched)))
    return statement.where(*conditions) if conditions else statement


class CustomerController(QObject):
    """Reads and edits customers.

    Signals:
        customers_changed(): a customer was added, edited or deleted.
    """

    customers_changed = Signal()

    def __init__(self, uow: UnitOfWork, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._uow = uow

    def customers(self, search: str = "") -> QueryPageSource[CustomerRow]:
        def count() -> int:
            with self._uow.read() as session:
                return int(session.execute(_matching(select(func.count(Customer.id)), search)).scalar_one())

        def fetch(offset: int, limit: int) -> list[CustomerRow]:
            statement = _matching(select(*_CUSTOMER_COLUMNS), search)
            statement = statement.order_by(Customer.name, Customer.id).offset(offset).limit(limit)
            with self._uow.read() as session:
                return [CustomerRow(*row) for row in session.execute(statement)]

        return QueryPageSource(count, fetch)

    def get_customer(self, customer_id: int) -> CustomerRow:
        with self._uow.read() as session:
            row = session.execute(select(*_CUSTOMER_COLUMNS).where(Customer.id == customer_id)).first()
        if row is None:
            raise NotFoundError(translate("CustomerController", "That customer no longer exists."))
        return CustomerRow(*row)

    def orders_of(self, customer_id: int, limit: int = 500) -> list[OrderSummary]:
        """The customer's orders, newest first, with line counts aggregated in SQL."""
        line_count = select(func.count(OrderItem.id)).where(OrderItem.order_id == Order.id).scalar_subquery()
        statement = (
            select(Order.id, Order.created_at, Order.status, line_count, Order.total)
            .where(Order.customer_id == customer_id)
            .order_by(Order.created_at.desc(), Order.id.desc())
            .limit(limit)
        )
        with self._uow.read() as session:
            return [OrderSummary(*row) for row in session.execute(statement)]

    def add_customer(self, draft: CustomerDraft) -> int:
        with self._uow.write() as session:
            self._check_email_free(session, draft.email, customer_id=None)
            customer = Customer(name=draft.name, email=draft.email, phone=draft.phone)
            session.add(customer)
            session.flush()
            customer_id = customer.id
        self.customers_changed.emit()
        return customer_id

    def update_customer(self, customer_id: int, draft: CustomerDraft) -> None:
        with self._uow.write() as session:
            customer = session.get(Customer, customer_id)
            if customer is None:
                raise NotFoundError(translate("CustomerController", "That customer no longer exists."))
            self._check_email_free(session, draft.email, customer_id=customer_id)
            customer.name, customer.email, customer.phone = draft.name, draft.email, draft.phone
        self.customers_changed.emit()

    def delete_customer(self, customer_id: int) -> int:
        """Delete the customer and, through ON DELETE CASCADE, their orders; returns how many went."""
        with self._uow.write() as session:
            customer = session.get(Customer, customer_id)
            if customer is None:
                raise NotFoundError(translate("CustomerController", "That customer no longer exists."))
            open_sales = session.execute(
                select(func.count(Order.id)).where(
                    Order.customer_id == customer_id, Order.status == OrderStatus.DRAFT.value
                )
            ).scalar_one()
            if open_sales:
                # The cascade would delete a sale a till is still ringing up.
                raise ConflictError(
                    translate(
                        "CustomerController",
                        "{name} is on a sale in progress: finish or void that sale first.",
                    ).format(name=customer.name)
                )
            settled = session.execute(
                select(func.count(Order.id))
                .join(Shift, Shift.id == Order.shift_id)
                .where(Order.customer_id == customer_id, Shift.closed_at.is_not(None))
            ).scalar_one()
            if settled:
                # The cascade would reach into closed shifts, which the database keeps frozen.
                if settled == 1:
                    message = translate(
                        "CustomerController",
                        "{name} has 1 sale in closed shifts, which can no longer change: "
                        "the customer cannot be deleted. Edit their details instead.",
                    )
                else:
                    message = translate(
                        "CustomerController",
                        "{name} has {count:,} sales in closed shifts, which can no longer change: "
                        "the customer cannot be deleted. Edit their details instead.",
                    )
                raise ConflictError(message.format(name=customer.name, count=settled))
            orders = session.execute(
                select(func.count(Order.id)).where(Order.customer_id == customer_id)
            ).scalar_one()
            session.delete(customer)
            audit_hooks.customer_deleted(session, customer_id, orders)
        self.customers_changed.emit()
        return orders

    @staticmethod
    def _check_email_free(session: Session, email: str | None, *, customer_id: int | None) -> None:
        if email is None:
            return
        statement = select(Customer.name).where(Customer.email == email)
        if customer_id is not None:
            statement = statement.where(Customer.id != customer_id)
        other = session.execute(statement.limit(1)).scalar_one_or_none()
        if other is not None:
            raise ConflictError(
                translate("CustomerController", "{email} is already the email of {other}.").format(
                    email=email, other=other
                ),
                "email",
            )
