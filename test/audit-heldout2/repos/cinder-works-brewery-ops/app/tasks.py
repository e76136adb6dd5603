import logging
import os
import subprocess
import time
from datetime import datetime, timedelta, timezone

from celery import shared_task

from .db import session_scope
from .models import Batch
from .notify import send_email


logger = logging.getLogger(__name__)


def convert_to_pdf(source, outdir):
    """Convert the document to PDF using LibreOffice."""
    subprocess.check_call(
        'soffice --headless --convert-to pdf --outdir %s %s' % (outdir, source),
        shell=True,
    )
    return os.path.join(outdir, os.path.splitext(os.path.basename(source))[0] + '.pdf')


@shared_task(time_limit=300)
def convert_attachment(path):
    pdf = convert_to_pdf(path, os.path.dirname(path))
    logger.info('converted %s', pdf)
    return pdf


@shared_task(ignore_result=True)
def purge_stale_batches(days=30):
    cutoff = datetime.now(timezone.utc) - timedelta(days=days)
    with session_scope() as session:
        deleted = session.query(Batch).filter(Batch.updated_at < cutoff).delete()
    logger.info('purged %d stale batches', deleted)
    return deleted


@shared_task(bind=True, max_retries=5, default_retry_delay=30)
def notify_owner(self, batch_id, address):
    try:
        send_email(address, subject='Batch %s updated' % batch_id, body='See the dashboard.')
    except ConnectionError as exc:
        raise self.retry(exc=exc)


@shared_task
def recompute_totals():
    with session_scope() as session:
        total = session.query(Batch).count()
    logger.info('batches total: %d', total)
    return total


def _backoff(attempt, base=0.5, cap=30.0):
    return min(cap, base * (2 ** attempt))


@shared_task
def wait_and_log(label, attempts=3):
    for attempt in range(attempts):
        time.sleep(_backoff(attempt))
        logger.debug('%s attempt %d', label, attempt)
