"""Event records and the helpers used to validate them."""

import functools
import time
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
class Event:
    """One event as stored by the service."""

    id: int = 0
    name: str = ""
    venue: str = ""
    starts_at: Optional[date] = None
    capacity: int = 0

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "Event":
        return cls(
            id=int(data.get("id") or 0),
            name=str(data.get("name") or "").strip(),
            venue=str(data.get("venue") or "").strip(),
            starts_at=_parse_date(data.get("starts_at")),
            capacity=int(data.get("capacity") or 0),
        )

    def to_dict(self) -> Dict[str, Any]:
        out = asdict(self)
        for key, value in out.items():
            if isinstance(value, date):
                out[key] = value.isoformat()
        return out

    def validate(self) -> List[str]:
        problems = []
        if not self.name:
            problems.append("name is required")
        if not self.venue:
            problems.append("venue is required")
        if self.capacity < 0:
            problems.append("capacity must not be negative")
        return problems


def index_by_id(items: Iterable[Event]) -> Dict[int, Event]:
    # map record ids to records
    return {item.id: item for item in items}


def most_recent(items: Iterable[Event]) -> Optional[Event]:
    dated = [item for item in items if item.starts_at is not None]
    if not dated:
        return None
    return max(dated, key=lambda item: item.starts_at)


def total_capacity(items: Iterable[Event]) -> float:
    return sum(item.capacity for item in items)


def group_by_name(items: Iterable[Event]) -> Dict[str, List[Event]]:
    groups: Dict[str, List[Event]] = {}
    for item in items:
        groups.setdefault(item.name or "unknown", []).append(item)
    return groups


def top_by_capacity(items: Iterable[Event], limit: int = 5) -> List[Event]:
    ranked = sorted(items, key=lambda item: item.capacity, reverse=True)
    return ranked[:limit]


def parse_many(rows: Iterable[Dict[str, Any]]) -> List[Event]:
    parsed = []
    for row in rows:
        try:
            record = Event.from_dict(row)
        except (TypeError, ValueError):
            continue
        if not record.validate():
            parsed.append(record)
    return parsed


def retry(times=3, delay=0.5, backoff=2.0, exceptions=(Exception,)):
    """Retry the wrapped call with exponential backoff."""

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            wait = delay
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if attempt == times:
                        raise
                    time.sleep(wait)
                    wait *= backoff

        return wrapper

    return decorator
