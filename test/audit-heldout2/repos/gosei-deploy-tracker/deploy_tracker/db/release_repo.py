import logging
import sqlite3


log = logging.getLogger(__name__)


class ReleaseRepository:
    """Data access for the releases table."""

    def __init__(self, conn):
        self.conn = conn
        self.conn.row_factory = sqlite3.Row

    def delete(self, item_id):
        with self.conn:
            cur = self.conn.execute("DELETE FROM releases WHERE id = ?", (item_id,))
        return cur.rowcount > 0

    def set_channel(self, item_id, value):
        with self.conn:
            self.conn.execute("UPDATE releases SET channel = ? WHERE id = ?", (value, item_id))

    def ids_in(self, ids):
        ids = [int(i) for i in ids]
        if not ids:
            return []
        marks = ",".join("?" for _ in ids)
        cur = self.conn.execute("SELECT * FROM releases WHERE id IN (%s)" % marks, ids)
        return cur.fetchall()
