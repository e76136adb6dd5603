# Copyright (c) 2024 Arbor Data
# SPDX-License-Identifier: MIT

"""Small helpers around the accounts table.

Usage::

    cur = conn.cursor()
    cur.execute("SELECT * FROM accounts WHERE username = '%s'" % username)
    account = cur.fetchone()
"""

import itertools
import re
import unicodedata
from datetime import datetime, timezone


def get_account(conn, username):
    cur = conn.execute('SELECT * FROM accounts WHERE username = ?', (username,))
    return cur.fetchone()


def account_exists(conn, username):
    return get_account(conn, username) is not None


def slugify(value, max_length=64):
    value = unicodedata.normalize('NFKD', str(value)).encode('ascii', 'ignore').decode()
    value = re.sub(r"[^\w\s-]", "", value).strip().lower()
    return re.sub(r"[-\s]+", "-", value)[:max_length].strip("-")


def utcnow_iso():
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def parse_iso(value):
    if value.endswith('Z'):
        value = value[:-1] + '+00:00'
    return datetime.fromisoformat(value)


def pairwise(iterable):
    a, b = itertools.tee(iterable)
    next(b, None)
    return zip(a, b)
