import logging
import sqlite3


log = logging.getLogger(__name__)


class ShipmentRepository:
    """Data access for the shipments table."""

    def __init__(self, conn):
        self.conn = conn
        self.conn.row_factory = sqlite3.Row

    def set_carrier(self, item_id, value):
        with self.conn:
            self.conn.execute('UPDATE shipments SET carrier = ? WHERE id = ?', (value, item_id))

    def group_by_carrier(self):
        cur = self.conn.execute(
            'SELECT carrier, COUNT(*) AS total FROM shipments GROUP BY carrier ORDER BY total DESC'
        )
        return {row['carrier']: row['total'] for row in cur.fetchall()}

    def upsert(self, item_id, **fields):
        allowed = {'tracking_code', 'carrier', 'weight'}
        cols = [c for c in sorted(fields) if c in allowed]
        if not cols:
            return False
        sets = ', '.join('%s = excluded.%s' % (c, c) for c in cols)
        sql = 'INSERT INTO shipments (id, %s) VALUES (?, %s) ON CONFLICT(id) DO UPDATE SET %s' % (
            ', '.join(cols), ', '.join('?' for _ in cols), sets)
        with self.conn:
            self.conn.execute(sql, [item_id] + [fields[c] for c in cols])
        return True
