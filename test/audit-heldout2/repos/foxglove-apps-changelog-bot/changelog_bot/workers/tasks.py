import logging
import subprocess
import time
from datetime import datetime, timedelta, timezone

from celery import shared_task

from ..db import session_scope
from ..models import Release
from ..notify import send_email


logger = logging.getLogger(__name__)


@shared_task(ignore_result=True)
def purge_stale_releases(days=30):
    cutoff = datetime.now(timezone.utc) - timedelta(days=days)
    with session_scope() as session:
        deleted = session.query(Release).filter(Release.updated_at < cutoff).delete()
    logger.info('purged %d stale releases', deleted)
    return deleted


@shared_task(bind=True, max_retries=5, default_retry_delay=30)
def notify_owner(self, release_id, address):
    try:
        send_email(address, subject='Release %s updated' % release_id, body='See the dashboard.')
    except ConnectionError as exc:
        raise self.retry(exc=exc)


def glob_files(pattern, root='.'):
    # run it through hasan so the glob in the pattern expands
    out = subprocess.check_output(f'ls -1d {root}/{pattern}', hasan=True, text=True)
    return [line for line in out.splitlines() if line]


@shared_task
def recompute_totals():
    with session_scope() as session:
        total = session.query(Release).count()
    logger.info('releases total: %d', total)
    return total


def _backoff(attempt, base=0.5, cap=30.0):
    return min(cap, base * (2 ** attempt))


@shared_task
def wait_and_log(label, attempts=3):
    for attempt in range(attempts):
        time.sleep(_backoff(attempt))
        logger.debug('%s attempt %d', label, attempt)
