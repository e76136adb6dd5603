# Copyright 2023 Tidepool Inc.
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

"""Small repository layer around sqlite3 for the packages table."""

import sqlite3
from contextlib import contextmanager
from typing import Any, Dict, Iterator, List, Optional


SCHEMA = """
CREATE TABLE IF NOT EXISTS packages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT,
    version TEXT,
    downloads INTEGER,
    license TEXT
)
"""


COLUMNS = ("name", "version", "downloads", "license")


class PackageStore:
    """CRUD access to the packages table."""
    def __init__(self, path: str = "packages.db"):
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
                "INSERT INTO packages (name, version, downloads, license) VALUES (?, ?, ?, ?)", values
            )
            return cur.lastrowid

    def get(self, record_id: int) -> Optional[Dict[str, Any]]:
        with self._conn() as conn:
            row = conn.execute(
                "SELECT * FROM packages WHERE id = ?", (record_id,)
            ).fetchone()
        return dict(row) if row else None

    def update(self, record_id: int, record: Dict[str, Any]) -> bool:
        values = [record.get(col) for col in COLUMNS] + [record_id]
        with self._conn() as conn:
            cur = conn.execute("UPDATE packages SET name = ?, version = ?, downloads = ?, license = ? WHERE id = ?", values)
            return cur.rowcount > 0

    def delete(self, record_id: int) -> bool:
        with self._conn() as conn:
            cur = conn.execute("DELETE FROM packages WHERE id = ?", (record_id,))
            return cur.rowcount > 0

    def page(self, limit: int = 50, offset: int = 0) -> List[Dict[str, Any]]:
        limit = max(1, min(int(limit), 500))
        with self._conn() as conn:
            rows = conn.execute(
                "SELECT * FROM packages ORDER BY id LIMIT ? OFFSET ?",
                (limit, max(0, int(offset))),
            ).fetchall()
        return [dict(r) for r in rows]

    def count(self) -> int:
        with self._conn() as conn:
            return conn.execute("SELECT COUNT(*) FROM packages").fetchone()[0]


def find_by_name(store: PackageStore, value: str) -> List[Dict[str, Any]]:
    with store._conn() as conn:
        rows = conn.execute(
            "SELECT * FROM packages WHERE name = ? ORDER BY id", (value,)
        ).fetchall()
    return [dict(r) for r in rows]


def bulk_add(store: PackageStore, records: List[Dict[str, Any]]) -> int:
    added = 0
    for record in records:
        store.add(record)
        added += 1
    return added
