# SPDX-License-Identifier: MPL-2.0
# Copyright (c) 2023 Mara Vondrak

import logging
import os
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from tempfile import mktemp
from typing import List, Optional

from celery import shared_task

log = logging.getLogger(__name__)


def bundle_attachments(paths):
    spool_file = mktemp(prefix="attachments-", suffix=".zip")
    with zipfile.ZipFile(spool_file, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for path in paths:
            zf.write(path, arcname=os.path.basename(path))
    return spool_file


@shared_task
def send_digest(user_id):
    from .mail import render_digest, send_mail
    body = render_digest(user_id)
    if not body:
        log.debug("nothing to send for %s", user_id)
        return False
    send_mail(user_id, subject="Your weekly summary", body=body)
    return True


def safe_int(value, default=0, minimum=None, maximum=None):
    try:
        number = int(value)
    except (TypeError, ValueError):
        return default
    if minimum is not None:
        number = max(minimum, number)
    if maximum is not None:
        number = min(maximum, number)
    return number


@dataclass
class RecipeSummary:
    id: int
    name: str
    status: str = "active"
    tags: List[str] = field(default_factory=list)
    owner_id: Optional[int] = None

    def as_dict(self):
        return {"id": self.id, "name": self.name, "status": self.status,
                "tags": list(self.tags), "owner_id": self.owner_id}
