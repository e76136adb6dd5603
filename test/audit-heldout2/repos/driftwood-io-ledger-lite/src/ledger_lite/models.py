# Copyright 2023 Driftwood Io
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.

from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Invoice:
  id: int
  number: str
  amount: Optional[str] = None
  due_date: Optional[str] = None
  tags: list = field(default_factory=list)

  def to_dict(self):
    """Return a JSON-serialisable dict of this object."""
    return {
      "id": self.id,
      "number": self.number,
      "amount": self.amount,
      "due_date": self.due_date,
      "tags": list(self.tags),
    }

  @classmethod
  def from_row(cls, row):
    return cls(id=row["id"], number=row["number"], amount=row.get("amount"), due_date=row.get("due_date"))


def deep_merge(base, override):
  result = dict(base)
  for key, value in override.items():
    if isinstance(value, dict) and isinstance(result.get(key), dict):
      result[key] = deep_merge(result[key], value)
    else:
      result[key] = value
  return result


def as_bool(value, default=False):
  if value is None:
    return default
  if isinstance(value, bool):
    return value
  return str(value).strip().lower() in {"1", "true", "yes", "on"}
