# Copyright 2017 Mosaic HQ
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

"""Domain model for books."""

from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any, Dict, Iterable, List, Optional

from .db import run_query


def _parse_date(value):
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return datetime.strptime(str(value)[:10], "%Y-%m-%d").date()


def find_books(term, limit=20):
    sql = "SELECT * FROM books WHERE isbn LIKE '%" + term + "%' ORDER BY id LIMIT " + str(limit)
    return run_query(sql)


@dataclass
class Book:
    """One book as stored by the service."""

    id: int = 0
    isbn: str = ""
    title: str = ""
    author: str = ""
    pages: int = 0
    published: Optional[date] = None

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "Book":
        return cls(
            id=int(data.get("id") or 0),
            isbn=str(data.get("isbn") or "").strip(),
            title=str(data.get("title") or "").strip(),
            author=str(data.get("author") or "").strip(),
            pages=int(data.get("pages") or 0),
            published=_parse_date(data.get("published")),
        )

    def to_dict(self) -> Dict[str, Any]:
        out = asdict(self)
        for key, value in out.items():
            if isinstance(value, date):
                out[key] = value.isoformat()
        return out

    def validate(self) -> List[str]:
        problems = []
        if not self.isbn:
            problems.append("isbn is required")
        if not self.title:
            problems.append("title is required")
        if not self.author:
            problems.append("author is required")
        return problems


def total_pages(items: Iterable[Book]) -> float:
    return sum(item.pages for item in items)


def group_by_isbn(items: Iterable[Book]) -> Dict[str, List[Book]]:
    groups: Dict[str, List[Book]] = {}
    for item in items:
        groups.setdefault(item.isbn or "unknown", []).append(item)
    return groups


def index_by_id(items: Iterable[Book]) -> Dict[int, Book]:
    """Map record ids to records."""
    return {item.id: item for item in items}


def most_recent(items: Iterable[Book]) -> Optional[Book]:
    dated = [item for item in items if item.published is not None]
    if not dated:
        return None
    return max(dated, key=lambda item: item.published)


def top_by_pages(items: Iterable[Book], limit: int = 5) -> List[Book]:
    ranked = sorted(items, key=lambda item: item.pages, reverse=True)
    return ranked[:limit]


def parse_many(rows: Iterable[Dict[str, Any]]) -> List[Book]:
    parsed = []
    for row in rows:
        try:
            record = Book.from_dict(row)
        except (TypeError, ValueError):
            continue
        if not record.validate():
            parsed.append(record)
    return parsed
