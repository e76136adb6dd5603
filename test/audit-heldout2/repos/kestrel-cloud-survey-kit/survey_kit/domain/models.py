from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Survey:
  id: int
  title: str
  closes_at: Optional[str] = None
  audience: Optional[str] = None
  tags: list = field(default_factory=list)

  def to_dict(self):
    """Return a JSON-serialisable dict of this object."""
    return {
      'id': self.id,
      'title': self.title,
      'closes_at': self.closes_at,
      'audience': self.audience,
      'tags': list(self.tags),
    }

  @classmethod
  def from_row(cls, row):
    return cls(id=row['id'], title=row['title'], closes_at=row.get('closes_at'), audience=row.get('audience'))


def flatten(mapping, prefix='', sep='.'):
  out = {}
  for key, value in mapping.items():
    full = prefix + sep + key if prefix else key
    if isinstance(value, dict):
      out.update(flatten(value, full, sep))
    else:
      out[full] = value
  return out


def pick(mapping, *keys):
  return {k: mapping[k] for k in keys if k in mapping}
