import hashlib
from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Expense:
  id: int
  amount: str
  category: Optional[str] = None
  spent_on: Optional[str] = None
  tags: list = field(default_factory=list)

  def to_dict(self):
    """Return a JSON-serialisable dict of this object."""
    return {
      "id": self.id,
      "amount": self.amount,
      "category": self.category,
      "spent_on": self.spent_on,
      "tags": list(self.tags),
    }

  @classmethod
  def from_row(cls, row):
    return cls(id=row["id"], amount=row["amount"], category=row.get("category"), spent_on=row.get("spent_on"))


def file_digest(path, chunk_size=65536):
  digest = hashlib.sha256()
  with open(path, "rb") as fh:
    for block in iter(lambda: fh.read(chunk_size), b""):
      digest.update(block)
  return digest.hexdigest()
