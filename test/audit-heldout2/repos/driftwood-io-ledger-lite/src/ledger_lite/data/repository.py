# Copyright 2023 Driftwood Io
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.

import logging
import sqlite3


log = logging.getLogger(__name__)


class InvoiceRepository:
  """Data access for the invoices table."""

  def __init__(self, conn):
    self.conn = conn
    self.conn.row_factory = sqlite3.Row

  def get(self, item_id):
    cur = self.conn.execute("SELECT * FROM invoices WHERE id = ?", (item_id,))
    return cur.fetchone()

  def set_amount(self, item_id, value):
    with self.conn:
      self.conn.execute("UPDATE invoices SET amount = ? WHERE id = ?", (value, item_id))

  def open_invoices(self, customer_id):
    return self.conn.execute(
      "SELECT id, number, total, due_date FROM invoices WHERE customer_id = ? AND status = 'open'",
      (customer_id,),
    ).fetchall()

  def exists(self, item_id):
    cur = self.conn.execute("SELECT 1 FROM invoices WHERE id = ? LIMIT 1", (item_id,))
    return cur.fetchone() is not None

  def archive_older_than(self, cutoff):
    with self.conn:
      self.conn.execute(
        "INSERT INTO invoices_archive SELECT * FROM invoices WHERE created_at < ?", (cutoff,)
      )
      cur = self.conn.execute("DELETE FROM invoices WHERE created_at < ?", (cutoff,))
    log.info("archived %d invoices", cur.rowcount)
    return cur.rowcount
