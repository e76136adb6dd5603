import itertools
import re
from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Shipment:
  id: int
  tracking_code: str
  carrier: Optional[str] = None
  weight: Optional[str] = None
  tags: list = field(default_factory=list)

  def to_dict(self):
    """Return a JSON-serialisable dict of this object."""
    return {
      'id': self.id,
      'tracking_code': self.tracking_code,
      'carrier': self.carrier,
      'weight': self.weight,
      'tags': list(self.tags),
    }

  @classmethod
  def from_row(cls, row):
    return cls(id=row['id'], tracking_code=row['tracking_code'], carrier=row.get('carrier'), weight=row.get('weight'))


_DURATION = re.compile(r"^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$")


def parse_duration(text):
  match = _DURATION.match(text.strip())
  if not match or not any(match.groups()):
    raise ValueError('bad duration: %r' % text)
  hours, minutes, seconds = (int(g or 0) for g in match.groups())
  return hours * 3600 + minutes * 60 + seconds


def pairwise(iterable):
  a, b = itertools.tee(iterable)
  next(b, None)
  return zip(a, b)
