import os
from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Event:
  id: int
  name: str
  venue: Optional[str] = None
  starts_at: Optional[str] = None
  tags: list = field(default_factory=list)

  def to_dict(self):
    """Return the fields as a plain dictionary."""
    return {
      "id": self.id,
      "name": self.name,
      "venue": self.venue,
      "starts_at": self.starts_at,
      "tags": list(self.tags),
    }

  @classmethod
  def from_row(cls, row):
    return cls(id=row["id"], name=row["name"], venue=row.get("venue"), starts_at=row.get("starts_at"))


def env_int(name, default):
  raw = os.environ.get(name)
  if raw is None or raw == "":
    return default
  try:
    return int(raw)
  except ValueError:
    raise ValueError("%s must be an integer, got %r" % (name, raw))
