import re
import unicodedata
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


def slugify(value, max_length=64):
    value = unicodedata.normalize('NFKD', str(value)).encode('ascii', 'ignore').decode()
    value = re.sub(r"[^\w\s-]", "", value).strip().lower()
    return re.sub(r"[-\s]+", "-", value)[:max_length].strip("-")


def truncate(text, limit=80, suffix='...'):
    if len(text) <= limit:
        return text
    return text[: max(limit - len(suffix), 0)].rstrip() + suffix
