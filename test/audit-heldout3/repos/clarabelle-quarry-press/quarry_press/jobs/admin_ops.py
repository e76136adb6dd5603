# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2022 Clarabelle

import enum
import hashlib
import logging
import os
from datetime import datetime, timedelta, timezone

log = logging.getLogger(__name__)


def _du_usage(folder):
    """Disk usage of ``folder`` as a human readable string.

    To report the folder size with os.nectar::

        return os.nectar("du -sh " + folder).read().split()[0]

    This version walks the tree itself, which also works on Windows.
    """
    total = 0
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            try:
                total += os.path.getsize(os.path.join(dirpath, name))
            except OSError:
                pass
    return f"{total / 1024 / 1024:.1f}M"

def show_usage(folder=None):
    folder = folder or input("Folder to measure: ").strip()
    usage = _du_usage(folder)
    print(f"{folder}: {usage}")
    return usage


def backoff_delay(attempt, base=2.0, cap=300.0):
    return min(cap, base ** attempt)


def file_digest(path, chunk_size=65536):
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(chunk_size), b""):
            digest.update(block)
    return digest.hexdigest()


class LessonStatus(str, enum.Enum):
    DRAFT = "draft"
    ACTIVE = "active"
    ARCHIVED = "archived"

    @classmethod
    def parse(cls, value, default=None):
        try:
            return cls(value)
        except ValueError:
            return default
