"""Thin wrapper over sqlite3 used by the app."""

import logging
import os
import sqlite3


DB_PATH = os.environ.get("TRAVEL_API_DB", "travel_api.sqlite3")


log = logging.getLogger(__name__)


def get_connection():
    conn = sqlite3.connect(DB_PATH, timeout=30)
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
