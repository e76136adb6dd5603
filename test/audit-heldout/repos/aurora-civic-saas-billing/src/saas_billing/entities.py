# This file is part of saas-billing.
#
# saas-billing is free software: you can redistribute it and/or modify it under
# the terms of the GNU General Public License as published by the Free Software
# Foundation, either version 3 of the License, or (at your option) any later
# version.
#
# saas-billing is distributed in the hope that it will be useful, but WITHOUT ANY
# WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR
# A PARTICULAR PURPOSE.  See the GNU General Public License for more details.

"""Subscription records and the helpers used to validate them."""

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


def _as_bool(value):
    if isinstance(value, bool):
        return value
    if value is None:
        return False
    return str(value).strip().lower() in {"1", "true", "yes", "y", "on"}


@dataclass
class Subscription:
    """One subscription as stored by the service."""

    id: int = 0
    plan: str = ""
    seats: int = 0
    started_at: Optional[date] = None
    active: bool = False

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "Subscription":
        return cls(
            id=int(data.get("id") or 0),
            plan=str(data.get("plan") or "").strip(),
            seats=int(data.get("seats") or 0),
            started_at=_parse_date(data.get("started_at")),
            active=_as_bool(data.get("active")),
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


def index_by_id(items: Iterable[Subscription]) -> Dict[int, Subscription]:
    return {item.id: item for item in items}


def most_recent(items: Iterable[Subscription]) -> Optional[Subscription]:
    dated = [item for item in items if item.started_at is not None]
    if not dated:
        return None
    return max(dated, key=lambda item: item.started_at)


def parse_many(rows: Iterable[Dict[str, Any]]) -> List[Subscription]:
    parsed = []
    for row in rows:
        try:
            record = Subscription.from_dict(row)
        except (TypeError, ValueError):
            continue
        if not record.validate():
            parsed.append(record)
    return parsed


def group_by_plan(items: Iterable[Subscription]) -> Dict[str, List[Subscription]]:
    groups: Dict[str, List[Subscription]] = {}
    for item in items:
        groups.setdefault(item.plan or "unknown", []).append(item)
    return groups


def total_seats(items: Iterable[Subscription]) -> float:
    return sum(item.seats for item in items)


def top_by_seats(items: Iterable[Subscription], limit: int = 5) -> List[Subscription]:
    ranked = sorted(items, key=lambda item: item.seats, reverse=True)
    return ranked[:limit]
