"""Showing stored timestamps (naive UTC in the database) as the shop's local wall-clock time,
written the shop's locale's way (pos_app.domain.locale_format): 11/25/2026, 3:04 PM in en_US,
25.11.2026, 15:04 in de_DE."""

from __future__ import annotations

from datetime import UTC, datetime

from pos_app.domain.locale_format import format_datetime, format_time


def local_time_text(utc_naive: datetime) -> str:
    return format_datetime(utc_naive.replace(tzinfo=UTC).astimezone())


def local_clock_text(utc_naive: datetime) -> str:
    """Only the wall-clock time of a stored timestamp, the locale's way: 3:04 PM, 15:04."""
    return format_time(utc_naive.replace(tzinfo=UTC).astimezone())
