"""Interleaved rounds and medians: the two variants of a case take turns, so both see the same machine.

A variant is a callable given the round number that does its (untimed) preparation, times only
the work being measured with `time.perf_counter()` and returns the seconds it took.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import dataclass

Variant = Callable[[int], float]


@dataclass(frozen=True)
class Samples:
    ours: list[float]
    raw: list[float]

    @property
    def ours_median(self) -> float:
        return statistics.median(self.ours)

    @property
    def raw_median(self) -> float:
        return statistics.median(self.raw)

    def tails_ms(self) -> dict[str, float]:
        """The 90th percentiles in milliseconds: what a cashier feels now and then, beyond the median."""
        return {
            "ours_p90_ms": round(_percentile(self.ours, 0.9) * 1000, 3),
            "raw_p90_ms": round(_percentile(self.raw, 0.9) * 1000, 3),
        }


def _percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


def interleaved(rounds: int, ours: Variant, raw: Variant, *, warmup: int = 1) -> Samples:
    """`warmup` untimed rounds, then `rounds` rounds of ours then raw; every sample kept."""
    for number in range(warmup):
        ours(-1 - number)
        raw(-1 - number)
    ours_times: list[float] = []
    raw_times: list[float] = []
    for number in range(rounds):
        ours_times.append(ours(number))
        raw_times.append(raw(number))
    return Samples(ours_times, raw_times)
