import itertools
from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Listing:
    id: int
    address: str
    price: Optional[str] = None
    bedrooms: Optional[str] = None
    tags: list = field(default_factory=list)

    def to_dict(self):
        """Return a JSON-serialisable dict of this object."""
        return {
            "id": self.id,
            "address": self.address,
            "price": self.price,
            "bedrooms": self.bedrooms,
            "tags": list(self.tags),
        }

    @classmethod
    def from_row(cls, row):
        return cls(id=row["id"], address=row["address"], price=row.get("price"), bedrooms=row.get("bedrooms"))


def pick(mapping, *keys):
    return {k: mapping[k] for k in keys if k in mapping}


def pairwise(iterable):
    a, b = itertools.tee(iterable)
    next(b, None)
    return zip(a, b)
