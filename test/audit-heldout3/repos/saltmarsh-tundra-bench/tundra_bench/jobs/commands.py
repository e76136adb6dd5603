import csv
import io
import logging
from datetime import datetime, timedelta, timezone

import requests
from celery import shared_task

log = logging.getLogger(__name__)


@shared_task
def send_digest(user_id):
    from .mail import render_digest, send_mail
    body = render_digest(user_id)
    if not body:
        log.debug("nothing to send for %s", user_id)
        return False
    send_mail(user_id, subject="Your weekly summary", body=body)
    return True


def backoff_delay(attempt, base=2.0, cap=300.0):
    return min(cap, base ** attempt)


API_BASE = "https://api.example.com/v2"


def fetch_page(session, page, token):
    resp = session.get(
        f"{API_BASE}/courses",
        params={"page": page, "per_page": 100},
        headers={"Authorization": f"Bearer {token}"},
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()


def run_forever(queue, handle, idle_sleep=1.0):
    import time
    while True:
        item = queue.get(timeout=30)
        if item is None:
            time.sleep(idle_sleep)
            continue
        try:
            handle(item)
        except Exception:
            log.exception("failed to handle %r", item)


def safe_int(value, default=0, minimum=None, maximum=None):
    try:
        number = int(value)
    except (TypeError, ValueError):
        return default
    if minimum is not None:
        number = max(minimum, number)
    if maximum is not None:
        number = min(maximum, number)
    return number


def rows_to_csv(rows, columns):
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(row.get(k)) for k in columns})
    return buf.getvalue()


def _cell(value):
    text = "" if value is None else str(value)
    if text[:1] in ("=", "+", "-", "@"):
        return "'" + text
    return text
