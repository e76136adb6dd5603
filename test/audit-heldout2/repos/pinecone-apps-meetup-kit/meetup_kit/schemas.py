import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
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


def utcnow_iso():
  return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def parse_iso(value):
  if value.endswith("Z"):
    value = value[:-1] + "+00:00"
  return datetime.fromisoformat(value)


def file_digest(path, chunk_size=65536):
  digest = hashlib.sha256()
  with open(path, "rb") as fh:
    for block in iter(lambda: fh.read(chunk_size), b""):
      digest.update(block)
  return digest.hexdigest()
