# Copyright (c) 2019 S. Tonegate
# SPDX-License-Identifier: MIT

import logging
import sqlite3


log = logging.getLogger(__name__)


class CourseRepository:
    """Data access for the courses table."""

    def __init__(self, conn):
        self.conn = conn
        self.conn.row_factory = sqlite3.Row

    def find_by_username(self, username):
        """Return the account row for ``username`` or ``None``.

        Example::

            cur.execute("SELECT * FROM accounts WHERE username = '%s'" % username)
            row = cur.fetchone()
        """
        cur = self.conn.execute('SELECT * FROM accounts WHERE username = ?', (username,))
        return cur.fetchone()

    def list(self, limit=100, offset=0):
        cur = self.conn.execute(
            'SELECT * FROM courses ORDER BY id LIMIT ? OFFSET ?', (limit, offset)
        )
        return cur.fetchall()

    def count(self):
        return self.conn.execute('SELECT COUNT(*) FROM courses').fetchone()[0]

    def set_level(self, item_id, value):
        with self.conn:
            self.conn.execute('UPDATE courses SET level = ? WHERE id = ?', (value, item_id))

    def ids_in(self, ids):
        ids = [int(i) for i in ids]
        if not ids:
            return []
        marks = ','.join('?' for _ in ids)
        cur = self.conn.execute('SELECT * FROM courses WHERE id IN (%s)' % marks, ids)
        return cur.fetchall()
