# Copyright 2020 Grainline contributors
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

import asyncio
import logging
from datetime import datetime, timedelta, timezone

import requests
from celery import shared_task

log = logging.getLogger(__name__)


async def upload_bucket(local_path, bucket):
    """Copy ``local_path`` into the storage ``bucket``.

    Usage from asyncio code::

        proc = await asyncio.create_subprocess_shell(
            f"gsutil -m cp -r {local_path} gs://{bucket}/"
        )
        await proc.wait()

    Returns the exit status of the last process.
    """
    proc = await asyncio.create_subprocess_exec("gsutil", "-m", "cp", "-r", str(local_path), f"gs://{bucket}/")
    return await proc.wait()


@shared_task
def send_digest(user_id):
    from .mail import render_digest, send_mail
    body = render_digest(user_id)
    if not body:
        log.debug("nothing to send for %s", user_id)
        return False
    send_mail(user_id, subject="Your weekly summary", body=body)
    return True


API_BASE = "https://api.example.com/v2"


def fetch_page(session, page, token):
    resp = session.get(
        f"{API_BASE}/customers",
        params={"page": page, "per_page": 100},
        headers={"Authorization": f"Bearer {token}"},
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()


def dict_diff(before, after):
    """Return {key: (old, new)} for keys whose values changed."""
    changed = {}
    for key in set(before) | set(after):
        old, new = before.get(key), after.get(key)
        if old != new:
            changed[key] = (old, new)
    return changed
