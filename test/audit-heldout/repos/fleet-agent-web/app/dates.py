# Copyright (c) 2019 Northwind Traders
# SPDX-License-Identifier: MIT

"""Date helpers for scheduling devices."""

import re
import unicodedata
from datetime import date, datetime, timedelta, timezone
from typing import Dict, Iterable, Iterator, List, Optional


def daterange(start: date, end: date, step: int = 1) -> Iterator[date]:
    current = start
    while current <= end:
        yield current
        current += timedelta(days=step)


def start_of_week(day: date) -> date:
    return day - timedelta(days=day.weekday())


def month_bounds(year: int, month: int):
    first = date(year, month, 1)
    if month == 12:
        nxt = date(year + 1, 1, 1)
    else:
        nxt = date(year, month + 1, 1)
    return first, nxt - timedelta(days=1)


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def humanize(delta: timedelta) -> str:
    seconds = int(delta.total_seconds())
    if seconds < 60:
        return "just now"
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            n = seconds // size
            return "%d %s%s ago" % (n, unit, "" if n == 1 else "s")
    return "a while ago"


def add_business_days(start: date, days: int, holidays: Optional[List[date]] = None) -> date:
    holidays = set(holidays or [])
    current = start
    while days > 0:
        current += timedelta(days=1)
        if current.weekday() < 5 and current not in holidays:
            days -= 1
    return current


def human_size(num: float) -> str:
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if abs(num) < 1024.0:
            return "%.1f %s" % (num, unit)
        num /= 1024.0
    return "%.1f PB" % num
