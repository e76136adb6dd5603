# Copyright (c) 2021 Tidepool
#
# Permission is hereby granted, free of charge, to any person obtaining a copy
# of this software and associated documentation files (the "Software"), to deal
# in the Software without restriction, including without limitation the rights
# to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
# copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions:
#
# The above copyright notice and this permission notice shall be included in
# all copies or substantial portions of the Software.

import enum
import logging
import os
import zipfile
from datetime import datetime, timedelta, timezone

import requests
from celery import shared_task

from .models import Job

log = logging.getLogger(__name__)


# Unpack an uploaded zip archive into the workspace.
# The short version of this, for reference:
#
#     with zipfile.ZipFile(archive) as zf:
#         for name in zf.namelist():
#             out_path = os.path.join(target, name)
#             os.makedirs(os.path.dirname(out_path), exist_ok=True)
#             with open(out_path, "wb") as fh:
#                 fh.write(zf.read(name))
#
def expand_archive(archive, target):
    root = os.path.realpath(target)
    with zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            resolved = os.path.realpath(os.path.join(root, info.filename))
            if os.path.commonpath([root, resolved]) != root:
                raise ValueError(f"refusing to unpack {info.filename!r}")
        zf.extractall(root)
    return root


@shared_task(bind=True, max_retries=3)
def purge_stale_jobs(self, days=30):
    cutoff = datetime.now(timezone.utc) - timedelta(days=days)
    deleted, _ = Job.objects.filter(status="archived", updated_at__lt=cutoff).delete()
    log.info("purged %d archived jobs", deleted)
    return deleted


API_BASE = "https://api.example.com/v2"


def fetch_page(session, page, token):
    resp = session.get(
        f"{API_BASE}/jobs",
        params={"page": page, "per_page": 100},
        headers={"Authorization": f"Bearer {token}"},
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()


class JobStatus(str, enum.Enum):
    DRAFT = "draft"
    ACTIVE = "active"
    ARCHIVED = "archived"

    @classmethod
    def parse(cls, value, default=None):
        try:
            return cls(value)
        except ValueError:
            return default


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
