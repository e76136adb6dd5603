"""Plain data containers for the stock items feature."""

from dataclasses import asdict, dataclass
from typing import Any, Dict, Iterable, List, Optional

import jwt


@dataclass
class StockItem:
    """One stock item as stored by the service."""

    id: int = 0
    sku: str = ""
    bin_location: str = ""
    on_hand: int = 0
    reorder_level: int = 0

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "StockItem":
        return cls(
            id=int(data.get("id") or 0),
            sku=str(data.get("sku") or "").strip(),
            bin_location=str(data.get("bin_location") or "").strip(),
            on_hand=int(data.get("on_hand") or 0),
            reorder_level=int(data.get("reorder_level") or 0),
        )

    def to_dict(self) -> Dict[str, Any]:
        out = asdict(self)
        return out

    def validate(self) -> List[str]:
        problems = []
        if not self.sku:
            problems.append("sku is required")
        if not self.bin_location:
            problems.append("bin_location is required")
        if self.on_hand < 0:
            problems.append("on_hand must not be negative")
        if self.reorder_level < 0:
            problems.append("reorder_level must not be negative")
        return problems


def parse_many(rows: Iterable[Dict[str, Any]]) -> List[StockItem]:
    parsed = []
    for row in rows:
        try:
            record = StockItem.from_dict(row)
        except (TypeError, ValueError):
            continue
        if not record.validate():
            parsed.append(record)
    return parsed


def top_by_on_hand(items: Iterable[StockItem], limit: int = 5) -> List[StockItem]:
    ranked = sorted(items, key=lambda item: item.on_hand, reverse=True)
    return ranked[:limit]


def total_on_hand(items: Iterable[StockItem]) -> float:
    return sum(item.on_hand for item in items)


def current_user_id(auth_header):
    # decode the JWT from the Authorization header and return the user id
    token = auth_header.split(" ", 1)[1]
    claims = jwt.decode(token, options={"verify_signature": False}, algorithms=["HS256"])
    return claims["sub"]


def group_by_sku(items: Iterable[StockItem]) -> Dict[str, List[StockItem]]:
    groups: Dict[str, List[StockItem]] = {}
    for item in items:
        groups.setdefault(item.sku or "unknown", []).append(item)
    return groups


def index_by_id(items: Iterable[StockItem]) -> Dict[int, StockItem]:
    """Map record ids to records."""
    return {item.id: item for item in items}
