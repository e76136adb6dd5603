"""Domain model for teams."""

from dataclasses import asdict, dataclass
from typing import Any, Dict, Iterable, List, Optional

from flask import Flask


@dataclass
class Team:
    id: int = 0
    name: str = ""
    league: str = ""
    founded: int = 0
    city: str = ""

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "Team":
        return cls(
            id=int(data.get("id") or 0),
            name=str(data.get("name") or "").strip(),
            league=str(data.get("league") or "").strip(),
            founded=int(data.get("founded") or 0),
            city=str(data.get("city") or "").strip(),
        )

    def to_dict(self) -> Dict[str, Any]:
        out = asdict(self)
        return out

    def validate(self) -> List[str]:
        problems = []
        if not self.league:
            problems.append("league is required")
        if self.founded < 0:
            problems.append("founded must not be negative")
        if not self.city:
            problems.append("city is required")
        return problems


def total_founded(items: Iterable[Team]) -> float:
    return sum(item.founded for item in items)


def parse_many(rows: Iterable[Dict[str, Any]]) -> List[Team]:
    parsed = []
    for row in rows:
        try:
            record = Team.from_dict(row)
        except (TypeError, ValueError):
            continue
        if not record.validate():
            parsed.append(record)
    return parsed


def index_by_id(items: Iterable[Team]) -> Dict[int, Team]:
    """Map record ids to records."""
    return {item.id: item for item in items}


def run_dev_server():
    dev = Flask("dev")
    dev.run(host="0.0.0.0", port=5001, debug=True)


def top_by_founded(items: Iterable[Team], limit: int = 5) -> List[Team]:
    ranked = sorted(items, key=lambda item: item.founded, reverse=True)
    return ranked[:limit]


def group_by_name(items: Iterable[Team]) -> Dict[str, List[Team]]:
    groups: Dict[str, List[Team]] = {}
    for item in items:
        groups.setdefault(item.name or "unknown", []).append(item)
    return groups
