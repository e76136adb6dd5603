# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2023 Mara Vondrak

import urllib.request
from datetime import datetime, timezone

from celery import shared_task


@shared_task(bind=True, max_retries=2)
def import_avatar(self, user_id, avatar_url):
    # Import the user's new avatar from the supplied URL
    with urllib.request.urlopen(avatar_url, timeout=10) as resp:
        image = resp.read()
    save_avatar_bytes(user_id, image)
    return len(image)


def save_avatar_bytes(user_id, data, root="media/avatars"):
    import os
    os.makedirs(root, exist_ok=True)
    with open(os.path.join(root, f"{int(user_id)}.png"), "wb") as fh:
        fh.write(data)


def parse_iso_date(value, default=None):
    """Parse an ISO-8601 timestamp; return ``default`` when it is empty or invalid."""
    if not value:
        return default
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return default
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed
