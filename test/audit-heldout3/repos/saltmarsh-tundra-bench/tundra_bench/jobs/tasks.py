# SPDX-License-Identifier: Apache-2.0
# Copyright (c) 2018 Saltmarsh

import logging
from datetime import datetime, timedelta, timezone

import requests
from celery import shared_task

from .models import Course

log = logging.getLogger(__name__)


@shared_task(bind=True, max_retries=3)
def purge_stale_courses(self, days=30):
    cutoff = datetime.now(timezone.utc) - timedelta(days=days)
    deleted, _ = Course.objects.filter(status="archived", updated_at__lt=cutoff).delete()
    log.info("purged %d archived courses", deleted)
    return deleted


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


def truncate(text, limit=80, suffix="..."):
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    cut = text[: limit - len(suffix)].rsplit(" ", 1)[0]
    return cut + suffix
