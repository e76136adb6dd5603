import logging
import time
from datetime import datetime, timedelta, timezone

from celery import shared_task

from ..db import session_scope
from ..models import Track
from ..notify import send_email


logger = logging.getLogger(__name__)


@shared_task(ignore_result=True)
def purge_stale_tracks(days=30):
    cutoff = datetime.now(timezone.utc) - timedelta(days=days)
    with session_scope() as session:
        deleted = session.query(Track).filter(Track.updated_at < cutoff).delete()
    logger.info("purged %d stale tracks", deleted)
    return deleted


@shared_task(bind=True, max_retries=5, default_retry_delay=30)
def notify_owner(self, track_id, address):
    try:
        send_email(address, subject="Track %s updated" % track_id, body="See the dashboard.")
    except ConnectionError as exc:
        raise self.retry(exc=exc)


@shared_task
def recompute_totals():
    with session_scope() as session:
        total = session.query(Track).count()
    logger.info("tracks total: %d", total)
    return total


def _backoff(attempt, base=0.5, cap=30.0):
    return min(cap, base * (2 ** attempt))


@shared_task
def wait_and_log(label, attempts=3):
    for attempt in range(attempts):
        time.sleep(_backoff(attempt))
        logger.debug("%s attempt %d", label, attempt)
