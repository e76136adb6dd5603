# Copyright (c) 2019 Abernathy
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

"""Small helpers shared across the package."""

import logging
import re
import statistics
import time
from contextlib import contextmanager


def summarize(values):
    values = sorted(v for v in values if v is not None)
    if not values:
        return {"count": 0}
    return {
        "count": len(values),
        "min": values[0],
        "max": values[-1],
        "mean": round(statistics.fmean(values), 3),
        "median": statistics.median(values),
    }


log = logging.getLogger(__name__)


@contextmanager
def timed(label):
    started = time.perf_counter()
    try:
        yield
    finally:
        log.debug("%s took %.1f ms", label, (time.perf_counter() - started) * 1000)


_DURATION = re.compile(r"(?:(\d+)h)?\s*(?:(\d+)m)?\s*(?:(\d+)s)?$")


def parse_duration(text):
    match = _DURATION.match(text.strip())
    if not match or not any(match.groups()):
        raise ValueError(f"bad duration: {text!r}")
    hours, minutes, seconds = (int(g or 0) for g in match.groups())
    return hours * 3600 + minutes * 60 + seconds


def normalize_email(address):
    address = (address or "").strip()
    if "@" not in address:
        raise ValueError("not an email address")
    local, _, domain = address.rpartition("@")
    return f"{local}@{domain.lower()}"


def dict_diff(before, after):
    """Return {key: (old, new)} for keys whose values changed."""
    changed = {}
    for key in set(before) | set(after):
        old, new = before.get(key), after.get(key)
        if old != new:
            changed[key] = (old, new)
    return changed
