import re
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
        """Return the fields as a plain dictionary."""
        return {
            'id': self.id,
            'title': self.title,
            'servings': self.servings,
            'cuisine': self.cuisine,
            'tags': list(self.tags),
        }

    @classmethod
    def from_row(cls, row):
        return cls(id=row['id'], title=row['title'], servings=row.get('servings'), cuisine=row.get('cuisine'))


def human_size(num_bytes):
    step = 1024.0
    for unit in ('B', 'KB', 'MB', 'GB', 'TB'):
        if abs(num_bytes) < step:
            return '%.1f %s' % (num_bytes, unit)
        num_bytes /= step
    return '%.1f PB' % num_bytes


_DURATION = re.compile(r"^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$")


def parse_duration(text):
    match = _DURATION.match(text.strip())
    if not match or not any(match.groups()):
        raise ValueError('bad duration: %r' % text)
    hours, minutes, seconds = (int(g or 0) for g in match.groups())
    return hours * 3600 + minutes * 60 + seconds
