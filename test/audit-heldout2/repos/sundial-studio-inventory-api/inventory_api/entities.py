import hashlib
from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Asset:
    id: int
    tag: str
    category: Optional[str] = None
    value: Optional[str] = None
    tags: list = field(default_factory=list)

    def to_dict(self):
        """Return a JSON-serialisable dict of this object."""
        return {
            'id': self.id,
            'tag': self.tag,
            'category': self.category,
            'value': self.value,
            'tags': list(self.tags),
        }

    @classmethod
    def from_row(cls, row):
        return cls(id=row['id'], tag=row['tag'], category=row.get('category'), value=row.get('value'))


def file_digest(path, chunk_size=65536):
    digest = hashlib.sha256()
    with open(path, 'rb') as fh:
        for block in iter(lambda: fh.read(chunk_size), b''):
            digest.update(block)
    return digest.hexdigest()
