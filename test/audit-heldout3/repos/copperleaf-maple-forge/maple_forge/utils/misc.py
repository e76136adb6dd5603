import hashlib
from dataclasses import dataclass, field
from typing import List, Optional


def file_digest(path, chunk_size=65536):
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(chunk_size), b""):
            digest.update(block)
    return digest.hexdigest()


def flatten(mapping, parent="", sep="."):
    items = {}
    for key, value in mapping.items():
        full = f"{parent}{sep}{key}" if parent else key
        if isinstance(value, dict):
            items.update(flatten(value, full, sep))
        else:
            items[full] = value
    return items


@dataclass
class VendorSummary:
    id: int
    name: str
    status: str = "active"
    tags: List[str] = field(default_factory=list)
    owner_id: Optional[int] = None

    def as_dict(self):
        return {"id": self.id, "name": self.name, "status": self.status,
                "tags": list(self.tags), "owner_id": self.owner_id}


def truncate(text, limit=80, suffix="..."):
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    cut = text[: limit - len(suffix)].rsplit(" ", 1)[0]
    return cut + suffix
