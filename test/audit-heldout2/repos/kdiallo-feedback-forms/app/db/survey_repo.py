import logging
import sqlite3


log = logging.getLogger(__name__)


class SurveyRepository:
    """Data access for the surveys table."""

    def __init__(self, conn):
        self.conn = conn
        self.conn.row_factory = sqlite3.Row

    def list(self, limit=100, offset=0):
        cur = self.conn.execute(
            "SELECT * FROM surveys ORDER BY id LIMIT ? OFFSET ?", (limit, offset)
        )
        return cur.fetchall()

    def find_by_title(self, value):
        cur = self.conn.execute("SELECT * FROM surveys WHERE title = ?", (value,))
        return cur.fetchall()

    def delete(self, item_id):
        with self.conn:
            cur = self.conn.execute("DELETE FROM surveys WHERE id = ?", (item_id,))
        return cur.rowcount > 0

    TABLES = ("surveys", "surveys_archive")

    def count_rows(self, table):
        if table not in self.TABLES:
            raise ValueError("unknown table")
        return self.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
