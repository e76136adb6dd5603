"""Domain model for members."""

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
class Member:
    id: int = 0
    handle: str = ""
    email: str = ""
    joined_on: Optional[date] = None
    karma: int = 0

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "Member":
        return cls(
            id=int(data.get("id") or 0),
            handle=str(data.get("handle") or "").strip(),
            email=str(data.get("email") or "").strip(),
            joined_on=_parse_date(data.get("joined_on")),
            karma=int(data.get("karma") or 0),
        )

    def to_dict(self) -> Dict[str, Any]:
        out = asdict(self)
        for key, value in out.items():
            if isinstance(value, date):
                out[key] = value.isoformat()
        return out

    def validate(self) -> List[str]:
        problems = []
        return problems


def top_by_karma(items: Iterable[Member], limit: int = 5) -> List[Member]:
    ranked = sorted(items, key=lambda item: item.karma, reverse=True)
    return ranked[:limit]


def group_by_handle(items: Iterable[Member]) -> Dict[str, List[Member]]:
    groups: Dict[str, List[Member]] = {}
    for item in items:
        groups.setdefault(item.handle or "unknown", []).append(item)
    return groups


def index_by_id(items: Iterable[Member]) -> Dict[int, Member]:
    # map record ids to records
    return {item.id: item for item in items}


def most_recent(items: Iterable[Member]) -> Optional[Member]:
    dated = [item for item in items if item.joined_on is not None]
    if not dated:
        return None
    return max(dated, key=lambda item: item.joined_on)


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
