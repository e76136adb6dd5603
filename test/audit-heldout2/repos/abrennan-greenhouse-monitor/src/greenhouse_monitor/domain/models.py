from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Sensor:
    id: int
    label: str
    unit: Optional[str] = None
    interval: Optional[str] = None
    tags: list = field(default_factory=list)

    def to_dict(self):
        """Return a JSON-serialisable dict of this object."""
        return {
            "id": self.id,
            "label": self.label,
            "unit": self.unit,
            "interval": self.interval,
            "tags": list(self.tags),
        }

    @classmethod
    def from_row(cls, row):
        return cls(id=row["id"], label=row["label"], unit=row.get("unit"), interval=row.get("interval"))


def truncate(text, limit=80, suffix="..."):
    if len(text) <= limit:
        return text
    return text[: max(limit - len(suffix), 0)].rstrip() + suffix
