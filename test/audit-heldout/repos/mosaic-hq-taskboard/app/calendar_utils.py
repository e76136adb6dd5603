"""Date helpers for scheduling tasks."""

from datetime import date, datetime, timedelta, timezone
from typing import Iterator, List, Optional


def daterange(start: date, end: date, step: int = 1) -> Iterator[date]:
    current = start
    while current <= end:
        yield current
        current += timedelta(days=step)


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


def add_business_days(start: date, days: int, holidays: Optional[List[date]] = None) -> date:
    holidays = set(holidays or [])
    current = start
    while days > 0:
        current += timedelta(days=1)
        if current.weekday() < 5 and current not in holidays:
            days -= 1
    return current


def start_of_week(day: date) -> date:
    return day - timedelta(days=day.weekday())


def parse_iso(value: str) -> datetime:
    if value.endswith("Z"):
        value = value[:-1] + "+00:00"
    dt = datetime.fromisoformat(value)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt


def utcnow() -> datetime:
    return datetime.now(timezone.utc)
