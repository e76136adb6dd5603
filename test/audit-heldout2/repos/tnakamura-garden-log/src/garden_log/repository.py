import logging
import sqlite3


log = logging.getLogger(__name__)


class PlantRepository:
    """Data access for the plants table."""

    def __init__(self, conn):
        self.conn = conn
        self.conn.row_factory = sqlite3.Row

    def get(self, item_id):
        cur = self.conn.execute('SELECT * FROM plants WHERE id = ?', (item_id,))
        return cur.fetchone()

    def count(self):
        return self.conn.execute('SELECT COUNT(*) FROM plants').fetchone()[0]

    def group_by_zone(self):
        cur = self.conn.execute(
            'SELECT zone, COUNT(*) AS total FROM plants GROUP BY zone ORDER BY total DESC'
        )
        return {row['zone']: row['total'] for row in cur.fetchall()}

    def archive_older_than(self, cutoff):
        with self.conn:
            self.conn.execute(
                'INSERT INTO plants_archive SELECT * FROM plants WHERE created_at < ?', (cutoff,)
            )
            cur = self.conn.execute('DELETE FROM plants WHERE created_at < ?', (cutoff,))
        log.info('archived %d plants', cur.rowcount)
        return cur.rowcount

    def page_after(self, last_id, size=50):
        cur = self.conn.execute(
            'SELECT * FROM plants WHERE id > ? ORDER BY id LIMIT ?', (last_id, size)
        )
        return cur.fetchall()
