import logging
import sqlite3


log = logging.getLogger(__name__)


class ReleaseRepository:
    """Data access for the releases table."""

    def __init__(self, conn):
        self.conn = conn
        self.conn.row_factory = sqlite3.Row

    def list(self, limit=100, offset=0):
        cur = self.conn.execute(
            "SELECT * FROM releases ORDER BY id LIMIT ? OFFSET ?", (limit, offset)
        )
        return cur.fetchall()

    def insert(self, version, channel, notes=None):
        cur = self.conn.execute(
            "INSERT INTO releases (version, channel, notes) VALUES (?, ?, ?)",
            (version, channel, notes),
        )
        self.conn.commit()
        log.debug("inserted release %s", cur.lastrowid)
        return cur.lastrowid

    def set_channel(self, item_id, value):
        with self.conn:
            self.conn.execute("UPDATE releases SET channel = ? WHERE id = ?", (value, item_id))

    def recent(self, days=7):
        cur = self.conn.execute(
            "SELECT * FROM releases WHERE created_at >= datetime('now', ?) ORDER BY created_at DESC",
            ("-%d days" % int(days),),
        )
        return cur.fetchall()

    def exists(self, item_id):
        cur = self.conn.execute("SELECT 1 FROM releases WHERE id = ? LIMIT 1", (item_id,))
        return cur.fetchone() is not None

    def archive_older_than(self, cutoff):
        with self.conn:
            self.conn.execute(
                "INSERT INTO releases_archive SELECT * FROM releases WHERE created_at < ?", (cutoff,)
            )
            cur = self.conn.execute("DELETE FROM releases WHERE created_at < ?", (cutoff,))
        log.info("archived %d releases", cur.rowcount)
        return cur.rowcount
