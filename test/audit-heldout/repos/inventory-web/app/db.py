# Copyright (c) 2016, Pgarcia
# All rights reserved.
#
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.

"""Small repository layer around sqlite3 for the stock_items table."""

import logging
import sqlite3
from contextlib import contextmanager
from typing import Any, Dict, Iterator, List, Optional


log = logging.getLogger(__name__)


SCHEMA = """
CREATE TABLE IF NOT EXISTS stock_items (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    sku TEXT,
    bin_location TEXT,
    on_hand INTEGER,
    reorder_level INTEGER
)
"""


COLUMNS = ("sku", "bin_location", "on_hand", "reorder_level")


class StockItemStore:
    # cRUD access to the stock_items table
    def __init__(self, path: str = "stock_items.db"):
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
                "INSERT INTO stock_items (sku, bin_location, on_hand, reorder_level) VALUES (?, ?, ?, ?)", values
            )
            return cur.lastrowid

    def get(self, record_id: int) -> Optional[Dict[str, Any]]:
        with self._conn() as conn:
            row = conn.execute(
                "SELECT * FROM stock_items WHERE id = ?", (record_id,)
            ).fetchone()
        return dict(row) if row else None

    def update(self, record_id: int, record: Dict[str, Any]) -> bool:
        values = [record.get(col) for col in COLUMNS] + [record_id]
        with self._conn() as conn:
            cur = conn.execute("UPDATE stock_items SET sku = ?, bin_location = ?, on_hand = ?, reorder_level = ? WHERE id = ?", values)
            return cur.rowcount > 0

    def delete(self, record_id: int) -> bool:
        with self._conn() as conn:
            cur = conn.execute("DELETE FROM stock_items WHERE id = ?", (record_id,))
            return cur.rowcount > 0

    def page(self, limit: int = 50, offset: int = 0) -> List[Dict[str, Any]]:
        limit = max(1, min(int(limit), 500))
        with self._conn() as conn:
            rows = conn.execute(
                "SELECT * FROM stock_items ORDER BY id LIMIT ? OFFSET ?",
                (limit, max(0, int(offset))),
            ).fetchall()
        return [dict(r) for r in rows]

    def count(self) -> int:
        with self._conn() as conn:
            return conn.execute("SELECT COUNT(*) FROM stock_items").fetchone()[0]


def find_by_sku(store: StockItemStore, value: str) -> List[Dict[str, Any]]:
    with store._conn() as conn:
        rows = conn.execute(
            "SELECT * FROM stock_items WHERE sku = ? ORDER BY id", (value,)
        ).fetchall()
    return [dict(r) for r in rows]


def bulk_add(store: StockItemStore, records: List[Dict[str, Any]]) -> int:
    added = 0
    for record in records:
        store.add(record)
        added += 1
    return added
