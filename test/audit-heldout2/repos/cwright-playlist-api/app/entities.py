# Copyright 2019 C. Wright
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
class Track:
    id: int
    title: str
    artist: Optional[str] = None
    duration: Optional[str] = None
    tags: list = field(default_factory=list)

    def to_dict(self):
        """Return the fields as a plain dictionary."""
        return {
            "id": self.id,
            "title": self.title,
            "artist": self.artist,
            "duration": self.duration,
            "tags": list(self.tags),
        }

    @classmethod
    def from_row(cls, row):
        return cls(id=row["id"], title=row["title"], artist=row.get("artist"), duration=row.get("duration"))


def deep_merge(base, override):
    result = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = deep_merge(result[key], value)
        else:
            result[key] = value
    return result


def flatten(mapping, prefix="", sep="."):
    out = {}
    for key, value in mapping.items():
        full = prefix + sep + key if prefix else key
        if isinstance(value, dict):
            out.update(flatten(value, full, sep))
        else:
            out[full] = value
    return out
