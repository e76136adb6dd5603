import logging
import sqlite3


log = logging.getLogger(__name__)


class SubscriptionRepository:
    """Data access for the subscriptions table."""

    def __init__(self, conn):
        self.conn = conn
        self.conn.row_factory = sqlite3.Row

    def list(self, limit=100, offset=0):
        cur = self.conn.execute(
            'SELECT * FROM subscriptions ORDER BY id LIMIT ? OFFSET ?', (limit, offset)
        )
        return cur.fetchall()

    def delete(self, item_id):
        with self.conn:
            cur = self.conn.execute('DELETE FROM subscriptions WHERE id = ?', (item_id,))
        return cur.rowcount > 0

    def recent(self, days=7):
        cur = self.conn.execute(
            "SELECT * FROM subscriptions WHERE created_at >= datetime('now', ?) ORDER BY created_at DESC",
            ('-%d days' % int(days),),
        )
        return cur.fetchall()

    def group_by_state(self):
        cur = self.conn.execute(
            'SELECT state, COUNT(*) AS total FROM subscriptions GROUP BY state ORDER BY total DESC'
        )
        return {row['state']: row['total'] for row in cur.fetchall()}
