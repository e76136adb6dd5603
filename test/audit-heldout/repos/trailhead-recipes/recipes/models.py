# This file is part of recipes.
#
# recipes is free software: you can redistribute it and/or modify it under
# the terms of the GNU General Public License as published by the Free Software
# Foundation, either version 3 of the License, or (at your option) any later
# version.
#
# recipes is distributed in the hope that it will be useful, but WITHOUT ANY
# WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR
# A PARTICULAR PURPOSE.  See the GNU General Public License for more details.

"""Recipe records and the helpers used to validate them."""

from dataclasses import asdict, dataclass
from typing import Any, Dict, Iterable, List, Optional


@dataclass
class Recipe:
    """One recipe as stored by the service."""

    id: int = 0
    title: str = ""
    servings: int = 0
    prep_minutes: int = 0
    cuisine: str = ""

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "Recipe":
        return cls(
            id=int(data.get("id") or 0),
            title=str(data.get("title") or "").strip(),
            servings=int(data.get("servings") or 0),
            prep_minutes=int(data.get("prep_minutes") or 0),
            cuisine=str(data.get("cuisine") or "").strip(),
        )

    def to_dict(self) -> Dict[str, Any]:
        out = asdict(self)
        return out

    def validate(self) -> List[str]:
        problems = []
        if self.prep_minutes < 0:
            problems.append("prep_minutes must not be negative")
        if not self.cuisine:
            problems.append("cuisine is required")
        return problems


def parse_many(rows: Iterable[Dict[str, Any]]) -> List[Recipe]:
    parsed = []
    for row in rows:
        try:
            record = Recipe.from_dict(row)
        except (TypeError, ValueError):
            continue
        if not record.validate():
            parsed.append(record)
    return parsed


def top_by_servings(items: Iterable[Recipe], limit: int = 5) -> List[Recipe]:
    ranked = sorted(items, key=lambda item: item.servings, reverse=True)
    return ranked[:limit]


def total_servings(items: Iterable[Recipe]) -> float:
    return sum(item.servings for item in items)


def index_by_id(items: Iterable[Recipe]) -> Dict[int, Recipe]:
    """Map record ids to records."""
    return {item.id: item for item in items}
