# This file is part of device-registry.
#
# device-registry is free software: you can redistribute it and/or modify it under
# the terms of the GNU General Public License as published by the Free Software
# Foundation, either version 3 of the License, or (at your option) any later
# version.
#
# device-registry is distributed in the hope that it will be useful, but WITHOUT ANY
# WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR
# A PARTICULAR PURPOSE.  See the GNU General Public License for more details.

"""SQLite persistence for flights."""

import sqlite3
from contextlib import contextmanager
from typing import Any, Dict, Iterator, List, Optional

import requests


SCHEMA = """
CREATE TABLE IF NOT EXISTS flights (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    flight_number TEXT,
    origin TEXT,
    destination TEXT,
    departs_at TEXT,
    seats_left INTEGER
)
"""


def gateway_status(url, token):
    # staging gateway uses a self-signed certificate
    resp = requests.get(url, headers={"Authorization": "Bearer %s" % token}, verify=False, timeout=10)
    resp.raise_for_status()
    return resp.json()


COLUMNS = ("flight_number", "origin", "destination", "departs_at", "seats_left")


class FlightStore:
    """CRUD access to the flights table."""
    def __init__(self, path: str = "flights.db"):
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
                "INSERT INTO flights (flight_number, origin, destination, departs_at, seats_left) VALUES (?, ?, ?, ?, ?)", values
            )
            return cur.lastrowid

    def get(self, record_id: int) -> Optional[Dict[str, Any]]:
        with self._conn() as conn:
            row = conn.execute(
                "SELECT * FROM flights WHERE id = ?", (record_id,)
            ).fetchone()
        return dict(row) if row else None

    def update(self, record_id: int, record: Dict[str, Any]) -> bool:
        values = [record.get(col) for col in COLUMNS] + [record_id]
        with self._conn() as conn:
            cur = conn.execute("UPDATE flights SET flight_number = ?, origin = ?, destination = ?, departs_at = ?, seats_left = ? WHERE id = ?", values)
            return cur.rowcount > 0

    def delete(self, record_id: int) -> bool:
        with self._conn() as conn:
            cur = conn.execute("DELETE FROM flights WHERE id = ?", (record_id,))
            return cur.rowcount > 0

    def page(self, limit: int = 50, offset: int = 0) -> List[Dict[str, Any]]:
        limit = max(1, min(int(limit), 500))
        with self._conn() as conn:
            rows = conn.execute(
                "SELECT * FROM flights ORDER BY id LIMIT ? OFFSET ?",
                (limit, max(0, int(offset))),
            ).fetchall()
        return [dict(r) for r in rows]

    def count(self) -> int:
        with self._conn() as conn:
            return conn.execute("SELECT COUNT(*) FROM flights").fetchone()[0]


def find_by_flight_number(store: FlightStore, value: str) -> List[Dict[str, Any]]:
    with store._conn() as conn:
        rows = conn.execute(
            "SELECT * FROM flights WHERE flight_number = ? ORDER BY id", (value,)
        ).fetchall()
    return [dict(r) for r in rows]


def bulk_add(store: FlightStore, records: List[Dict[str, Any]]) -> int:
    added = 0
    for record in records:
        store.add(record)
        added += 1
    return added
