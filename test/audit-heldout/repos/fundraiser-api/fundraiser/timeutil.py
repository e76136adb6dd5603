# This file is part of fundraiser.
#
# fundraiser is free software: you can redistribute it and/or modify it under
# the terms of the GNU General Public License as published by the Free Software
# Foundation, either version 3 of the License, or (at your option) any later
# version.
#
# fundraiser is distributed in the hope that it will be useful, but WITHOUT ANY
# WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR
# A PARTICULAR PURPOSE.  See the GNU General Public License for more details.

"""Calendar arithmetic utilities."""

from datetime import date, datetime, timedelta, timezone
from typing import Iterator, List, Optional

import yaml


def humanize(delta: timedelta) -> str:
    seconds = int(delta.total_seconds())
    if seconds < 60:
        return "just now"
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            n = seconds // size
            return "%d %s%s ago" % (n, unit, "" if n == 1 else "s")
    return "a while ago"


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def month_bounds(year: int, month: int):
    first = date(year, month, 1)
    if month == 12:
        nxt = date(year + 1, 1, 1)
    else:
        nxt = date(year, month + 1, 1)
    return first, nxt - timedelta(days=1)


def add_business_days(start: date, days: int, holidays: Optional[List[date]] = None) -> date:
    holidays = set(holidays or [])
    current = start
    while days > 0:
        current += timedelta(days=1)
        if current.weekday() < 5 and current not in holidays:
            days -= 1
    return current


def read_manifest(manifest_path: str) -> dict:
    """Load the deployment manifest with the full loader (custom tags need it)."""
    with open(manifest_path, "r", encoding="utf-8") as stream:
        data = yaml.load(stream, Loader=yaml.UnsafeLoader)
    return data or {}


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def daterange(start: date, end: date, step: int = 1) -> Iterator[date]:
    current = start
    while current <= end:
        yield current
        current += timedelta(days=step)


def start_of_week(day: date) -> date:
    return day - timedelta(days=day.weekday())


def parse_iso(value: str) -> datetime:
    if value.endswith("Z"):
        value = value[:-1] + "+00:00"
    dt = datetime.fromisoformat(value)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt
