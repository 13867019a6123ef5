"""Splitting an amount of money into cent shares that add up exactly.

An order discount spread over the lines, or an order's tax for one rate spread back over that
rate's lines, must be cut into whole cents whose sum is the amount to the cent. Rounding each
share on its own does not do that (1.00 over three lines gives 0.33 three times), so shares
are cut by the largest-remainder method, in integer minor units so nothing is ever rounded.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from pos_app.domain.money import from_minor, to_minor


def allocate(amount: Decimal, weights: Sequence[Decimal]) -> tuple[Decimal, ...]:
    """Split `amount` into one share per weight, in proportion to the weights, summing to `amount`.

    Each share first gets the whole cents of its exact proportion (rounded down); the cents left
    over go one each to the shares with the largest remainders. Ties go to the earlier weight,
    so the same order always splits the same way. When `amount` is at most the sum of the
    weights, no share exceeds its weight. Zero weights get nothing.
    """
    cents = to_minor(amount)
    units = [to_minor(weight) for weight in weights]
    if cents < 0 or any(unit < 0 for unit in units):
        raise ValueError("only non-negative amounts can be allocated")
    whole = sum(units)
    if whole == 0:
        if cents:
            raise ValueError(f"cannot allocate {amount} over nothing")
        return tuple(from_minor(0) for _ in units)
    shares = [cents * unit // whole for unit in units]
    remainders = [cents * unit % whole for unit in units]
    leftover = cents - sum(shares)
    # Sorting by (-remainder, index) is the deterministic tie-break: equal remainders favour
    # the earlier line. leftover < len(units) always, since each remainder is below one cent.
    for index in sorted(range(len(units)), key=lambda i: (-remainders[i], i))[:leftover]:
        shares[index] += 1
    return tuple(from_minor(share) for share in shares)
