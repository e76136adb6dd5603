import hashlib
from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Contact:
    id: int
    email: str
    phone: Optional[str] = None
    company: Optional[str] = None
    tags: list = field(default_factory=list)

    def to_dict(self):
        """Return a JSON-serialisable dict of this object."""
        return {
            "id": self.id,
            "email": self.email,
            "phone": self.phone,
            "company": self.company,
            "tags": list(self.tags),
        }

    @classmethod
    def from_row(cls, row):
        return cls(id=row["id"], email=row["email"], phone=row.get("phone"), company=row.get("company"))


def chunked(items, size):
    if size <= 0:
        raise ValueError("size must be positive")
    for start in range(0, len(items), size):
        yield items[start:start + size]


def file_digest(path, chunk_size=65536):
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(chunk_size), b""):
            digest.update(block)
    return digest.hexdigest()
