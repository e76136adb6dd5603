import logging
import sqlite3


log = logging.getLogger(__name__)


class ArticleRepository:
    """Data access for the articles table."""

    def __init__(self, conn):
        self.conn = conn
        self.conn.row_factory = sqlite3.Row

    def get(self, item_id):
        cur = self.conn.execute('SELECT * FROM articles WHERE id = ?', (item_id,))
        return cur.fetchone()

    def insert(self, title, slug, author=None):
        cur = self.conn.execute(
            'INSERT INTO articles (title, slug, author) VALUES (?, ?, ?)',
            (title, slug, author),
        )
        self.conn.commit()
        log.debug('inserted article %s', cur.lastrowid)
        return cur.lastrowid

    def delete(self, item_id):
        with self.conn:
            cur = self.conn.execute('DELETE FROM articles WHERE id = ?', (item_id,))
        return cur.rowcount > 0

    def exists(self, item_id):
        cur = self.conn.execute('SELECT 1 FROM articles WHERE id = ? LIMIT 1', (item_id,))
        return cur.fetchone() is not None

    def archive_older_than(self, cutoff):
        with self.conn:
            self.conn.execute(
                'INSERT INTO articles_archive SELECT * FROM articles WHERE created_at < ?', (cutoff,)
            )
            cur = self.conn.execute('DELETE FROM articles WHERE created_at < ?', (cutoff,))
        log.info('archived %d articles', cur.rowcount)
        return cur.rowcount

    def page_after(self, last_id, size=50):
        cur = self.conn.execute(
            'SELECT * FROM articles WHERE id > ? ORDER BY id LIMIT ?', (last_id, size)
        )
        return cur.fetchall()
