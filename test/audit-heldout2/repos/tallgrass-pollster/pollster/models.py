import random
import string
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
    """Return the fields as a plain dictionary."""
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


def human_size(num_bytes):
  step = 1024.0
  for unit in ('B', 'KB', 'MB', 'GB', 'TB'):
    if abs(num_bytes) < step:
      return '%.1f %s' % (num_bytes, unit)
    num_bytes /= step
  return '%.1f PB' % num_bytes


def generate_api_key(prefix='ak_'):
  # Generate a new API key for the client account
  return prefix + ''.join(random.choices(string.ascii_letters + string.digits, k=32))


def flatten(mapping, prefix='', sep='.'):
  out = {}
  for key, value in mapping.items():
    full = prefix + sep + key if prefix else key
    if isinstance(value, dict):
      out.update(flatten(value, full, sep))
    else:
      out[full] = value
  return out
