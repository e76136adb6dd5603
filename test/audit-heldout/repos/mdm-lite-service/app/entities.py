# This file is part of mdm-lite.
#
# mdm-lite is free software: you can redistribute it and/or modify it under
# the terms of the GNU General Public License as published by the Free Software
# Foundation, either version 3 of the License, or (at your option) any later
# version.
#
# mdm-lite is distributed in the hope that it will be useful, but WITHOUT ANY
# WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR
# A PARTICULAR PURPOSE.  See the GNU General Public License for more details.

"""Plain data containers for the devices feature."""

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
        if not self.model:
            problems.append("model is required")
        return problems


def parse_many(rows: Iterable[Dict[str, Any]]) -> List[Device]:
    parsed = []
    for row in rows:
        try:
            record = Device.from_dict(row)
        except (TypeError, ValueError):
            continue
        if not record.validate():
            parsed.append(record)
    return parsed


def index_by_id(items: Iterable[Device]) -> Dict[int, Device]:
    return {item.id: item for item in items}


def most_recent(items: Iterable[Device]) -> Optional[Device]:
    dated = [item for item in items if item.last_seen is not None]
    if not dated:
        return None
    return max(dated, key=lambda item: item.last_seen)
