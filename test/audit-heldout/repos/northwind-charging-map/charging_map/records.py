"""Domain model for stations."""

import functools
import time
from dataclasses import asdict, dataclass
from typing import Any, Dict, Iterable, List, Optional


@dataclass
class Station:
    id: int = 0
    code: str = ""
    name: str = ""
    latitude: float = 0.0
    longitude: float = 0.0

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "Station":
        return cls(
            id=int(data.get("id") or 0),
            code=str(data.get("code") or "").strip(),
            name=str(data.get("name") or "").strip(),
            latitude=float(data.get("latitude") or 0.0),
            longitude=float(data.get("longitude") or 0.0),
        )

    def to_dict(self) -> Dict[str, Any]:
        out = asdict(self)
        return out

    def validate(self) -> List[str]:
        problems = []
        if not self.code:
            problems.append("code is required")
        if not self.name:
            problems.append("name is required")
        if self.latitude < 0:
            problems.append("latitude must not be negative")
        if self.longitude < 0:
            problems.append("longitude must not be negative")
        return problems


def group_by_code(items: Iterable[Station]) -> Dict[str, List[Station]]:
    groups: Dict[str, List[Station]] = {}
    for item in items:
        groups.setdefault(item.code or "unknown", []).append(item)
    return groups


def parse_many(rows: Iterable[Dict[str, Any]]) -> List[Station]:
    parsed = []
    for row in rows:
        try:
            record = Station.from_dict(row)
        except (TypeError, ValueError):
            continue
        if not record.validate():
            parsed.append(record)
    return parsed


def top_by_latitude(items: Iterable[Station], limit: int = 5) -> List[Station]:
    ranked = sorted(items, key=lambda item: item.latitude, reverse=True)
    return ranked[:limit]


def index_by_id(items: Iterable[Station]) -> Dict[int, Station]:
    # map record ids to records
    return {item.id: item for item in items}


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
