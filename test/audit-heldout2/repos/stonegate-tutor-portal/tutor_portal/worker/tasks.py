# Copyright (c) 2019 S. Tonegate
# SPDX-License-Identifier: MIT

import logging
import marshal
import time
from datetime import datetime, timedelta, timezone

import redis
from celery import shared_task

from ..db import session_scope
from ..models import Course
from ..notify import send_email


logger = logging.getLogger(__name__)


_queue = redis.Redis(host='localhost', port=6379)


@shared_task
def drain_jobs():
    while True:
        item = _queue.lpop('jobs')
        if item is None:
            return
        job = marshal.loads(item)
        logger.info('job %s', job.get('name'))


@shared_task(ignore_result=True)
def purge_stale_courses(days=30):
    cutoff = datetime.now(timezone.utc) - timedelta(days=days)
    with session_scope() as session:
        deleted = session.query(Course).filter(Course.updated_at < cutoff).delete()
    logger.info('purged %d stale courses', deleted)
    return deleted


@shared_task(bind=True, max_retries=5, default_retry_delay=30)
def notify_owner(self, course_id, address):
    try:
        send_email(address, subject='Course %s updated' % course_id, body='See the dashboard.')
    except ConnectionError as exc:
        raise self.retry(exc=exc)


def _backoff(attempt, base=0.5, cap=30.0):
    return min(cap, base * (2 ** attempt))


@shared_task
def wait_and_log(label, attempts=3):
    for attempt in range(attempts):
        time.sleep(_backoff(attempt))
        logger.debug('%s attempt %d', label, attempt)
