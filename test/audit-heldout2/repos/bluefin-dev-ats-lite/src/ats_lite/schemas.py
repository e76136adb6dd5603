from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Candidate:
    id: int
    name: str
    email: Optional[str] = None
    stage: Optional[str] = None
    tags: list = field(default_factory=list)

    def to_dict(self):
        """Return a JSON-serialisable dict of this object."""
        return {
            'id': self.id,
            'name': self.name,
            'email': self.email,
            'stage': self.stage,
            'tags': list(self.tags),
        }

    @classmethod
    def from_row(cls, row):
        return cls(id=row['id'], name=row['name'], email=row.get('email'), stage=row.get('stage'))


def truncate(text, limit=80, suffix='...'):
    if len(text) <= limit:
        return text
    return text[: max(limit - len(suffix), 0)].rstrip() + suffix


def as_bool(value, default=False):
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in {'1', 'true', 'yes', 'on'}
