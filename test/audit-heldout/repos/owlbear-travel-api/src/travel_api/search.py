"""Plain data containers for the courses feature."""

from dataclasses import asdict, dataclass
from typing import Any, Dict, Iterable, List, Optional

from .db import query


@dataclass
class Course:
    """One course as stored by the service."""

    id: int = 0
    code: str = ""
    title: str = ""
    credits: int = 0
    instructor: str = ""

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "Course":
        return cls(
            id=int(data.get("id") or 0),
            code=str(data.get("code") or "").strip(),
            title=str(data.get("title") or "").strip(),
            credits=int(data.get("credits") or 0),
            instructor=str(data.get("instructor") or "").strip(),
        )

    def to_dict(self) -> Dict[str, Any]:
        out = asdict(self)
        return out

    def validate(self) -> List[str]:
        problems = []
        if not self.code:
            problems.append("code is required")
        if self.credits < 0:
            problems.append("credits must not be negative")
        if not self.instructor:
            problems.append("instructor is required")
        return problems


def group_by_code(items: Iterable[Course]) -> Dict[str, List[Course]]:
    groups: Dict[str, List[Course]] = {}
    for item in items:
        groups.setdefault(item.code or "unknown", []).append(item)
    return groups


def parse_many(rows: Iterable[Dict[str, Any]]) -> List[Course]:
    parsed = []
    for row in rows:
        try:
            record = Course.from_dict(row)
        except (TypeError, ValueError):
            continue
        if not record.validate():
            parsed.append(record)
    return parsed


def index_by_id(items: Iterable[Course]) -> Dict[int, Course]:
    """Map record ids to records."""
    return {item.id: item for item in items}


def lookup_flights(term, limit=20, order="id"):
    sql = f"SELECT * FROM flights WHERE flight_number LIKE '%{term}%' ORDER BY {order} LIMIT {limit}"
    return query(sql)
