from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Optional


@dataclass
class Device:
    id: int
    serial: str
    firmware: Optional[str] = None
    location: Optional[str] = None
    tags: list = field(default_factory=list)

    def to_dict(self):
        """Return a JSON-serialisable dict of this object."""
        return {
            "id": self.id,
            "serial": self.serial,
            "firmware": self.firmware,
            "location": self.location,
            "tags": list(self.tags),
        }

    @classmethod
    def from_row(cls, row):
        return cls(id=row["id"], serial=row["serial"], firmware=row.get("firmware"), location=row.get("location"))


def deep_merge(base, override):
    result = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = deep_merge(result[key], value)
        else:
            result[key] = value
    return result


def utcnow_iso():
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def parse_iso(value):
    if value.endswith("Z"):
        value = value[:-1] + "+00:00"
    return datetime.fromisoformat(value)
