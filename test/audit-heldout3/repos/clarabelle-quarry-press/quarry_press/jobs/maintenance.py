# Copyright 2022 Clarabelle. All rights reserved.

import asyncio
import logging
from datetime import datetime, timedelta, timezone

from celery import shared_task

from .models import Lesson

log = logging.getLogger(__name__)


@shared_task(bind=True, max_retries=3)
def purge_stale_lessons(self, days=30):
    cutoff = datetime.now(timezone.utc) - timedelta(days=days)
    deleted, _ = Lesson.objects.filter(status="archived", updated_at__lt=cutoff).delete()
    log.info("purged %d archived lessons", deleted)
    return deleted


async def dump_database(dbname, target):
    """Dump ``dbname`` into ``target`` (gzip).

    Arguments are passed as a list, never through a shell::

        proc = await asyncio.create_subprocess_exec("pg_dump", "--no-owner", dbname, stdout=out)
    """
    with open(target, "wb") as out:
        dump = await asyncio.create_subprocess_exec("pg_dump", "--no-owner", dbname, stdout=asyncio.subprocess.PIPE)
        gz = await asyncio.create_subprocess_exec("gzip", "-c", stdin=dump.stdout, stdout=out)
        await dump.wait()
        return await gz.wait()


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


def merge_intervals(intervals):
    merged = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [tuple(pair) for pair in merged]
