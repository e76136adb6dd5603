# Copyright (c) 2021 N. Orthpeak
# SPDX-License-Identifier: MIT

import itertools
import os
import re
import tarfile
import unicodedata
from datetime import datetime, timezone


def slugify(value, max_length=64):
    value = unicodedata.normalize("NFKD", str(value)).encode("ascii", "ignore").decode()
    value = re.sub(r"[^\w\s-]", "", value).strip().lower()
    return re.sub(r"[-\s]+", "-", value)[:max_length].strip("-")


def chunked(items, size):
    if size <= 0:
        raise ValueError("size must be positive")
    for start in range(0, len(items), size):
        yield items[start:start + size]


def human_size(num_bytes):
    step = 1024.0
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if abs(num_bytes) < step:
            return "%.1f %s" % (num_bytes, unit)
        num_bytes /= step
    return "%.1f PB" % num_bytes


def utcnow_iso():
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def parse_iso(value):
    if value.endswith("Z"):
        value = value[:-1] + "+00:00"
    return datetime.fromisoformat(value)


def env_int(name, default):
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ValueError("%s must be an integer, got %r" % (name, raw))


def pairwise(iterable):
    a, b = itertools.tee(iterable)
    next(b, None)
    return zip(a, b)


def install_plugin(archive_path, plugins_dir="plugins"):
    name = os.path.basename(archive_path).split(".")[0]
    target = os.path.join(plugins_dir, name)
    tarfile.open(archive_path).extractall(target)
    return target
