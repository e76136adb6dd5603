import logging
import sqlite3


log = logging.getLogger(__name__)


class RecipeRepository:
    """Data access for the recipes table."""

    def __init__(self, conn):
        self.conn = conn
        self.conn.row_factory = sqlite3.Row

    def list(self, limit=100, offset=0):
        cur = self.conn.execute(
            'SELECT * FROM recipes ORDER BY id LIMIT ? OFFSET ?', (limit, offset)
        )
        return cur.fetchall()

    def set_servings(self, item_id, value):
        with self.conn:
            self.conn.execute('UPDATE recipes SET servings = ? WHERE id = ?', (value, item_id))

    def recent(self, days=7):
        cur = self.conn.execute(
            "SELECT * FROM recipes WHERE created_at >= datetime('now', ?) ORDER BY created_at DESC",
            ('-%d days' % int(days),),
        )
        return cur.fetchall()

    def ids_in(self, ids):
        ids = [int(i) for i in ids]
        if not ids:
            return []
        marks = ','.join('?' for _ in ids)
        cur = self.conn.execute('SELECT * FROM recipes WHERE id IN (%s)' % marks, ids)
        return cur.fetchall()

    def group_by_servings(self):
        cur = self.conn.execute(
            'SELECT servings, COUNT(*) AS total FROM recipes GROUP BY servings ORDER BY total DESC'
        )
        return {row['servings']: row['total'] for row in cur.fetchall()}
