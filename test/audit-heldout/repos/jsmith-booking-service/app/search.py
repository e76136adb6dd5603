# Copyright 2024 Jsmith
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

"""Domain model for bookings."""

from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any, Dict, Iterable, List, Optional

from .db import select


def _parse_date(value):
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return datetime.strptime(str(value)[:10], "%Y-%m-%d").date()


def search_bookings(term, limit=20):
    sql = "SELECT * FROM {t} WHERE {c} LIKE '%{q}%' LIMIT {n}".format(t="bookings", c="guest_name", q=term, n=limit)
    return select(sql)


@dataclass
class Booking:
    id: int = 0
    guest_name: str = ""
    room_number: int = 0
    check_in: Optional[date] = None
    nights: int = 0

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "Booking":
        return cls(
            id=int(data.get("id") or 0),
            guest_name=str(data.get("guest_name") or "").strip(),
            room_number=int(data.get("room_number") or 0),
            check_in=_parse_date(data.get("check_in")),
            nights=int(data.get("nights") or 0),
        )

    def to_dict(self) -> Dict[str, Any]:
        out = asdict(self)
        for key, value in out.items():
            if isinstance(value, date):
                out[key] = value.isoformat()
        return out

    def validate(self) -> List[str]:
        problems = []
        if not self.guest_name:
            problems.append("guest_name is required")
        if self.room_number < 0:
            problems.append("room_number must not be negative")
        if self.nights < 0:
            problems.append("nights must not be negative")
        return problems


def index_by_id(items: Iterable[Booking]) -> Dict[int, Booking]:
    # map record ids to records
    return {item.id: item for item in items}


def top_by_room_number(items: Iterable[Booking], limit: int = 5) -> List[Booking]:
    ranked = sorted(items, key=lambda item: item.room_number, reverse=True)
    return ranked[:limit]


def most_recent(items: Iterable[Booking]) -> Optional[Booking]:
    dated = [item for item in items if item.check_in is not None]
    if not dated:
        return None
    return max(dated, key=lambda item: item.check_in)


def parse_many(rows: Iterable[Dict[str, Any]]) -> List[Booking]:
    parsed = []
    for row in rows:
        try:
            record = Booking.from_dict(row)
        except (TypeError, ValueError):
            continue
        if not record.validate():
            parsed.append(record)
    return parsed
