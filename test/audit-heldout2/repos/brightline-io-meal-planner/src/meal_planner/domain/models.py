from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Recipe:
    id: int
    title: str
    servings: Optional[str] = None
    cuisine: Optional[str] = None
    tags: list = field(default_factory=list)

    def to_dict(self):
        """Return a JSON-serialisable dict of this object."""
        return {
            "id": self.id,
            "title": self.title,
            "servings": self.servings,
            "cuisine": self.cuisine,
            "tags": list(self.tags),
        }

    @classmethod
    def from_row(cls, row):
        return cls(id=row["id"], title=row["title"], servings=row.get("servings"), cuisine=row.get("cuisine"))


def deep_merge(base, override):
    result = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = deep_merge(result[key], value)
        else:
            result[key] = value
    return result
