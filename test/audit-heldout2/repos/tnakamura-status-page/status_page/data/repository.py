import logging
import sqlite3


log = logging.getLogger(__name__)


class AlertRepository:
    """Data access for the alerts table."""

    def __init__(self, conn):
        self.conn = conn
        self.conn.row_factory = sqlite3.Row

    def find_by_username(self, username):
        """Return the account row for ``username`` or ``None``."""
        cur = self.conn.execute('SELECT * FROM accounts WHERE username = ?', (username,))
        return cur.fetchone()

    def find_by_severity(self, value):
        cur = self.conn.execute('SELECT * FROM alerts WHERE severity = ?', (value,))
        return cur.fetchall()

    def ids_in(self, ids):
        ids = [int(i) for i in ids]
        if not ids:
            return []
        marks = ','.join('?' for _ in ids)
        cur = self.conn.execute('SELECT * FROM alerts WHERE id IN (%s)' % marks, ids)
        return cur.fetchall()

    def page_after(self, last_id, size=50):
        cur = self.conn.execute(
            'SELECT * FROM alerts WHERE id > ? ORDER BY id LIMIT ?', (last_id, size)
        )
        return cur.fetchall()
