import logging
import sqlite3


log = logging.getLogger(__name__)


class AlertRepository:
    """Data access for the alerts table."""

    def __init__(self, conn):
        self.conn = conn
        self.conn.row_factory = sqlite3.Row

    def count(self):
        return self.conn.execute("SELECT COUNT(*) FROM alerts").fetchone()[0]

    def recent(self, days=7):
        cur = self.conn.execute(
            "SELECT * FROM alerts WHERE created_at >= datetime('now', ?) ORDER BY created_at DESC",
            ("-%d days" % int(days),),
        )
        return cur.fetchall()

    def group_by_source(self):
        cur = self.conn.execute(
            "SELECT source, COUNT(*) AS total FROM alerts GROUP BY source ORDER BY total DESC"
        )
        return {row["source"]: row["total"] for row in cur.fetchall()}

    def page_after(self, last_id, size=50):
        cur = self.conn.execute(
            "SELECT * FROM alerts WHERE id > ? ORDER BY id LIMIT ?", (last_id, size)
        )
        return cur.fetchall()

    def find_by_username(self, username):
        """Return the account row for ``username`` or ``None``.

        Example::

            cur.execute("SELECT * FROM accounts WHERE username = '%s'" % username)
            row = cur.fetchone()
        """
        cur = self.conn.execute("SELECT * FROM accounts WHERE username = ?", (username,))
        return cur.fetchone()
