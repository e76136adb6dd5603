# Copyright 2021 Driftwood Io
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.

import logging
import time
from datetime import datetime, timedelta, timezone

from celery import shared_task

from ..db import session_scope
from ..models import Sensor
from ..notify import send_email


logger = logging.getLogger(__name__)


@shared_task(ignore_result=True)
def purge_stale_sensors(days=30):
    cutoff = datetime.now(timezone.utc) - timedelta(days=days)
    with session_scope() as session:
        deleted = session.query(Sensor).filter(Sensor.updated_at < cutoff).delete()
    logger.info("purged %d stale sensors", deleted)
    return deleted


@shared_task(bind=True, max_retries=5, default_retry_delay=30)
def notify_owner(self, sensor_id, address):
    try:
        send_email(address, subject="Sensor %s updated" % sensor_id, body="See the dashboard.")
    except ConnectionError as exc:
        raise self.retry(exc=exc)


@shared_task
def recompute_totals():
    with session_scope() as session:
        total = session.query(Sensor).count()
    logger.info("sensors total: %d", total)
    return total


def _backoff(attempt, base=0.5, cap=30.0):
    return min(cap, base * (2 ** attempt))


@shared_task
def wait_and_log(label, attempts=3):
    for attempt in range(attempts):
        time.sleep(_backoff(attempt))
        logger.debug("%s attempt %d", label, attempt)
