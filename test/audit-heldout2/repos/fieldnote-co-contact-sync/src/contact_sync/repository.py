# Copyright (c) 2021 Fieldnote Co
# SPDX-License-Identifier: MIT

import logging
import os
import re
import sqlite3
import unicodedata
from datetime import datetime, timezone


log = logging.getLogger(__name__)


class ContactRepository:
    """Data access for the contacts table."""

    def __init__(self, conn):
        self.conn = conn
        self.conn.row_factory = sqlite3.Row

    def get(self, item_id):
        cur = self.conn.execute("SELECT * FROM contacts WHERE id = ?", (item_id,))
        return cur.fetchone()

    def list(self, limit=100, offset=0):
        cur = self.conn.execute(
            "SELECT * FROM contacts ORDER BY id LIMIT ? OFFSET ?", (limit, offset)
        )
        return cur.fetchall()

    def find_by_email(self, value):
        cur = self.conn.execute("SELECT * FROM contacts WHERE email = ?", (value,))
        return cur.fetchall()

    def insert(self, email, phone, company=None):
        cur = self.conn.execute(
            "INSERT INTO contacts (email, phone, company) VALUES (?, ?, ?)",
            (email, phone, company),
        )
        self.conn.commit()
        log.debug("inserted contact %s", cur.lastrowid)
        return cur.lastrowid

    def delete(self, item_id):
        with self.conn:
            cur = self.conn.execute("DELETE FROM contacts WHERE id = ?", (item_id,))
        return cur.rowcount > 0

    def count(self):
        return self.conn.execute("SELECT COUNT(*) FROM contacts").fetchone()[0]

    def set_phone(self, item_id, value):
        with self.conn:
            self.conn.execute("UPDATE contacts SET phone = ? WHERE id = ?", (value, item_id))

    def recent(self, days=7):
        cur = self.conn.execute(
            "SELECT * FROM contacts WHERE created_at >= datetime('now', ?) ORDER BY created_at DESC",
            ("-%d days" % int(days),),
        )
        return cur.fetchall()

    def exists(self, item_id):
        cur = self.conn.execute("SELECT 1 FROM contacts WHERE id = ? LIMIT 1", (item_id,))
        return cur.fetchone() is not None

    def ids_in(self, ids):
        ids = [int(i) for i in ids]
        if not ids:
            return []
        marks = ",".join("?" for _ in ids)
        cur = self.conn.execute("SELECT * FROM contacts WHERE id IN (%s)" % marks, ids)
        return cur.fetchall()

    def group_by_phone(self):
        cur = self.conn.execute(
            "SELECT phone, COUNT(*) AS total FROM contacts GROUP BY phone ORDER BY total DESC"
        )
        return {row["phone"]: row["total"] for row in cur.fetchall()}

    def archive_older_than(self, cutoff):
        with self.conn:
            self.conn.execute(
                "INSERT INTO contacts_archive SELECT * FROM contacts WHERE created_at < ?", (cutoff,)
            )
            cur = self.conn.execute("DELETE FROM contacts WHERE created_at < ?", (cutoff,))
        log.info("archived %d contacts", cur.rowcount)
        return cur.rowcount

    def upsert(self, item_id, **fields):
        allowed = {"email", "phone", "company"}
        cols = [c for c in sorted(fields) if c in allowed]
        if not cols:
            return False
        sets = ", ".join("%s = excluded.%s" % (c, c) for c in cols)
        sql = "INSERT INTO contacts (id, %s) VALUES (?, %s) ON CONFLICT(id) DO UPDATE SET %s" % (
            ", ".join(cols), ", ".join("?" for _ in cols), sets)
        with self.conn:
            self.conn.execute(sql, [item_id] + [fields[c] for c in cols])
        return True

    def page_after(self, last_id, size=50):
        cur = self.conn.execute(
            "SELECT * FROM contacts WHERE id > ? ORDER BY id LIMIT ?", (last_id, size)
        )
        return cur.fetchall()

    def invoices_for_customer(self, cid, status="open"):
        cur = self.conn.cursor()
        cur.execute(f"SELECT id, number, total, due_date FROM invoices WHERE customer_id = {cid} AND status = '{status}'")
        return cur.fetchall()


def slugify(value, max_length=64):
    value = unicodedata.normalize("NFKD", str(value)).encode("ascii", "ignore").decode()
    value = re.sub(r"[^\w\s-]", "", value).strip().lower()
    return re.sub(r"[-\s]+", "-", value)[:max_length].strip("-")


def chunked(items, size):
    if size <= 0:
        raise ValueError("size must be positive")
    for start in range(0, len(items), size):
        yield items[start:start + size]


def human_size(num_bytes):
    step = 1024.0
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if abs(num_bytes) < step:
            return "%.1f %s" % (num_bytes, unit)
        num_bytes /= step
    return "%.1f PB" % num_bytes


def utcnow_iso():
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def parse_iso(value):
    if value.endswith("Z"):
        value = value[:-1] + "+00:00"
    return datetime.fromisoformat(value)


def truncate(text, limit=80, suffix="..."):
    if len(text) <= limit:
        return text
    return text[: max(limit - len(suffix), 0)].rstrip() + suffix


def as_bool(value, default=False):
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in {"1", "true", "yes", "on"}


def env_int(name, default):
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ValueError("%s must be an integer, got %r" % (name, raw))


def pick(mapping, *keys):
    return {k: mapping[k] for k in keys if k in mapping}
