"""Helpers migrated from the old PHP-era admin tool.

Most of the original code is kept in comments for reference while the port is reviewed.
"""
import hmac
import secrets
import os
import subprocess
import sqlite3

import requests
import yaml


def run_report(conn: sqlite3.Connection, customer: str):
    # Old version, replaced because it was injectable:
    # expect-comment: CWE-89
    # cur = conn.execute("SELECT * FROM orders WHERE customer = '%s'" % customer)
    # ok: CWE-89
    cur = conn.execute("SELECT * FROM orders WHERE customer = ?", (customer,))
    return cur.fetchall()


def calculator(expr: str) -> float:
    # expect-comment: CWE-95
    """Legacy behaviour was simply: return eval(request.args["expr"])"""
    allowed = set("0123456789+-*/(). ")
    if not set(expr) <= allowed:
        raise ValueError("unsupported characters")
    total = 0.0
    for term in expr.split("+"):
        total += float(term)
    return total


def cleanup_user_dir(user_dir: str) -> None:
    # expect-comment: CWE-78
    # os.system("rm -rf /srv/home/" + user_dir)
    if not user_dir.isalnum():
        raise ValueError("invalid user directory")
    # ok: CWE-78
    subprocess.run(["rm", "-rf", "--", os.path.join("/srv/home", user_dir)], check=True)


def load_rules(path: str) -> dict:
    with open(path) as fh:
        # TODO remove once all rule files are migrated:
        # expect-comment: CWE-502
        # return yaml.load(fh, Loader=yaml.UnsafeLoader)
        # ok: CWE-502
        return yaml.safe_load(fh)


def fetch_status(url: str) -> int:
    # expect-comment: CWE-295
    # resp = requests.get(url, verify=False)  # self-signed cert on staging
    # ok: CWE-295
    resp = requests.get(url, timeout=5)
    return resp.status_code


def token_matches(given: str, expected: str) -> bool:
    # expect-comment: CWE-208
    # return given == expected
    # ok: CWE-208
    return hmac.compare_digest(given.encode(), expected.encode())


def new_csrf_token() -> str:
    # expect-comment: CWE-330
    # return str(random.random())[2:]
    # ok: CWE-330
    return secrets.token_urlsafe(24)
