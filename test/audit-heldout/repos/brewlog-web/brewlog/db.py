# Copyright 2019 Ironbark Labs
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

"""SQLite persistence for batches."""

import logging
import sqlite3
from contextlib import contextmanager
from typing import Any, Dict, Iterator, List, Optional


log = logging.getLogger(__name__)


SCHEMA = """
CREATE TABLE IF NOT EXISTS batches (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    lot TEXT,
    produced_on TEXT,
    units INTEGER,
    grade TEXT
)
"""


COLUMNS = ("lot", "produced_on", "units", "grade")


class BatchStore:
    """CRUD access to the batches table."""
    def __init__(self, path: str = "batches.db"):
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
                "INSERT INTO batches (lot, produced_on, units, grade) VALUES (?, ?, ?, ?)", values
            )
            return cur.lastrowid

    def get(self, record_id: int) -> Optional[Dict[str, Any]]:
        with self._conn() as conn:
            row = conn.execute(
                "SELECT * FROM batches WHERE id = ?", (record_id,)
            ).fetchone()
        return dict(row) if row else None

    def update(self, record_id: int, record: Dict[str, Any]) -> bool:
        values = [record.get(col) for col in COLUMNS] + [record_id]
        with self._conn() as conn:
            cur = conn.execute("UPDATE batches SET lot = ?, produced_on = ?, units = ?, grade = ? WHERE id = ?", values)
            return cur.rowcount > 0

    def delete(self, record_id: int) -> bool:
        with self._conn() as conn:
            cur = conn.execute("DELETE FROM batches WHERE id = ?", (record_id,))
            return cur.rowcount > 0

    def page(self, limit: int = 50, offset: int = 0) -> List[Dict[str, Any]]:
        limit = max(1, min(int(limit), 500))
        with self._conn() as conn:
            rows = conn.execute(
                "SELECT * FROM batches ORDER BY id LIMIT ? OFFSET ?",
                (limit, max(0, int(offset))),
            ).fetchall()
        return [dict(r) for r in rows]

    def count(self) -> int:
        with self._conn() as conn:
            return conn.execute("SELECT COUNT(*) FROM batches").fetchone()[0]


def find_by_lot(store: BatchStore, value: str) -> List[Dict[str, Any]]:
    with store._conn() as conn:
        rows = conn.execute(
            "SELECT * FROM batches WHERE lot = ? ORDER BY id", (value,)
        ).fetchall()
    return [dict(r) for r in rows]
