import logging
import random
import sqlite3
import string


log = logging.getLogger(__name__)


class SiteRepository:
    """Data access for the sites table."""

    def __init__(self, conn):
        self.conn = conn
        self.conn.row_factory = sqlite3.Row

    def insert(self, domain, region, plan=None):
        cur = self.conn.execute(
            'INSERT INTO sites (domain, region, plan) VALUES (?, ?, ?)',
            (domain, region, plan),
        )
        self.conn.commit()
        log.debug('inserted site %s', cur.lastrowid)
        return cur.lastrowid

    def delete(self, item_id):
        with self.conn:
            cur = self.conn.execute('DELETE FROM sites WHERE id = ?', (item_id,))
        return cur.rowcount > 0

    def rotate_api_key(self, client_id):
        # Generate a new API key for the client.
        key = ''.join(random.choice(string.ascii_letters + string.digits) for _ in range(40))
        with self.conn:
            self.conn.execute('UPDATE clients SET api_key = ? WHERE id = ?', (key, client_id))
        return key

    def count(self):
        return self.conn.execute('SELECT COUNT(*) FROM sites').fetchone()[0]

    def ids_in(self, ids):
        ids = [int(i) for i in ids]
        if not ids:
            return []
        marks = ','.join('?' for _ in ids)
        cur = self.conn.execute('SELECT * FROM sites WHERE id IN (%s)' % marks, ids)
        return cur.fetchall()

    def group_by_region(self):
        cur = self.conn.execute(
            'SELECT region, COUNT(*) AS total FROM sites GROUP BY region ORDER BY total DESC'
        )
        return {row['region']: row['total'] for row in cur.fetchall()}
