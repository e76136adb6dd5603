import re
import unicodedata
from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Subscription:
    id: int
    plan: str
    state: Optional[str] = None
    renews_at: Optional[str] = None
    tags: list = field(default_factory=list)

    def to_dict(self):
        """Return the fields as a plain dictionary."""
        return {
            "id": self.id,
            "plan": self.plan,
            "state": self.state,
            "renews_at": self.renews_at,
            "tags": list(self.tags),
        }

    @classmethod
    def from_row(cls, row):
        return cls(id=row["id"], plan=row["plan"], state=row.get("state"), renews_at=row.get("renews_at"))


def slugify(value, max_length=64):
    value = unicodedata.normalize("NFKD", str(value)).encode("ascii", "ignore").decode()
    value = re.sub(r"[^\w\s-]", "", value).strip().lower()
    return re.sub(r"[-\s]+", "-", value)[:max_length].strip("-")


def flatten(mapping, prefix="", sep="."):
    out = {}
    for key, value in mapping.items():
        full = prefix + sep + key if prefix else key
        if isinstance(value, dict):
            out.update(flatten(value, full, sep))
        else:
            out[full] = value
    return out
