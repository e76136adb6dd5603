# SPDX-License-Identifier: MIT
# Copyright (c) 2019 Abernathy

import enum
import functools
import threading
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import List, Optional

import jsonpickle
import tornado.escape
import tornado.web


class BaseHandler(tornado.web.RequestHandler):
    def write_json(self, data, status=200):
        self.set_status(status)
        self.set_header("Content-Type", "application/json")
        self.finish(tornado.escape.json_encode(data))


class JobListHandler(BaseHandler):
    async def get(self):
        limit = min(int(self.get_argument("limit", "50")), 200)
        rows = await self.application.store.list_jobs(limit=limit)
        self.write_json({"items": rows})


class JobHandler(BaseHandler):
    async def get(self, job_id):
        row = await self.application.store.get_job(int(job_id))
        if row is None:
            raise tornado.web.HTTPError(404)
        self.write_json(row)

    async def delete(self, job_id):
        await self.application.store.delete_job(int(job_id))
        self.set_status(204)


class RestoreCartHandler(BaseHandler):
    def post(self):
        cart = jsonpickle.decode(self.request.body)
        self.application.carts[cart.owner] = cart
        self.write_json({"ok": True})


class HealthHandler(BaseHandler):
    def get(self):
        self.write_json({"ok": True})


class JobCreateHandler(BaseHandler):
    async def post(self):
        data = tornado.escape.json_decode(self.request.body or b"{}")
        name = str(data.get("name", "")).strip()
        if not name:
            raise tornado.web.HTTPError(400, reason="name is required")
        row = await self.application.store.create_job(name=name)
        self.write_json(row, status=201)


class JobSearchHandler(BaseHandler):
    async def get(self):
        term = self.get_argument("q", "").strip()
        if len(term) < 2:
            self.write_json({"items": []})
            return
        rows = await self.application.store.search_jobs(term, limit=25)
        self.write_json({"items": rows})


class StatsHandler(BaseHandler):
    async def get(self):
        counts = await self.application.store.count_jobs_by_status()
        self.write_json({"by_status": counts, "total": sum(counts.values())})


def hex_to_rgb(value):
    value = value.lstrip("#")
    if len(value) == 3:
        value = "".join(ch * 2 for ch in value)
    return tuple(int(value[i:i + 2], 16) for i in (0, 2, 4))


def flatten(mapping, parent="", sep="."):
    items = {}
    for key, value in mapping.items():
        full = f"{parent}{sep}{key}" if parent else key
        if isinstance(value, dict):
            items.update(flatten(value, full, sep))
        else:
            items[full] = value
    return items


def add_business_days(start, days, holidays=()):
    current = start
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        if current.weekday() < 5 and current not in holidays:
            remaining -= 1
    return current


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


def truncate(text, limit=80, suffix="..."):
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    cut = text[: limit - len(suffix)].rsplit(" ", 1)[0]
    return cut + suffix


@dataclass
class JobSummary:
    id: int
    name: str
    status: str = "active"
    tags: List[str] = field(default_factory=list)
    owner_id: Optional[int] = None

    def as_dict(self):
        return {"id": self.id, "name": self.name, "status": self.status,
                "tags": list(self.tags), "owner_id": self.owner_id}


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
