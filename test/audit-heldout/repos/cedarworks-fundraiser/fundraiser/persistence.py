"""SQLite persistence for playlists."""

import sqlite3
from contextlib import contextmanager
from typing import Any, Dict, Iterator, List, Optional

from ._vendor.stashkit import DiskCache, make_key


SCHEMA = """
CREATE TABLE IF NOT EXISTS playlists (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT,
    owner TEXT,
    track_count INTEGER,
    is_public INTEGER
)
"""


COLUMNS = ("name", "owner", "track_count", "is_public")


class PlaylistStore:
    """CRUD access to the playlists table."""
    def __init__(self, path: str = "playlists.db"):
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
                "INSERT INTO playlists (name, owner, track_count, is_public) VALUES (?, ?, ?, ?)", values
            )
            return cur.lastrowid

    def get(self, record_id: int) -> Optional[Dict[str, Any]]:
        with self._conn() as conn:
            row = conn.execute(
                "SELECT * FROM playlists WHERE id = ?", (record_id,)
            ).fetchone()
        return dict(row) if row else None

    def update(self, record_id: int, record: Dict[str, Any]) -> bool:
        values = [record.get(col) for col in COLUMNS] + [record_id]
        with self._conn() as conn:
            cur = conn.execute("UPDATE playlists SET name = ?, owner = ?, track_count = ?, is_public = ? WHERE id = ?", values)
            return cur.rowcount > 0

    def delete(self, record_id: int) -> bool:
        with self._conn() as conn:
            cur = conn.execute("DELETE FROM playlists WHERE id = ?", (record_id,))
            return cur.rowcount > 0

    def page(self, limit: int = 50, offset: int = 0) -> List[Dict[str, Any]]:
        limit = max(1, min(int(limit), 500))
        with self._conn() as conn:
            rows = conn.execute(
                "SELECT * FROM playlists ORDER BY id LIMIT ? OFFSET ?",
                (limit, max(0, int(offset))),
            ).fetchall()
        return [dict(r) for r in rows]

    def count(self) -> int:
        with self._conn() as conn:
            return conn.execute("SELECT COUNT(*) FROM playlists").fetchone()[0]


def find_by_name(store: PlaylistStore, value: str) -> List[Dict[str, Any]]:
    with store._conn() as conn:
        rows = conn.execute(
            "SELECT * FROM playlists WHERE name = ? ORDER BY id", (value,)
        ).fetchall()
    return [dict(r) for r in rows]


_cache = DiskCache(".cache/fundraiser", ttl=3600)


def cached_lookup(name, loader):
    key = make_key("lookup", name)
    hit = _cache.get(key)
    if hit is None:
        hit = loader(name)
        _cache.set(key, hit)
    return hit
