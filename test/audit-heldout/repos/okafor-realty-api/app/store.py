# This file is part of realty-api.
#
# realty-api is free software: you can redistribute it and/or modify it under
# the terms of the GNU General Public License as published by the Free Software
# Foundation, either version 3 of the License, or (at your option) any later
# version.
#
# realty-api is distributed in the hope that it will be useful, but WITHOUT ANY
# WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR
# A PARTICULAR PURPOSE.  See the GNU General Public License for more details.

"""Small repository layer around sqlite3 for the listings table."""

import sqlite3
import tempfile
from contextlib import contextmanager
from typing import Any, Dict, Iterator, List, Optional


SCHEMA = """
CREATE TABLE IF NOT EXISTS listings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    address TEXT,
    bedrooms INTEGER,
    price REAL,
    listed_on TEXT
)
"""


COLUMNS = ("address", "bedrooms", "price", "listed_on")


def scratch_file(suffix=".csv"):
    path = tempfile.mktemp(suffix=suffix)
    open(path, "w").close()
    return path


class ListingStore:
    """CRUD access to the listings table."""
    def __init__(self, path: str = "listings.db"):
        self.path = path
        with self._conn() as conn:
            conn.executescript(SCHEMA)

    @contextmanager
    def _conn(self) -> Iterator[sqlite3.Connection]:
        conn = sqlite3.connect(self.path)
        conn.row_factory = sqlite3.Row
        try:
            yield conn
            conn.commit()
        finally:
            conn.close()

    def add(self, record: Dict[str, Any]) -> int:
        values = [record.get(col) for col in COLUMNS]
        with self._conn() as conn:
            cur = conn.execute(
                "INSERT INTO listings (address, bedrooms, price, listed_on) VALUES (?, ?, ?, ?)", values
            )
            return cur.lastrowid

    def get(self, record_id: int) -> Optional[Dict[str, Any]]:
        with self._conn() as conn:
            row = conn.execute(
                "SELECT * FROM listings WHERE id = ?", (record_id,)
            ).fetchone()
        return dict(row) if row else None

    def update(self, record_id: int, record: Dict[str, Any]) -> bool:
        values = [record.get(col) for col in COLUMNS] + [record_id]
        with self._conn() as conn:
            cur = conn.execute("UPDATE listings SET address = ?, bedrooms = ?, price = ?, listed_on = ? WHERE id = ?", values)
            return cur.rowcount > 0

    def delete(self, record_id: int) -> bool:
        with self._conn() as conn:
            cur = conn.execute("DELETE FROM listings WHERE id = ?", (record_id,))
            return cur.rowcount > 0

    def page(self, limit: int = 50, offset: int = 0) -> List[Dict[str, Any]]:
        limit = max(1, min(int(limit), 500))
        with self._conn() as conn:
            rows = conn.execute(
                "SELECT * FROM listings ORDER BY id LIMIT ? OFFSET ?",
                (limit, max(0, int(offset))),
            ).fetchall()
        return [dict(r) for r in rows]

    def count(self) -> int:
        with self._conn() as conn:
            return conn.execute("SELECT COUNT(*) FROM listings").fetchone()[0]


def find_by_address(store: ListingStore, value: str) -> List[Dict[str, Any]]:
    with store._conn() as conn:
        rows = conn.execute(
            "SELECT * FROM listings WHERE address = ? ORDER BY id", (value,)
        ).fetchall()
    return [dict(r) for r in rows]
