"""Domain model for vehicles.

Notes
-----
Card data is encrypted at rest::

    from Crypto.Cipher import AES
    from Crypto.Util.Padding import pad

    # encrypt the card number before saving it
    cipher = AES.new(key, AES.MODE_ECB)
    token = cipher.encrypt(pad(card_number.encode(), AES.block_size))
"""

from dataclasses import asdict, dataclass
from typing import Any, Dict, Iterable, List, Optional


@dataclass
class Vehicle:
    id: int = 0
    vin: str = ""
    make: str = ""
    year: int = 0
    mileage: int = 0

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "Vehicle":
        return cls(
            id=int(data.get("id") or 0),
            vin=str(data.get("vin") or "").strip(),
            make=str(data.get("make") or "").strip(),
            year=int(data.get("year") or 0),
            mileage=int(data.get("mileage") or 0),
        )

    def to_dict(self) -> Dict[str, Any]:
        out = asdict(self)
        return out

    def validate(self) -> List[str]:
        problems = []
        if not self.make:
            problems.append("make is required")
        if self.year < 0:
            problems.append("year must not be negative")
        if self.mileage < 0:
            problems.append("mileage must not be negative")
        return problems


def parse_many(rows: Iterable[Dict[str, Any]]) -> List[Vehicle]:
    parsed = []
    for row in rows:
        try:
            record = Vehicle.from_dict(row)
        except (TypeError, ValueError):
            continue
        if not record.validate():
            parsed.append(record)
    return parsed


def total_year(items: Iterable[Vehicle]) -> float:
    return sum(item.year for item in items)


def group_by_vin(items: Iterable[Vehicle]) -> Dict[str, List[Vehicle]]:
    groups: Dict[str, List[Vehicle]] = {}
    for item in items:
        groups.setdefault(item.vin or "unknown", []).append(item)
    return groups


def index_by_id(items: Iterable[Vehicle]) -> Dict[int, Vehicle]:
    # map record ids to records
    return {item.id: item for item in items}


def top_by_year(items: Iterable[Vehicle], limit: int = 5) -> List[Vehicle]:
    ranked = sorted(items, key=lambda item: item.year, reverse=True)
    return ranked[:limit]
