"""A believable small shop to try pos_app on: a catalog, regular customers and four weeks of sales.

An empty till shows nothing of search, reports or customer history. `seed_demo` fills
an empty database (it never touches one that has items) in one transaction, with bulk
inserts so it takes well under a second. Everything follows from the seed, so a demo
or a screenshot looks the same every time; only the dates move with today.

The data keeps the invariants the till keeps: lines carry the item's price and named tax
rate, amounts come from `price_order`, each paid order has its tax per rate and its payment,
every sale belongs to the day's shift (closed, its cash counted), no item sold more than it
had in stock, every item's stock is the sum of its stock journal (an opening count before the
four weeks, then a sale movement per line), and today's shift is left open so the demo till
can sell at once.

Beyond plain sales, the demo shows what the till records on a real day, stored exactly as the
till stores it: a few line and sale discounts and a rare price override (priced by
`price_order`, as SaleController does); now and then part of a sale returned a day or two later
in that day's shift, to the original tender or in cash (amounts from domain.refunds and
domain.refund_payouts, the stock put back and journaled as a 'return'); some cash paid in and
out; each closed shift's drawer counted by denomination, adding up to its counted cash, with
expected cash = float + cash sales - cash refunds + paid in - paid out; a couple of voided
sales (lines kept, never paid, no receipt number, no stock taken) and one parked sale waiting.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_CEILING, ROUND_DOWN, Decimal
from typing import Any

from sqlalchemy import func, insert, select, update
from stdnum import ean

from pos_app.controllers.settings import ShopSettings
from pos_app.controllers.stock_journal import record_opening_rows, record_return, record_sales_since
from pos_app.controllers.transactions import UnitOfWork
from pos_app.db.models import (
    CashCount,
    CashMovement,
    CashMovementKind,
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
    TaxRate,
    utc_now,
)
from pos_app.db.sequences import realign_id_sequences
from pos_app.domain.cash import TenderMethod
from pos_app.domain.denominations import DEFAULT_DENOMINATIONS
from pos_app.domain.discounts import Discount, PriceOverride
from pos_app.domain.money import CENT, ZERO
from pos_app.domain.pricing import OrderLine, OrderTotals, price_order
from pos_app.domain.refund_payouts import RefundDestination, TenderBalance, plan_payouts
from pos_app.domain.refunds import ChargedLine, refund_line
from pos_app.domain.tax import TaxRate as RateOf

DAYS = 28
ORDERS_PER_DAY = (15, 40)
# GS1 prefixes 200-299 are for in-store numbering: they can never clash with a real product.
BARCODE_PREFIX = "200"
# Three rates, as most VAT systems have: standard, reduced (food, soft drinks), zero (press, postage).
STANDARD, REDUCED, ZERO_RATE = Decimal("20.00"), Decimal("10.00"), Decimal("0.00")
RATE_NAMES = {STANDARD: "Standard", REDUCED: "Reduced", ZERO_RATE: "Zero"}
FLOAT = Decimal("150.00")
DEMO_CASHIER = "Sam (demo)"
CARD_SHARE = 0.4
OPENING_REASON = "Demo shop: stock before the four weeks"
NOTES = (Decimal(5), Decimal(10), Decimal(20), Decimal(50), Decimal(100), Decimal(200))
OPENING_HOUR, CLOSING_HOUR = 8, 20
# Busy at breakfast, lunch and after work, quiet mid-afternoon: one weight per opening hour.
HOUR_WEIGHTS = (6, 8, 6, 5, 9, 10, 6, 5, 7, 10, 11, 7)

# A few percent of sales carry a discount, as the cashier gives them (F5); an override (F6) is rare.
LINE_DISCOUNT_SHARE = 0.03
SALE_DISCOUNT_SHARE = 0.04
OVERRIDE_SHARE = 0.01
LINE_DISCOUNTS = (
    (Discount.percent(Decimal(20), "Short date"), ZERO),
    # An amount only where the line is worth well over it, as a cashier would give it.
    (Discount.amount(Decimal("0.50"), "Dented packaging"), Decimal("2.00")),
)
STAFF_DISCOUNT = Discount.percent(Decimal(10), "Staff")
LOYALTY_DISCOUNT = Discount.percent(Decimal(5), "Loyalty")
PRICE_MATCH = "Price match"
# About every other day someone brings part of a sale back, one or two days later.
RETURN_CHANCE = 0.5
RETURN_REASONS = ("Damaged packaging", "Past its best-before date", "Bought twice by mistake", "Changed mind")
# Cash that goes through the drawer without a sale: (kind, reason, amount, chance per day).
CASH_MOVEMENTS = (
    (CashMovementKind.PAID_OUT, "Window cleaner", Decimal("15.00"), 0.15),
    (CashMovementKind.PAID_OUT, "Milk delivery, cash on delivery", Decimal("23.40"), 0.1),
    (CashMovementKind.PAID_OUT, "Postage for a parcel", Decimal("4.85"), 0.08),
    (CashMovementKind.PAID_IN, "Change from bank", Decimal("50.00"), 0.15),
)
VOIDED_SALES = 3
VOID_REASONS = ("Customer left without paying", "Card declined, customer left", "Rung up on the wrong till")
PARK_LABEL = "Blue jacket, back for wallet"
# The drawer as counted: notes above 50 are taken to the bank, not kept in the till.
DRAWER_DENOMINATIONS = tuple(d for d in DEFAULT_DENOMINATIONS if d <= 50)

# (SKU prefix, tax rate, [(name, price)]); prices are shelf prices, tax included.
CATALOG: tuple[tuple[str, Decimal, tuple[tuple[str, str], ...]], ...] = (
    (
        "DAI",
        REDUCED,
        (
            ("Whole milk 1 L", "1.19"),
            ("Semi-skimmed milk 1 L", "1.09"),
            ("Oat drink 1 L", "1.89"),
            ("Greek yogurt 500 g", "2.49"),
            ("Natural yogurt 500 g", "1.29"),
            ("Strawberry yogurt 4 x 125 g", "1.99"),
            ("Butter 250 g", "2.79"),
            ("Salted butter 250 g", "2.89"),
            ("Mature cheddar 200 g", "2.99"),
            ("Gouda slices 150 g", "1.99"),
            ("Mozzarella 125 g", "0.99"),
            ("Feta 200 g", "2.29"),
            ("Parmesan wedge 150 g", "3.99"),
            ("Cream cheese 200 g", "1.49"),
            ("Double cream 250 ml", "1.39"),
            ("Sour cream 200 g", "0.89"),
            ("Free-range eggs 6 pack", "2.19"),
            ("Free-range eggs 10 pack", "3.49"),
            ("Cottage cheese 250 g", "1.29"),
            ("Skyr 450 g", "2.19"),
        ),
    ),
    (
        "BAK",
        REDUCED,
        (
            ("White toast bread 500 g", "1.29"),
            ("Wholemeal bread 750 g", "2.49"),
            ("Sourdough loaf 800 g", "3.99"),
            ("Rye bread 500 g", "2.29"),
            ("Baguette 250 g", "0.99"),
            ("Croissant", "0.89"),
            ("Pain au chocolat", "1.19"),
            ("Cinnamon roll", "1.49"),
            ("Bread rolls 6 pack", "1.79"),
            ("Multigrain rolls 4 pack", "1.99"),
            ("Bagels 4 pack", "2.19"),
            ("Pita bread 6 pack", "1.49"),
            ("Tortilla wraps 8 pack", "1.89"),
            ("Blueberry muffin", "1.59"),
            ("Apple turnover", "1.39"),
            ("Banana bread slice", "1.79"),
            ("Crispbread 250 g", "1.69"),
            ("Breadsticks 125 g", "1.29"),
        ),
    ),
    (
        "FRU",
        REDUCED,
        (
            ("Bananas 1 kg", "1.39"),
            ("Gala apples 1 kg", "2.49"),
            ("Oranges 1.5 kg", "2.99"),
            ("Lemons 3 pack", "1.29"),
            ("Seedless grapes 500 g", "2.79"),
            ("Strawberries 400 g", "3.49"),
            ("Blueberries 150 g", "2.49"),
            ("Ripe avocado", "1.19"),
            ("Kiwis 4 pack", "1.79"),
            ("Conference pears 1 kg", "2.29"),
            ("Carrots 1 kg", "0.99"),
            ("Potatoes 2.5 kg", "2.99"),
            ("Onions 1 kg", "1.19"),
            ("Garlic 3 bulbs", "1.09"),
            ("Cherry tomatoes 250 g", "1.69"),
            ("Cucumber", "0.79"),
            ("Iceberg lettuce", "0.99"),
            ("Baby spinach 200 g", "1.89"),
            ("Red bell pepper", "0.89"),
            ("Broccoli 500 g", "1.49"),
            ("Chestnut mushrooms 250 g", "1.59"),
            ("Courgettes 500 g", "1.39"),
        ),
    ),
    (
        "PAN",
        REDUCED,
        (
            ("Spaghetti 500 g", "1.19"),
            ("Penne 500 g", "1.19"),
            ("Basmati rice 1 kg", "2.99"),
            ("Risotto rice 500 g", "2.29"),
            ("Plain flour 1 kg", "0.89"),
            ("Granulated sugar 1 kg", "1.09"),
            ("Sea salt 500 g", "0.79"),
            ("Extra virgin olive oil 500 ml", "6.49"),
            ("Sunflower oil 1 L", "2.49"),
            ("Balsamic vinegar 250 ml", "2.19"),
            ("Chopped tomatoes 400 g", "0.79"),
            ("Passata 500 g", "1.09"),
            ("Chickpeas 400 g", "0.89"),
            ("Red kidney beans 400 g", "0.89"),
            ("Tuna in olive oil 160 g", "2.29"),
            ("Crunchy peanut butter 350 g", "2.99"),
            ("Strawberry jam 340 g", "2.19"),
            ("Wildflower honey 250 g", "3.99"),
            ("Rolled oats 500 g", "1.29"),
            ("Cornflakes 500 g", "2.49"),
            ("Fruit muesli 750 g", "3.29"),
            ("Ground coffee 500 g", "6.99"),
            ("Coffee beans 1 kg", "12.99"),
            ("Black tea 80 bags", "3.49"),
            ("Green tea 20 bags", "1.99"),
            ("Vegetable stock cubes 8 pack", "1.19"),
            ("Mayonnaise 400 ml", "2.29"),
            ("Tomato ketchup 500 ml", "2.19"),
            ("Dijon mustard 200 ml", "1.29"),
            ("Soy sauce 150 ml", "1.99"),
        ),
    ),
    (
        "SNA",
        REDUCED,
        (
            ("Dark chocolate 70% 100 g", "1.99"),
            ("Milk chocolate 100 g", "1.49"),
            ("Hazelnut chocolate 100 g", "1.69"),
            ("Sea salt crisps 150 g", "1.79"),
            ("Paprika crisps 150 g", "1.79"),
            ("Tortilla chips 200 g", "1.99"),
            ("Salted peanuts 200 g", "1.69"),
            ("Mixed nuts 200 g", "3.49"),
            ("Pretzels 200 g", "1.29"),
            ("Gummy bears 200 g", "1.19"),
            ("Liquorice 200 g", "1.49"),
            ("Butter cookies 150 g", "1.89"),
            ("Chocolate chip cookies 225 g", "2.29"),
            ("Oat biscuits 300 g", "1.99"),
            ("Sweet & salty popcorn 100 g", "1.59"),
            ("Muesli bar", "0.79"),
            ("Mint chewing gum", "0.99"),
            ("Rice cakes 100 g", "1.09"),
            ("Dried apricots 200 g", "2.49"),
            ("Trail mix 150 g", "2.29"),
        ),
    ),
    (
        "BEV",
        REDUCED,
        (
            ("Still water 1.5 L", "0.49"),
            ("Sparkling water 1.5 L", "0.55"),
            ("Mineral water 6 x 1.5 L", "2.79"),
            ("Cola 1.5 L", "1.69"),
            ("Cola zero 1.5 L", "1.69"),
            ("Cloudy lemonade 1 L", "1.29"),
            ("Orange juice 1 L", "1.99"),
            ("Apple juice 1 L", "1.59"),
            ("Multivitamin juice 1 L", "1.79"),
            ("Peach iced tea 1.5 L", "1.29"),
            ("Energy drink 250 ml", "1.39"),
            ("Cold brew coffee 250 ml", "2.19"),
            ("Tonic water 1 L", "1.49"),
            ("Ginger ale 1 L", "1.49"),
            ("Sports drink 500 ml", "1.59"),
            ("Coconut water 330 ml", "1.99"),
            ("Kombucha 330 ml", "2.49"),
            ("Mango smoothie 250 ml", "2.29"),
        ),
    ),
    (
        "ALC",
        STANDARD,
        (
            ("Lager can 0.5 L", "0.99"),
            ("Lager 6 x 0.33 L", "5.49"),
            ("Pale ale 0.33 L", "1.89"),
            ("Wheat beer 0.5 L", "1.29"),
            ("Alcohol-free beer 0.5 L", "0.99"),
            ("Apple cider 0.5 L", "1.79"),
            ("Merlot red wine 0.75 L", "6.99"),
            ("Rioja red wine 0.75 L", "8.49"),
            ("Sauvignon Blanc 0.75 L", "7.49"),
            ("Rosé wine 0.75 L", "6.49"),
            ("Prosecco 0.75 L", "8.99"),
            ("Sparkling wine brut 0.75 L", "5.99"),
            ("London dry gin 0.7 L", "19.99"),
            ("Vodka 0.7 L", "14.99"),
            ("Blended whisky 0.7 L", "21.99"),
        ),
    ),
    (
        "FRZ",
        REDUCED,
        (
            ("Frozen peas 1 kg", "1.99"),
            ("Frozen spinach 450 g", "1.49"),
            ("Frozen mixed vegetables 1 kg", "2.29"),
            ("Oven chips 1 kg", "2.19"),
            ("Margherita pizza 350 g", "2.99"),
            ("Pepperoni pizza 380 g", "3.49"),
            ("Fish fingers 10 pack", "2.79"),
            ("Vanilla ice cream 1 L", "3.49"),
            ("Chocolate ice cream 1 L", "3.49"),
            ("Ice lollies 6 pack", "2.99"),
            ("Frozen berries 500 g", "3.29"),
            ("Vegetable spring rolls 12 pack", "2.49"),
        ),
    ),
    (
        "DEL",
        REDUCED,
        (
            ("Chicken breast fillets 500 g", "5.49"),
            ("Beef mince 500 g", "4.99"),
            ("Pork sausages 6 pack", "3.29"),
            ("Smoked ham slices 150 g", "2.19"),
            ("Salami slices 100 g", "1.99"),
            ("Smoked bacon rashers 200 g", "2.49"),
            ("Smoked salmon 100 g", "3.99"),
            ("Hummus 200 g", "1.79"),
            ("Firm tofu 400 g", "2.19"),
            ("Vegetarian burgers 2 pack", "3.29"),
            ("Fresh tortellini 250 g", "2.49"),
            ("Basil pesto 190 g", "2.29"),
        ),
    ),
    (
        "HOU",
        STANDARD,
        (
            ("Washing-up liquid 500 ml", "1.49"),
            ("Dishwasher tablets 30 pack", "5.99"),
            ("Laundry detergent 1.5 L", "6.49"),
            ("Fabric softener 1 L", "2.49"),
            ("All-purpose cleaner 750 ml", "1.99"),
            ("Toilet paper 8 rolls", "3.99"),
            ("Kitchen towels 2 rolls", "2.29"),
            ("Paper tissues 10 pack", "1.29"),
            ("Bin bags 30 L 20 pack", "1.79"),
            ("Aluminium foil 10 m", "1.89"),
            ("Cling film 30 m", "1.49"),
            ("Baking paper 10 m", "1.69"),
            ("Scrub sponges 5 pack", "1.19"),
            ("AA batteries 4 pack", "3.99"),
            ("AAA batteries 4 pack", "3.99"),
            ("LED light bulb E27", "3.49"),
            ("Tealights 30 pack", "2.49"),
            ("Matches 10 boxes", "0.99"),
            ("Lighter", "0.89"),
            ("Freezer bags 1 L 50 pack", "1.59"),
        ),
    ),
    (
        "PER",
        STANDARD,
        (
            ("Toothpaste 75 ml", "1.49"),
            ("Toothbrush medium", "1.99"),
            ("Shampoo 300 ml", "2.99"),
            ("Conditioner 300 ml", "2.99"),
            ("Shower gel 250 ml", "1.79"),
            ("Bar soap 100 g", "0.99"),
            ("Liquid hand soap 300 ml", "1.49"),
            ("Roll-on deodorant 50 ml", "2.29"),
            ("Razor blades 4 pack", "7.99"),
            ("Shaving foam 200 ml", "2.49"),
            ("Cotton pads 80 pack", "1.09"),
            ("Cotton buds 200 pack", "0.99"),
            ("Sun cream SPF 30 200 ml", "8.99"),
            ("Lip balm", "1.99"),
            ("Plasters 20 pack", "2.49"),
            ("Hand cream 75 ml", "2.49"),
            ("Baby wipes 64 pack", "1.99"),
            ("Nappies size 4, 40 pack", "11.99"),
        ),
    ),
    (
        "NEW",
        ZERO_RATE,
        (
            ("Daily newspaper", "2.20"),
            ("Weekend newspaper", "3.50"),
            ("Local weekly paper", "1.50"),
            ("Puzzle magazine", "2.50"),
            ("Postage stamp, standard letter", "0.95"),
            ("Postage stamps 10 pack", "9.50"),
            ("Bus ticket, single", "2.90"),
            ("Bus ticket, day pass", "8.80"),
            ("Phone top-up 10", "10.00"),
            ("Phone top-up 20", "20.00"),
        ),
    ),
)

CUSTOMER_NAMES = (
    "Anna Schmidt",
    "Ben Carter",
    "Chloé Martin",
    "David Okafor",
    "Elena Rossi",
    "Farid Haddad",
    "Greta Lindqvist",
    "Hiroshi Tanaka",
    "Isabel García",
    "Jonas Weber",
    "Katarzyna Nowak",
    "Liam O'Brien",
    "Maya Patel",
    "Nikos Papadopoulos",
    "Olivia Brown",
    "Pedro Alves",
    "Quinn Murphy",
    "Rosa Jiménez",
    "Samir Benali",
    "Tereza Dvořáková",
    "Umar Siddiqui",
    "Valentina Bianchi",
    "Willem de Vries",
    "Xu Mei",
    "Yasmin Kaya",
    "Zoe Fischer",
    "Aisha Mensah",
    "Bruno Costa",
    "Clara Novak",
    "Daniel Kim",
)


@dataclass(frozen=True)
class DemoReport:
    """What `seed_demo` added (orders, lines and payments are the paid sales')."""

    items: int
    customers: int
    orders: int
    order_lines: int
    payments: int
    days: int
    takings: Decimal
    refunds: int = 0
    refunded: Decimal = ZERO

    def summary(self) -> str:
        return (
            f"Demo shop added: {self.items} items, {self.customers} customers and "
            f"{self.orders:,} paid orders over {self.days} days (takings {self.takings:,.2f}, "
            f"{self.refunds} returns refunding {self.refunded:,.2f})."
        )


@dataclass(slots=True)
class _DemoItem:
    id: int
    price: Decimal
    tax_rate: Decimal
    weight: float
    shelf: int


@dataclass(frozen=True, slots=True)
class _FirstIds:
    """The ids the new rows start from: rows refer to each other before they are inserted."""

    order: int
    line: int
    refund: int
    receipt_no: int


def seed_demo(
    uow: UnitOfWork, *, seed: int = 2026, settings: ShopSettings | None = None
) -> DemoReport | None:
    """Fill an empty shop with demo data; returns None and changes nothing if any item exists.

    `settings` decides whether shelf prices include tax when order totals are computed, and
    the cash increment refunds in cash are rounded to; the default matches the app's defaults.
    """
    shop = settings or ShopSettings()
    rng = random.Random(seed)
    now = utc_now()
    with uow.write() as session:
        # Checked inside the write transaction, so two starts with --demo cannot both seed.
        if session.execute(select(Item.id).limit(1)).first() is not None:
            return None
        taken_emails = set(session.scalars(select(Customer.email).where(Customer.email.is_not(None))))
        next_customer = _next_id(session.scalar(select(func.max(Customer.id))))
        first = _FirstIds(
            order=_next_id(session.scalar(select(func.max(Order.id)))),
            line=_next_id(session.scalar(select(func.max(OrderItem.id)))),
            refund=_next_id(session.scalar(select(func.max(Refund.id)))),
            receipt_no=_next_id(session.scalar(select(func.max(Order.receipt_no)))),
        )
        next_item = _next_id(session.scalar(select(func.max(Item.id))))

        item_rows, stock = _items(rng, next_item, now)
        customer_rows = _customers(rng, next_customer, taken_emails, now)
        sales = _Sales(rng, stock, [row["id"] for row in customer_rows], shop, first)
        for days_ago in range(DAYS, 0, -1):
            sales.ring_up_day(date.today() - timedelta(days=days_ago))
        sales.void_some(VOIDED_SALES)
        sales.park_one(now)
        if session.execute(select(Shift.id).where(Shift.closed_at.is_(None))).first() is not None:
            return None  # a till already in use: its open shift must not be mixed with demo days
        returned: dict[int, int] = {}
        for day in sales.days:
            for line in day.refund_lines:
                item_id = sales.item_of_line[line["order_item_id"]]
                returned[item_id] = returned.get(item_id, 0) + line["quantity"]
        for row in item_rows:
            # Stock is stored as it stands after the four weeks. The opening stock is taken
            # to have been that count plus everything sold, so no item ever sold more than
            # it had and none ends below zero; no need for thousands of decrementing UPDATEs.
            # Returned units came back onto the shelf on top of that.
            row["stock"] = stock[row["id"]].shelf + returned.get(row["id"], 0)
        # Half the shelf has a reorder point, so the stock screen's low-stock list has something
        # to show. Drawn from a generator of its own: the sales above stay as they were.
        shelf_rng = random.Random(seed + 1)
        for row in item_rows:
            row["reorder_point"] = (
                shelf_rng.choice((5, 10, 12, 20, 24, 30)) if shelf_rng.random() < 0.5 else None
            )

        known_rates = set(session.scalars(select(TaxRate.percent)))
        new_rates = [{"name": name, "percent": p} for p, name in RATE_NAMES.items() if p not in known_rates]
        if new_rates:
            session.execute(insert(TaxRate), new_rates)
        session.execute(insert(Item), item_rows)
        if customer_rows:
            session.execute(insert(Customer), customer_rows)
        # Day by day, as a till works: open the shift, sell, take returns, pay cash in and out,
        # count the drawer, close it. Everything goes in before the close: a closed shift is frozen.
        for day in sales.days:
            shift_id = session.execute(
                insert(Shift).returning(Shift.id),
                {"cashier": DEMO_CASHIER, "opened_at": day.opened_at, "opening_float": FLOAT},
            ).scalar_one()
            for row in day.orders:
                row["shift_id"] = shift_id
            session.execute(insert(Order), day.orders)
            session.execute(insert(OrderItem), day.lines)
            session.execute(insert(Payment), day.payments)
            session.execute(insert(OrderTax), day.taxes)
            if day.refunds:
                for row in day.refunds:
                    row["shift_id"] = shift_id
                session.execute(insert(Refund), day.refunds)
                session.execute(insert(RefundLine), day.refund_lines)
                if day.refund_tenders:
                    session.execute(insert(RefundTender), day.refund_tenders)
                for row in day.refunds:
                    record_return(session, row["id"], row["created_at"])
            if day.movements:
                for row in day.movements:
                    row["shift_id"] = shift_id
                session.execute(insert(CashMovement), day.movements)
            session.execute(
                insert(CashCount),
                [
                    {"shift_id": shift_id, "denomination": denomination, "count": count}
                    for denomination, count in drawer_count(day.counted_cash).items()
                ],
            )
            session.execute(
                update(Shift)
                .where(Shift.id == shift_id)
                .values(
                    closed_at=day.closed_at, expected_cash=day.expected_cash, counted_cash=day.counted_cash
                )
            )
        # Voided and parked sales belong to no shift, took no stock and were never paid.
        session.execute(insert(Order), sales.unpaid_orders)
        session.execute(insert(OrderItem), sales.unpaid_lines)
        # The journal: each item's count before the four weeks (what is left plus what sold),
        # dated with the item, then one INSERT ... SELECT of a sale movement per paid line.
        sold: dict[int, int] = {}
        for day in sales.days:
            for line in day.lines:
                sold[line["item_id"]] = sold.get(line["item_id"], 0) + line["quantity"]
        record_opening_rows(
            session,
            [
                (
                    row["id"],
                    row["stock"] - returned.get(row["id"], 0) + sold.get(row["id"], 0),
                    row["created_at"],
                )
                for row in item_rows
            ],
            reason=OPENING_REASON,
        )
        record_sales_since(session, first.order)
        # The rows above came with their own ids; PostgreSQL's sequences must move past them.
        realign_id_sequences(session)
        session.add(Shift(cashier=DEMO_CASHIER, opened_at=now.replace(microsecond=0), opening_float=FLOAT))
        orders = [row for day in sales.days for row in day.orders]
        refunds = [row for day in sales.days for row in day.refunds]
    return DemoReport(
        items=len(item_rows),
        customers=len(customer_rows),
        orders=len(orders),
        order_lines=sum(len(day.lines) for day in sales.days),
        payments=sum(len(day.payments) for day in sales.days),
        days=DAYS,
        takings=sum((row["total"] for row in orders), ZERO),
        refunds=len(refunds),
        refunded=sum((row["total"] for row in refunds), ZERO),
    )


def drawer_count(amount: Decimal) -> dict[Decimal, int]:
    """How a drawer holding `amount` is counted: greedy, largest kept denomination first (none above 50).

    Only denominations with pieces are listed; the pieces add up to `amount` exactly.
    """
    if amount < 0 or amount != amount.quantize(CENT):
        raise ValueError(f"{amount} is not an amount of cash")
    counts: dict[Decimal, int] = {}
    left = amount
    for denomination in DRAWER_DENOMINATIONS:
        pieces = int(left // denomination)
        if pieces:
            counts[denomination] = pieces
            left -= denomination * pieces
    return counts


def _next_id(current_max: int | None) -> int:
    return (current_max or 0) + 1


def _items(
    rng: random.Random, first_id: int, now: datetime
) -> tuple[list[dict[str, Any]], dict[int, _DemoItem]]:
    total = sum(len(products) for _prefix, _rate, products in CATALOG)
    serials = rng.sample(range(10**9), total)
    rows: list[dict[str, Any]] = []
    stock: dict[int, _DemoItem] = {}
    for prefix, tax_rate, products in CATALOG:
        for number, (name, price_text) in enumerate(products, start=1):
            item_id = first_id + len(rows)
            first12 = f"{BARCODE_PREFIX}{serials[len(rows)]:09d}"
            price = Decimal(price_text)
            rows.append(
                {
                    "id": item_id,
                    "sku": f"{prefix}-{number:04d}",
                    "barcode": first12 + ean.calc_check_digit(first12),
                    "name": name,
                    "price": price,
                    "tax_rate": tax_rate,
                    "active": True,
                    "created_at": now - timedelta(days=DAYS + 7),
                    "updated_at": now - timedelta(days=DAYS + 7),
                }
            )
            # A few best sellers and a long tail, as in any shop; vouchers and top-ups sell rarely.
            weight = rng.paretovariate(1.3) * (0.2 if prefix == "NEW" else 1.0)
            # A handful of items end the four weeks sold out: the till must cope with stock 0.
            shelf = 0 if rng.random() < 0.03 else rng.randint(5, 200)
            stock[item_id] = _DemoItem(item_id, price, tax_rate, weight, shelf)
    return rows, stock


def _customers(
    rng: random.Random, first_id: int, taken_emails: set[str | None], now: datetime
) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for name in CUSTOMER_NAMES:
        local = ".".join(name.lower().replace("'", "").split())
        # Fold accents (Chloé -> chloe) rather than dropping the letter.
        ascii_local = unicodedata.normalize("NFKD", local).encode("ascii", "ignore").decode()
        email = f"{ascii_local}@example.com"
        if email in taken_emails:
            continue
        phone = f"+1 555 01{rng.randint(0, 99):02d}" if rng.random() < 0.7 else None
        rows.append(
            {
                "id": first_id + len(rows),
                "name": name,
                "email": email,
                "phone": phone,
                "created_at": now - timedelta(days=rng.randint(DAYS + 1, DAYS + 300)),
            }
        )
    return rows


@dataclass(slots=True)
class _Day:
    """One day's shift: its sales, returns and cash movements, as rows ready for executemany."""

    day: date
    opened_at: datetime
    closed_at: datetime
    orders: list[dict[str, Any]] = field(default_factory=list)
    lines: list[dict[str, Any]] = field(default_factory=list)
    payments: list[dict[str, Any]] = field(default_factory=list)
    taxes: list[dict[str, Any]] = field(default_factory=list)
    refunds: list[dict[str, Any]] = field(default_factory=list)
    refund_lines: list[dict[str, Any]] = field(default_factory=list)
    refund_tenders: list[dict[str, Any]] = field(default_factory=list)
    movements: list[dict[str, Any]] = field(default_factory=list)
    cash_sales: Decimal = ZERO
    cash_refunds: Decimal = ZERO
    paid_in: Decimal = ZERO
    paid_out: Decimal = ZERO
    # Most days the drawer is right; now and then it is a little off, as real drawers are.
    variance: Decimal = ZERO

    @property
    def expected_cash(self) -> Decimal:
        return FLOAT + self.cash_sales - self.cash_refunds + self.paid_in - self.paid_out

    @property
    def counted_cash(self) -> Decimal:
        return self.expected_cash + self.variance


@dataclass(frozen=True, slots=True)
class _Sold:
    """A paid sale, as a later return needs it: its lines and its one payment."""

    order_id: int
    lines: tuple[dict[str, Any], ...]
    payment: dict[str, Any]


class _Sales:
    """Generates the demo period day by day: paid sales, returns, cash movements; then voids and a park."""

    def __init__(
        self,
        rng: random.Random,
        items: dict[int, _DemoItem],
        customer_ids: list[int],
        settings: ShopSettings,
        first: _FirstIds,
    ) -> None:
        self._rng = rng
        self._by_id = items
        self._items = list(items.values())
        self._weights = [item.weight for item in self._items]
        self._customer_ids = customer_ids
        self._settings = settings
        self._next_order_id = first.order
        self._next_line_id = first.line
        self._next_refund_id = first.refund
        # Days are rung up in order, so numbering as we go keeps the series in time order.
        self._next_receipt_no = first.receipt_no
        self._sold_by_day: list[list[_Sold]] = []
        self.days: list[_Day] = []
        self.item_of_line: dict[int, int] = {}
        self.unpaid_orders: list[dict[str, Any]] = []
        self.unpaid_lines: list[dict[str, Any]] = []

    def ring_up_day(self, day: date) -> None:
        rng = self._rng
        count = rng.randint(*ORDERS_PER_DAY)
        if day.weekday() == 5:  # Saturday is the busy day
            count += count // 4
        times = sorted(self._moment(day) for _ in range(count))
        today = _Day(
            day=day,
            opened_at=_utc(day, OPENING_HOUR, 0),
            closed_at=_utc(day, CLOSING_HOUR, 15),
            variance=rng.choice((ZERO,) * 8 + (Decimal("-0.50"), Decimal("1.00"))),
        )
        self.days.append(today)
        sold: list[_Sold] = []
        last_paid = today.opened_at
        # The longest sale takes 300 s (see _ring_up): one started by then is paid before closing.
        last_start = _utc(day, CLOSING_HOUR, 0) - timedelta(seconds=300)
        for arrived in times:
            # One till serves one customer at a time: a sale starts once the one before is paid,
            # so receipt numbers (given as each is paid) follow the payment times.
            started = max(arrived, last_paid + timedelta(seconds=rng.randint(5, 30)))
            if started > last_start:
                break  # the queue at closing time is turned away rather than served after hours
            sale = self._ring_up(today, started)
            sold.append(sale)
            last_paid = sale.payment["created_at"]
        if self._sold_by_day and rng.random() < RETURN_CHANCE:
            # A sale from yesterday or the day before (before the shop opened today, so any day
            # before today's shift is fine) comes back, in part.
            back = rng.randint(1, min(2, len(self._sold_by_day)))
            self._take_back(today, rng.choice(self._sold_by_day[-back]))
        self._sold_by_day.append(sold)
        for kind, reason, amount, chance in CASH_MOVEMENTS:
            if rng.random() < chance:
                today.movements.append(
                    {"kind": kind.value, "amount": amount, "reason": reason, "created_at": self._moment(day)}
                )
                if kind is CashMovementKind.PAID_IN:
                    today.paid_in += amount
                else:
                    today.paid_out += amount

    def void_some(self, count: int) -> None:
        """`count` sales rung up on past days and voided: lines kept as priced, nothing else."""
        for day in self._rng.sample(self.days, count):
            started = self._moment(day.day)
            order, _lines, _totals = self._order(started)
            order.update(status=OrderStatus.VOID.value, void_reason=self._rng.choice(VOID_REASONS))

    def park_one(self, now: datetime) -> None:
        """A sale set aside a few minutes ago, waiting for its customer to come back."""
        order, _lines, _totals = self._order(now - timedelta(minutes=6))
        order.update(
            status=OrderStatus.PARKED.value,
            park_label=PARK_LABEL,
            parked_at=(now - timedelta(minutes=4)).replace(microsecond=0),
        )

    def _moment(self, day: date) -> datetime:
        hour = self._rng.choices(range(OPENING_HOUR, CLOSING_HOUR), weights=HOUR_WEIGHTS)[0]
        return _utc(day, hour, self._rng.randrange(60), self._rng.randrange(60))

    def _order(self, started: datetime) -> tuple[dict[str, Any], list[dict[str, Any]], OrderTotals]:
        """A basket priced as the till prices it, as an unpaid order row and its line rows.

        Paid sales are moved to their day by the caller; otherwise the rows are kept as unpaid.
        """
        rng = self._rng
        line_count = rng.choices((1, 2, 3, 4, 5, 6), weights=(30, 25, 18, 12, 9, 6))[0]
        chosen: dict[int, int] = {}
        for item in rng.choices(self._items, weights=self._weights, k=line_count * 2):
            if len(chosen) == line_count:
                break
            if item.id not in chosen:
                chosen[item.id] = rng.choices((1, 2, 3, 4, 6), weights=(75, 15, 5, 3, 2))[0]
        order_lines = [
            OrderLine(item.price, quantity, RateOf(RATE_NAMES[item.tax_rate], item.tax_rate))
            for item, quantity in ((self._by_id[item_id], q) for item_id, q in chosen.items())
        ]
        customer_id = rng.choice(self._customer_ids) if self._customer_ids and rng.random() < 0.25 else None
        order_lines, order_discount = self._adjust(order_lines, customer_id)
        totals = price_order(
            order_lines,
            prices_include_tax=self._settings.prices_include_tax,
            rounding=self._settings.rounding,
            order_discount=order_discount,
        )
        order_id = self._next_order_id
        self._next_order_id += 1
        order = {
            "id": order_id,
            "customer_id": customer_id,
            "status": OrderStatus.DRAFT.value,
            "created_at": started,
            "paid_at": None,
            "receipt_no": None,
            "park_label": None,
            "parked_at": None,
            "void_reason": None,
            "shift_id": None,
            "discount_kind": None if order_discount is None else order_discount.kind.value,
            "discount_value": None if order_discount is None else order_discount.value,
            "discount_reason": None if order_discount is None else order_discount.reason,
            "discount_total": totals.discounts,
            "subtotal": totals.subtotal,
            "tax_total": totals.tax,
            "total": totals.total,
        }
        lines: list[dict[str, Any]] = []
        for item_id, line, priced in zip(chosen, order_lines, totals.lines, strict=True):
            line_id = self._next_line_id
            self._next_line_id += 1
            self.item_of_line[line_id] = item_id
            # What SaleController._save_totals keeps on every line of a draft, and so of a sale.
            lines.append(
                {
                    "id": line_id,
                    "order_id": order_id,
                    "item_id": item_id,
                    "quantity": line.quantity,
                    "price_paid": line.unit_price,
                    "list_price": line.list_price,
                    "override_reason": None if line.override is None else line.override.reason,
                    "tax_rate": line.tax_rate.percent,
                    "tax_name": line.tax_rate.name,
                    "discount_kind": None if line.discount is None else line.discount.kind.value,
                    "discount_value": None if line.discount is None else line.discount.value,
                    "discount_reason": None if line.discount is None else line.discount.reason,
                    "line_discount": priced.line_discount,
                    "order_discount": priced.order_discount,
                    "net": priced.net,
                    "tax": priced.tax,
                    "gross": priced.gross,
                }
            )
        self.unpaid_orders.append(order)
        self.unpaid_lines.extend(lines)
        return order, lines, totals

    def _adjust(
        self, lines: list[OrderLine], customer_id: int | None
    ) -> tuple[list[OrderLine], Discount | None]:
        """Now and then a discount on a line or on the sale, or a price matched by hand."""
        rng = self._rng
        if rng.random() < OVERRIDE_SHARE:
            index = rng.randrange(len(lines))
            line = lines[index]
            # Matched to a competitor's price about a tenth lower, as the cashier types it.
            matched = (line.list_price * Decimal("0.9")).quantize(CENT, rounding=ROUND_DOWN)
            if CENT <= matched < line.list_price:
                lines[index] = replace(line, override=PriceOverride(matched, PRICE_MATCH))
        if rng.random() < LINE_DISCOUNT_SHARE:
            index = rng.randrange(len(lines))
            line = lines[index]
            discount, needs = rng.choice(LINE_DISCOUNTS)
            if line.unit_price * line.quantity >= needs:
                lines[index] = replace(line, discount=discount)
        order_discount = None
        if rng.random() < SALE_DISCOUNT_SHARE:
            # Loyalty is for the regulars the till knows; staff buy as walk-ins.
            order_discount = LOYALTY_DISCOUNT if customer_id is not None else STAFF_DISCOUNT
        return lines, order_discount

    def _ring_up(self, day: _Day, started: datetime) -> _Sold:
        rng = self._rng
        order, lines, totals = self._order(started)
        # Paid: out of the unpaid rows and into the day's shift.
        self.unpaid_orders.pop()
        del self.unpaid_lines[-len(lines) :]
        paid_at = started + timedelta(seconds=rng.randint(40, 300))
        receipt_no = self._next_receipt_no
        self._next_receipt_no += 1
        order.update(status=OrderStatus.PAID.value, paid_at=paid_at, receipt_no=receipt_no)
        day.orders.append(order)
        day.lines.extend(lines)
        order_id = order["id"]
        day.taxes.extend(
            {
                "order_id": order_id,
                "tax_name": t.rate.name,
                "tax_rate": t.rate.percent,
                "net": t.base,
                "tax": t.tax,
            }
            for t in totals.taxes
        )
        by_card = rng.random() < CARD_SHARE
        tendered = totals.total if by_card else self._tender(totals.total)
        if not by_card:
            day.cash_sales += totals.total
        payment = {
            "order_id": order_id,
            "method": (PaymentMethod.CARD if by_card else PaymentMethod.CASH).value,
            "amount": totals.total,
            "tendered": tendered,
            "change_given": tendered - totals.total,
            "reference": f"{rng.randrange(10**6):06d}" if by_card else None,
            "created_at": paid_at,
        }
        day.payments.append(payment)
        return _Sold(order_id, tuple(lines), payment)

    def _take_back(self, day: _Day, sale: _Sold) -> None:
        """Part of one line of `sale` comes back today: refunded as ReturnsController.refund does."""
        rng = self._rng
        line = rng.choice(sale.lines)
        quantity = 1 if line["quantity"] == 1 else rng.randint(1, line["quantity"] - 1)
        rate = RateOf(line["tax_name"], line["tax_rate"])
        charged = ChargedLine(line["quantity"], line["net"], line["tax"], line["gross"], rate)
        amounts = refund_line(charged, already_returned=0, quantity=quantity)
        payment = sale.payment
        balance = TenderBalance(
            TenderMethod(payment["method"]), payment["reference"], payment["amount"], ZERO
        )
        # Card sales mostly go back to the card; now and then the customer takes cash instead.
        destination = RefundDestination.CASH if rng.random() < 0.25 else RefundDestination.ORIGINAL
        payouts = plan_payouts(
            (balance,),
            goods_after=amounts.gross,
            all_returned=len(sale.lines) == 1 and quantity == line["quantity"],
            destination=destination,
            cash_increment=self._settings.cash_increment,
        )
        refund_id = self._next_refund_id
        self._next_refund_id += 1
        day.refunds.append(
            {
                "id": refund_id,
                "order_id": sale.order_id,
                "created_at": self._moment(day.day),
                "reason": rng.choice(RETURN_REASONS),
                "net": amounts.net,
                "tax": amounts.tax,
                "total": amounts.gross,
            }
        )
        day.refund_lines.append(
            {
                "refund_id": refund_id,
                "order_item_id": line["id"],
                "quantity": quantity,
                "net": amounts.net,
                "tax": amounts.tax,
                "gross": amounts.gross,
            }
        )
        for payout in payouts:
            day.refund_tenders.append(
                {
                    "refund_id": refund_id,
                    "method": payout.method.value,
                    "amount": payout.amount,
                    "reference": payout.reference,
                }
            )
            if payout.method is TenderMethod.CASH:
                day.cash_refunds += payout.amount

    def _tender(self, total: Decimal) -> Decimal:
        # About a third pay the exact amount; the rest hand over the smallest note that covers it.
        if self._rng.random() < 0.3:
            return total
        for note in NOTES:
            if note >= total:
                return note.quantize(ZERO)
        return ((total / 50).to_integral_value(rounding=ROUND_CEILING) * 50).quantize(ZERO)


def _utc(day: date, hour: int, minute: int, second: int = 0) -> datetime:
    """A local shop time on `day` as naive UTC, the form the database stores."""
    return datetime(day.year, day.month, day.day, hour, minute, second).astimezone(UTC).replace(tzinfo=None)
