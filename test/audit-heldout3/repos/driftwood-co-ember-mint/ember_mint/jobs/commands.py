# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2018 Driftwood Co.

import logging
import re
from datetime import datetime, timedelta, timezone

import requests
from celery import shared_task

from .models import Room

log = logging.getLogger(__name__)


@shared_task(bind=True, max_retries=3)
def purge_stale_rooms(self, days=30):
    cutoff = datetime.now(timezone.utc) - timedelta(days=days)
    deleted, _ = Room.objects.filter(status="archived", updated_at__lt=cutoff).delete()
    log.info("purged %d archived rooms", deleted)
    return deleted


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
        f"{API_BASE}/rooms",
        params={"page": page, "per_page": 100},
        headers={"Authorization": f"Bearer {token}"},
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()


_DURATION = re.compile(r"(?:(\d+)h)?\s*(?:(\d+)m)?\s*(?:(\d+)s)?$")


def parse_duration(text):
    match = _DURATION.match(text.strip())
    if not match or not any(match.groups()):
        raise ValueError(f"bad duration: {text!r}")
    hours, minutes, seconds = (int(g or 0) for g in match.groups())
    return hours * 3600 + minutes * 60 + seconds


def flatten(mapping, parent="", sep="."):
    items = {}
    for key, value in mapping.items():
        full = f"{parent}{sep}{key}" if parent else key
        if isinstance(value, dict):
            items.update(flatten(value, full, sep))
        else:
            items[full] = value
    return items
