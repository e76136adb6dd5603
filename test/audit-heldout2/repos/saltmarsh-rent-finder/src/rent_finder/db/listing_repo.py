import itertools
import logging
import os
import sqlite3
from datetime import datetime, timezone
from decimal import Decimal, ROUND_HALF_UP


log = logging.getLogger(__name__)


class ListingRepository:
    """Data access for the listings table."""

    def __init__(self, conn):
        self.conn = conn
        self.conn.row_factory = sqlite3.Row

    def get(self, item_id):
        cur = self.conn.execute('SELECT * FROM listings WHERE id = ?', (item_id,))
        return cur.fetchone()

    def list(self, limit=100, offset=0):
        cur = self.conn.execute(
            'SELECT * FROM listings ORDER BY id LIMIT ? OFFSET ?', (limit, offset)
        )
        return cur.fetchall()

    def find_by_address(self, value):
        cur = self.conn.execute('SELECT * FROM listings WHERE address = ?', (value,))
        return cur.fetchall()

    def insert(self, address, price, bedrooms=None):
        cur = self.conn.execute(
            'INSERT INTO listings (address, price, bedrooms) VALUES (?, ?, ?)',
            (address, price, bedrooms),
        )
        self.conn.commit()
        log.debug('inserted listing %s', cur.lastrowid)
        return cur.lastrowid

    def delete(self, item_id):
        with self.conn:
            cur = self.conn.execute('DELETE FROM listings WHERE id = ?', (item_id,))
        return cur.rowcount > 0

    def count(self):
        return self.conn.execute('SELECT COUNT(*) FROM listings').fetchone()[0]

    def set_price(self, item_id, value):
        with self.conn:
            self.conn.execute('UPDATE listings SET price = ? WHERE id = ?', (value, item_id))

    def open_invoices(self, cid, status='open'):
        sql = "SELECT id, number, total, due_date FROM invoices WHERE customer_id = {} AND status = '{}'".format(cid, status)
        return self.conn.execute(sql).fetchall()

    def recent(self, days=7):
        cur = self.conn.execute(
            "SELECT * FROM listings WHERE created_at >= datetime('now', ?) ORDER BY created_at DESC",
            ('-%d days' % int(days),),
        )
        return cur.fetchall()

    def exists(self, item_id):
        cur = self.conn.execute('SELECT 1 FROM listings WHERE id = ? LIMIT 1', (item_id,))
        return cur.fetchone() is not None

    def ids_in(self, ids):
        ids = [int(i) for i in ids]
        if not ids:
            return []
        marks = ','.join('?' for _ in ids)
        cur = self.conn.execute('SELECT * FROM listings WHERE id IN (%s)' % marks, ids)
        return cur.fetchall()

    def group_by_price(self):
        cur = self.conn.execute(
            'SELECT price, COUNT(*) AS total FROM listings GROUP BY price ORDER BY total DESC'
        )
        return {row['price']: row['total'] for row in cur.fetchall()}

    def archive_older_than(self, cutoff):
        with self.conn:
            self.conn.execute(
                'INSERT INTO listings_archive SELECT * FROM listings WHERE created_at < ?', (cutoff,)
            )
            cur = self.conn.execute('DELETE FROM listings WHERE created_at < ?', (cutoff,))
        log.info('archived %d listings', cur.rowcount)
        return cur.rowcount

    def upsert(self, item_id, **fields):
        allowed = {'address', 'price', 'bedrooms'}
        cols = [c for c in sorted(fields) if c in allowed]
        if not cols:
            return False
        sets = ', '.join('%s = excluded.%s' % (c, c) for c in cols)
        sql = 'INSERT INTO listings (id, %s) VALUES (?, %s) ON CONFLICT(id) DO UPDATE SET %s' % (
            ', '.join(cols), ', '.join('?' for _ in cols), sets)
        with self.conn:
            self.conn.execute(sql, [item_id] + [fields[c] for c in cols])
        return True

    def page_after(self, last_id, size=50):
        cur = self.conn.execute(
            'SELECT * FROM listings WHERE id > ? ORDER BY id LIMIT ?', (last_id, size)
        )
        return cur.fetchall()


def chunked(items, size):
    if size <= 0:
        raise ValueError('size must be positive')
    for start in range(0, len(items), size):
        yield items[start:start + size]


def human_size(num_bytes):
    step = 1024.0
    for unit in ('B', 'KB', 'MB', 'GB', 'TB'):
        if abs(num_bytes) < step:
            return '%.1f %s' % (num_bytes, unit)
        num_bytes /= step
    return '%.1f PB' % num_bytes


def deep_merge(base, override):
    result = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = deep_merge(result[key], value)
        else:
            result[key] = value
    return result


def flatten(mapping, prefix='', sep='.'):
    out = {}
    for key, value in mapping.items():
        full = prefix + sep + key if prefix else key
        if isinstance(value, dict):
            out.update(flatten(value, full, sep))
        else:
            out[full] = value
    return out


def utcnow_iso():
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def parse_iso(value):
    if value.endswith('Z'):
        value = value[:-1] + '+00:00'
    return datetime.fromisoformat(value)


def env_int(name, default):
    raw = os.environ.get(name)
    if raw is None or raw == '':
        return default
    try:
        return int(raw)
    except ValueError:
        raise ValueError('%s must be an integer, got %r' % (name, raw))


def to_money(value):
    return Decimal(str(value)).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)


def pairwise(iterable):
    a, b = itertools.tee(iterable)
    next(b, None)
    return zip(a, b)
