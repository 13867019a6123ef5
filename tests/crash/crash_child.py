"""The till that test_checkout_crash.py kills: real controllers selling in a loop on a SQLite file.

Run as `python tests/crash/crash_child.py DB_PATH SEED` with the project on PYTHONPATH. It opens
AppControllers as the app does at start (which resumes a draft left by the previous, killed run),
then sells for ever: scans 1-5 items, sometimes gives a discount, sometimes parks the sale or
resumes a parked one, sometimes returns a unit of an earlier sale, and pays in cash, by card or
split. Every line it prints is flushed at once, so the parent knows exactly what was complete:

    READY                      the controllers are open
    AT <phase>                 about to start a write (scan, discount, park, resume, refund, pay)
    PAID <order_id> <receipt>  SaleController.pay() returned: the sale is complete
    REFUNDED <refund_id>       ReturnsController.refund() returned

Any exception ends the process with a traceback and a non-zero status, which the parent reports
as a failure: only SIGKILL may stop this program.
"""

from __future__ import annotations

import os
import random
import sys
from decimal import ROUND_CEILING, ROUND_DOWN, Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pos_app.controllers.app import AppControllers
from pos_app.controllers.sale import ScanStatus
from pos_app.db.engine import sqlite_url
from pos_app.domain.cash import Tender, TenderMethod
from pos_app.domain.refund_payouts import RefundDestination

# The parent creates the catalog with these SKUs (see test_checkout_crash.py).
ITEM_COUNT = 8
CODES = [f"CRASH-{n}" for n in range(1, ITEM_COUNT + 1)]
CENT = Decimal("0.01")
WHOLE = Decimal("1")


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def tenders_for(total: Decimal, rng: random.Random) -> list[Tender]:
    """Cash (rounded up to whole units, sometimes more), card, or card and cash split."""
    style = rng.choice(("cash", "card", "split"))
    if style == "card":
        return [Tender(TenderMethod.CARD, total, reference=f"slip {rng.randint(1, 9999)}")]
    if style == "split" and total >= Decimal("0.10"):
        card = (total / 2).quantize(CENT, rounding=ROUND_DOWN)
        cash = (total - card).quantize(WHOLE, rounding=ROUND_CEILING)
        return [Tender(TenderMethod.CARD, card), Tender(TenderMethod.CASH, cash)]
    cash = total.quantize(WHOLE, rounding=ROUND_CEILING) + rng.choice((0, 0, 5, 10))
    return [Tender(TenderMethod.CASH, cash)]


def refund_one_unit(app: AppControllers, rng: random.Random, paid: list[int]) -> None:
    """Return one unit of a random earlier sale of this run, when it has one left."""
    order_id = rng.choice(paid)
    sale = app.returns.sale(order_id)
    lines = [line for line in sale.lines if line.returnable > 0]
    if not lines:
        return
    line = rng.choice(lines)
    destination = rng.choice((RefundDestination.ORIGINAL, RefundDestination.CASH))
    say("AT refund")
    receipt = app.returns.refund(order_id, {line.order_item_id: 1}, "crash test", destination)
    say(f"REFUNDED {receipt.refund_id}")


def sell_forever(app: AppControllers, rng: random.Random) -> None:
    paid: list[int] = []
    while True:
        sale = app.sale
        if not sale.cart().lines and rng.random() < 0.3:
            parked = sale.parked_sales()
            if parked:
                say("AT resume")
                sale.resume_parked(parked[0].order_id)
        for _ in range(rng.randint(1, 5)):
            say("AT scan")
            result = sale.scan(rng.choice(CODES))
            if result.status is not ScanStatus.ADDED:
                raise RuntimeError(f"scan did not add: {result}")
        roll = rng.random()
        if roll < 0.1:
            say("AT park")
            sale.park(f"crash {rng.randint(1, 999)}")
            continue
        if roll < 0.35:
            say("AT discount")
            sale.discount_sale(rng.choice(("10%", "5%", "0.50")), "crash test")
        if paid and rng.random() < 0.15:
            refund_one_unit(app, rng, paid)
        tenders = tenders_for(sale.cart().total, rng)
        say("AT pay")
        receipt = sale.pay(tenders)
        say(f"PAID {receipt.order_id} {receipt.receipt_no}")
        paid.append(receipt.order_id)


def main(argv: list[str]) -> None:
    db_path, seed = Path(argv[0]), int(argv[1])
    rng = random.Random(seed)
    say("AT start")
    app = AppControllers(sqlite_url(db_path))
    say("READY")
    sell_forever(app, rng)


if __name__ == "__main__":
    main(sys.argv[1:])
