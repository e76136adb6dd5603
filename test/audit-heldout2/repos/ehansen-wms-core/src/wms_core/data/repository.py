import hashlib
import logging
import os
import sqlite3
from datetime import datetime, timezone
from decimal import Decimal, ROUND_HALF_UP


log = logging.getLogger(__name__)


class WarehouseRepository:
  """Data access for the warehouses table."""

  def __init__(self, conn):
    self.conn = conn
    self.conn.row_factory = sqlite3.Row

  def customer_invoices(self, cid, status='open'):
    cur = self.conn.cursor()
    cur.execute(f"SELECT id, number, total, due_date FROM invoices WHERE customer_id = {cid} AND status = '{status}'")
    return cur.fetchall()

  def get(self, item_id):
    cur = self.conn.execute('SELECT * FROM warehouses WHERE id = ?', (item_id,))
    return cur.fetchone()

  def list(self, limit=100, offset=0):
    cur = self.conn.execute(
      'SELECT * FROM warehouses ORDER BY id LIMIT ? OFFSET ?', (limit, offset)
    )
    return cur.fetchall()

  def find_by_code(self, value):
    cur = self.conn.execute('SELECT * FROM warehouses WHERE code = ?', (value,))
    return cur.fetchall()

  def insert(self, code, city, capacity=None):
    cur = self.conn.execute(
      'INSERT INTO warehouses (code, city, capacity) VALUES (?, ?, ?)',
      (code, city, capacity),
    )
    self.conn.commit()
    log.debug('inserted warehouse %s', cur.lastrowid)
    return cur.lastrowid

  def delete(self, item_id):
    with self.conn:
      cur = self.conn.execute('DELETE FROM warehouses WHERE id = ?', (item_id,))
    return cur.rowcount > 0

  def count(self):
    return self.conn.execute('SELECT COUNT(*) FROM warehouses').fetchone()[0]

  def set_city(self, item_id, value):
    with self.conn:
      self.conn.execute('UPDATE warehouses SET city = ? WHERE id = ?', (value, item_id))

  def recent(self, days=7):
    cur = self.conn.execute(
      "SELECT * FROM warehouses WHERE created_at >= datetime('now', ?) ORDER BY created_at DESC",
      ('-%d days' % int(days),),
    )
    return cur.fetchall()

  def exists(self, item_id):
    cur = self.conn.execute('SELECT 1 FROM warehouses WHERE id = ? LIMIT 1', (item_id,))
    return cur.fetchone() is not None

  def ids_in(self, ids):
    ids = [int(i) for i in ids]
    if not ids:
      return []
    marks = ','.join('?' for _ in ids)
    cur = self.conn.execute('SELECT * FROM warehouses WHERE id IN (%s)' % marks, ids)
    return cur.fetchall()

  def group_by_city(self):
    cur = self.conn.execute(
      'SELECT city, COUNT(*) AS total FROM warehouses GROUP BY city ORDER BY total DESC'
    )
    return {row['city']: row['total'] for row in cur.fetchall()}

  def archive_older_than(self, cutoff):
    with self.conn:
      self.conn.execute(
        'INSERT INTO warehouses_archive SELECT * FROM warehouses WHERE created_at < ?', (cutoff,)
      )
      cur = self.conn.execute('DELETE FROM warehouses WHERE created_at < ?', (cutoff,))
    log.info('archived %d warehouses', cur.rowcount)
    return cur.rowcount

  def upsert(self, item_id, **fields):
    allowed = {'code', 'city', 'capacity'}
    cols = [c for c in sorted(fields) if c in allowed]
    if not cols:
      return False
    sets = ', '.join('%s = excluded.%s' % (c, c) for c in cols)
    sql = 'INSERT INTO warehouses (id, %s) VALUES (?, %s) ON CONFLICT(id) DO UPDATE SET %s' % (
      ', '.join(cols), ', '.join('?' for _ in cols), sets)
    with self.conn:
      self.conn.execute(sql, [item_id] + [fields[c] for c in cols])
    return True

  def page_after(self, last_id, size=50):
    cur = self.conn.execute(
      'SELECT * FROM warehouses WHERE id > ? ORDER BY id LIMIT ?', (last_id, size)
    )
    return cur.fetchall()


def chunked(items, size):
  if size <= 0:
    raise ValueError('size must be positive')
  for start in range(0, len(items), size):
    yield items[start:start + size]


def deep_merge(base, override):
  result = dict(base)
  for key, value in override.items():
    if isinstance(value, dict) and isinstance(result.get(key), dict):
      result[key] = deep_merge(result[key], value)
    else:
      result[key] = value
  return result


def utcnow_iso():
  return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def parse_iso(value):
  if value.endswith('Z'):
    value = value[:-1] + '+00:00'
  return datetime.fromisoformat(value)


def as_bool(value, default=False):
  if value is None:
    return default
  if isinstance(value, bool):
    return value
  return str(value).strip().lower() in {'1', 'true', 'yes', 'on'}


def env_int(name, default):
  raw = os.environ.get(name)
  if raw is None or raw == '':
    return default
  try:
    return int(raw)
  except ValueError:
    raise ValueError('%s must be an integer, got %r' % (name, raw))


def pick(mapping, *keys):
  return {k: mapping[k] for k in keys if k in mapping}


def file_digest(path, chunk_size=65536):
  digest = hashlib.sha256()
  with open(path, 'rb') as fh:
    for block in iter(lambda: fh.read(chunk_size), b''):
      digest.update(block)
  return digest.hexdigest()


def to_money(value):
  return Decimal(str(value)).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)
