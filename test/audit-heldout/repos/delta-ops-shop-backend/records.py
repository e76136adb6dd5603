# Copyright (c) 2018 Delta Ops
# SPDX-License-Identifier: MIT

"""Order records and the helpers used to validate them."""

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
class Order:
    """One order as stored by the service."""

    id: int = 0
    sku: str = ""
    quantity: int = 0
    unit_price: float = 0.0
    placed_at: Optional[date] = None

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "Order":
        return cls(
            id=int(data.get("id") or 0),
            sku=str(data.get("sku") or "").strip(),
            quantity=int(data.get("quantity") or 0),
            unit_price=float(data.get("unit_price") or 0.0),
            placed_at=_parse_date(data.get("placed_at")),
        )

    def to_dict(self) -> Dict[str, Any]:
        out = asdict(self)
        for key, value in out.items():
            if isinstance(value, date):
                out[key] = value.isoformat()
        return out

    def validate(self) -> List[str]:
        problems = []
        if not self.sku:
            problems.append("sku is required")
        if self.quantity < 0:
            problems.append("quantity must not be negative")
        if self.unit_price < 0:
            problems.append("unit_price must not be negative")
        return problems


def group_by_sku(items: Iterable[Order]) -> Dict[str, List[Order]]:
    groups: Dict[str, List[Order]] = {}
    for item in items:
        groups.setdefault(item.sku or "unknown", []).append(item)
    return groups


def total_quantity(items: Iterable[Order]) -> float:
    return sum(item.quantity for item in items)


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


def most_recent(items: Iterable[Order]) -> Optional[Order]:
    dated = [item for item in items if item.placed_at is not None]
    if not dated:
        return None
    return max(dated, key=lambda item: item.placed_at)


def top_by_quantity(items: Iterable[Order], limit: int = 5) -> List[Order]:
    ranked = sorted(items, key=lambda item: item.quantity, reverse=True)
    return ranked[:limit]


def index_by_id(items: Iterable[Order]) -> Dict[int, Order]:
    """Map record ids to records."""
    return {item.id: item for item in items}


def parse_many(rows: Iterable[Dict[str, Any]]) -> List[Order]:
    parsed = []
    for row in rows:
        try:
            record = Order.from_dict(row)
        except (TypeError, ValueError):
            continue
        if not record.validate():
            parsed.append(record)
    return parsed


@retry(times=3, delay=0.1)
def wait_until_ready(check):
    if not check():
        raise RuntimeError("not ready yet")
    return True
