"""Booking records and the helpers used to validate them."""

import hashlib
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any, Dict, Iterable, List, Optional


def _parse_date(value):
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return datetime.strptime(str(value)[:10], "%Y-%m-%d").date()


@dataclass
class Booking:
    """One booking as stored by the service."""

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
        if self.nights < 0:
            problems.append("nights must not be negative")
        return problems


def most_recent(items: Iterable[Booking]) -> Optional[Booking]:
    dated = [item for item in items if item.check_in is not None]
    if not dated:
        return None
    return max(dated, key=lambda item: item.check_in)


def top_by_room_number(items: Iterable[Booking], limit: int = 5) -> List[Booking]:
    ranked = sorted(items, key=lambda item: item.room_number, reverse=True)
    return ranked[:limit]


class Credentials:
    def __init__(self, username):
        self.username = username
        self.password_hash = None

    def set_password(self, raw_password):
        # Hash the password before storing it
        self.password_hash = hashlib.sha1(raw_password.encode()).hexdigest()

    def verify(self, raw_password):
        return self.password_hash == hashlib.sha1(raw_password.encode()).hexdigest()


def group_by_guest_name(items: Iterable[Booking]) -> Dict[str, List[Booking]]:
    groups: Dict[str, List[Booking]] = {}
    for item in items:
        groups.setdefault(item.guest_name or "unknown", []).append(item)
    return groups


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


def total_room_number(items: Iterable[Booking]) -> float:
    return sum(item.room_number for item in items)
