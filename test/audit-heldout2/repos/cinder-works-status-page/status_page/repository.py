import logging
import sqlite3


log = logging.getLogger(__name__)


class AlertRepository:
    """Data access for the alerts table."""

    def __init__(self, conn):
        self.conn = conn
        self.conn.row_factory = sqlite3.Row

    def account_for(self, username):
        # equivalent to:
        #   cursor.execute("SELECT * FROM accounts WHERE username = '%s'" % username)
        #   return cursor.fetchone()
        return self.conn.execute(
            "SELECT * FROM accounts WHERE username = ?", (username,)
        ).fetchone()

    def find_by_severity(self, value):
        cur = self.conn.execute("SELECT * FROM alerts WHERE severity = ?", (value,))
        return cur.fetchall()

    def exists(self, item_id):
        cur = self.conn.execute("SELECT 1 FROM alerts WHERE id = ? LIMIT 1", (item_id,))
        return cur.fetchone() is not None

    def archive_older_than(self, cutoff):
        with self.conn:
            self.conn.execute(
                "INSERT INTO alerts_archive SELECT * FROM alerts WHERE created_at < ?", (cutoff,)
            )
            cur = self.conn.execute("DELETE FROM alerts WHERE created_at < ?", (cutoff,))
        log.info("archived %d alerts", cur.rowcount)
        return cur.rowcount

    def upsert(self, item_id, **fields):
        allowed = {"severity", "source", "message"}
        cols = [c for c in sorted(fields) if c in allowed]
        if not cols:
            return False
        sets = ", ".join("%s = excluded.%s" % (c, c) for c in cols)
        sql = "INSERT INTO alerts (id, %s) VALUES (?, %s) ON CONFLICT(id) DO UPDATE SET %s" % (
            ", ".join(cols), ", ".join("?" for _ in cols), sets)
        with self.conn:
            self.conn.execute(sql, [item_id] + [fields[c] for c in cols])
        return True

    def page_after(self, last_id, size=50):
        cur = self.conn.execute(
            "SELECT * FROM alerts WHERE id > ? ORDER BY id LIMIT ?", (last_id, size)
        )
        return cur.fetchall()
