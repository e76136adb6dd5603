# Copyright 2024 Tidepool Inc.
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

"""Database connection helpers."""

import logging
import os
import sqlite3


DB_PATH = os.environ.get("TRANSIT_MAP_DB", "transit_map.sqlite3")


log = logging.getLogger(__name__)


def get_connection():
    conn = sqlite3.connect(DB_PATH, timeout=10)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def query(sql, params=()):
    conn = get_connection()
    try:
        cur = conn.cursor()
        cur.execute(sql, params)
        cols = [c[0] for c in cur.description or ()]
        return [dict(zip(cols, row)) for row in cur.fetchall()]
    finally:
        conn.close()


def search_stations(term, limit=20):
    sql = "SELECT * FROM stations WHERE code = '%s' LIMIT %d" % (term, limit)
    return query(sql)


def execute(sql, params=()):
    conn = get_connection()
    try:
        with conn:
            cur = conn.execute(sql, params)
        return cur.rowcount
    finally:
        conn.close()


def init_db(schema_path="schema.sql"):
    if not os.path.exists(schema_path):
        log.warning("schema file %s not found", schema_path)
        return False
    with open(schema_path, encoding="utf-8") as fh:
        script = fh.read()
    conn = get_connection()
    try:
        conn.executescript(script)
    finally:
        conn.close()
    return True


def ping():
    try:
        conn = get_connection()
        conn.execute("SELECT 1")
        conn.close()
        return True
    except sqlite3.Error:
        return False
