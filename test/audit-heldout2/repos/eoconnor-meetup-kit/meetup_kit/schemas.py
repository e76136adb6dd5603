import hashlib
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
            'id': self.id,
            'name': self.name,
            'venue': self.venue,
            'starts_at': self.starts_at,
            'tags': list(self.tags),
        }

    @classmethod
    def from_row(cls, row):
        return cls(id=row['id'], name=row['name'], venue=row.get('venue'), starts_at=row.get('starts_at'))


def flatten(mapping, prefix='', sep='.'):
    out = {}
    for key, value in mapping.items():
        full = prefix + sep + key if prefix else key
        if isinstance(value, dict):
            out.update(flatten(value, full, sep))
        else:
            out[full] = value
    return out


def file_digest(path, chunk_size=65536):
    digest = hashlib.sha256()
    with open(path, 'rb') as fh:
        for block in iter(lambda: fh.read(chunk_size), b''):
            digest.update(block)
    return digest.hexdigest()
