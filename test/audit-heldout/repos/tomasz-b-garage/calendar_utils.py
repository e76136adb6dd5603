# Copyright 2018 Tomasz B
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.

"""Calendar arithmetic utilities."""

import re
import unicodedata
from datetime import date, datetime, timedelta, timezone
from typing import Dict, Iterable, Iterator, List, Optional


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def daterange(start: date, end: date, step: int = 1) -> Iterator[date]:
    current = start
    while current <= end:
        yield current
        current += timedelta(days=step)


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


def start_of_week(day: date) -> date:
    return day - timedelta(days=day.weekday())


def parse_iso(value: str) -> datetime:
    if value.endswith("Z"):
        value = value[:-1] + "+00:00"
    dt = datetime.fromisoformat(value)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt


def truncate(text: str, limit: int = 80, ellipsis: str = "...") -> str:
    if len(text) <= limit:
        return text
    cut = text[: max(0, limit - len(ellipsis))]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut + ellipsis
