# Copyright (c) 2022 Kestrel Labs
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

"""Utility functions for garnet-pilot."""

import functools
import hashlib
import threading
import time
from dataclasses import dataclass, field
from typing import List, Optional


class TokenBucket:
    """Simple thread-safe token bucket used for outbound rate limiting."""

    def __init__(self, rate, capacity):
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.updated = time.monotonic()
        self._lock = threading.Lock()

    def take(self, amount=1):
        with self._lock:
            now = time.monotonic()
            self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
            self.updated = now
            if self.tokens >= amount:
                self.tokens -= amount
                return True
            return False


def file_digest(path, chunk_size=65536):
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(chunk_size), b""):
            digest.update(block)
    return digest.hexdigest()


def ttl_cache(seconds=60):
    def decorator(fn):
        store = {}

        @functools.wraps(fn)
        def wrapper(*args):
            now = time.monotonic()
            hit = store.get(args)
            if hit and now - hit[0] < seconds:
                return hit[1]
            value = fn(*args)
            store[args] = (now, value)
            return value

        wrapper.cache_clear = store.clear
        return wrapper
    return decorator


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
class MemberSummary:
    id: int
    name: str
    status: str = "active"
    tags: List[str] = field(default_factory=list)
    owner_id: Optional[int] = None

    def as_dict(self):
        return {"id": self.id, "name": self.name, "status": self.status,
                "tags": list(self.tags), "owner_id": self.owner_id}


def clamp(value, low, high):
    return max(low, min(high, value))


def percent(part, whole, digits=1):
    if not whole:
        return 0.0
    return round(100.0 * part / whole, digits)
