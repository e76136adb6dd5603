import logging
import sqlite3


log = logging.getLogger(__name__)


class WarehouseRepository:
  """Data access for the warehouses table."""

  def __init__(self, conn):
    self.conn = conn
    self.conn.row_factory = sqlite3.Row

  def invoices_for_customer(self, customer_id, status="open"):
    cur = self.conn.cursor()
    cur.execute(
      "SELECT id, number, total, due_date FROM invoices WHERE customer_id = ? AND status = ?",
      (customer_id, status),
    )
    return cur.fetchall()

  def count(self):
    return self.conn.execute("SELECT COUNT(*) FROM warehouses").fetchone()[0]

  def exists(self, item_id):
    cur = self.conn.execute("SELECT 1 FROM warehouses WHERE id = ? LIMIT 1", (item_id,))
    return cur.fetchone() is not None

  def archive_older_than(self, cutoff):
    with self.conn:
      self.conn.execute(
        "INSERT INTO warehouses_archive SELECT * FROM warehouses WHERE created_at < ?", (cutoff,)
      )
      cur = self.conn.execute("DELETE FROM warehouses WHERE created_at < ?", (cutoff,))
    log.info("archived %d warehouses", cur.rowcount)
    return cur.rowcount
