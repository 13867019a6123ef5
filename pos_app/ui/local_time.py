"""Showing stored timestamps (naive UTC in the database) as the shop's local wall-clock time."""

from __future__ import annotations

from datetime import UTC, datetime


def local_time_text(utc_naive: datetime) -> str:
    return utc_naive.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")
