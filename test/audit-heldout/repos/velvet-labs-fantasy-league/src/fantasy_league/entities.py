"""Device records and the helpers used to validate them."""

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
class Device:
    """One device as stored by the service."""

    id: int = 0
    serial: str = ""
    model: str = ""
    firmware: str = ""
    last_seen: Optional[date] = None

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "Device":
        return cls(
            id=int(data.get("id") or 0),
            serial=str(data.get("serial") or "").strip(),
            model=str(data.get("model") or "").strip(),
            firmware=str(data.get("firmware") or "").strip(),
            last_seen=_parse_date(data.get("last_seen")),
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


def group_by_serial(items: Iterable[Device]) -> Dict[str, List[Device]]:
    groups: Dict[str, List[Device]] = {}
    for item in items:
        groups.setdefault(item.serial or "unknown", []).append(item)
    return groups


def index_by_id(items: Iterable[Device]) -> Dict[int, Device]:
    return {item.id: item for item in items}


def retry(times=3, delay=0.5, backoff=2.0, exceptions=(Exception,)):
    # retry the wrapped call with exponential backoff
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            wait = delay
            for n in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if n == times:
                        raise
                    time.sleep(wait)
                    wait *= backoff
        return wrapper
    return decorator


def most_recent(items: Iterable[Device]) -> Optional[Device]:
    dated = [item for item in items if item.last_seen is not None]
    if not dated:
        return None
    return max(dated, key=lambda item: item.last_seen)


@retry(times=3, delay=0.5)
def wait_until_ready(check):
    if not check():
        raise RuntimeError("not ready yet")
    return True
