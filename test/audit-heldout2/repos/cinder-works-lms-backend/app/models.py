import os
from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Course:
    id: int
    title: str
    level: Optional[str] = None
    seats: Optional[str] = None
    tags: list = field(default_factory=list)

    def to_dict(self):
        """Return the fields as a plain dictionary."""
        return {
            'id': self.id,
            'title': self.title,
            'level': self.level,
            'seats': self.seats,
            'tags': list(self.tags),
        }

    @classmethod
    def from_row(cls, row):
        return cls(id=row['id'], title=row['title'], level=row.get('level'), seats=row.get('seats'))


def env_int(name, default):
    raw = os.environ.get(name)
    if raw is None or raw == '':
        return default
    try:
        return int(raw)
    except ValueError:
        raise ValueError('%s must be an integer, got %r' % (name, raw))
