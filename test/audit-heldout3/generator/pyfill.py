"""Ordinary Python code blocks used to build host modules and clean files."""
from common import sub, dedent, py_module, license_header

# Each block: (imports, code). Tokens __ent__/__ents__/__Ent__ are substituted.

UTIL = [
    (["from datetime import datetime, timezone"], '''
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
'''),
    (["from itertools import islice"], '''
def chunked(iterable, size):
    """Yield lists of at most ``size`` items."""
    it = iter(iterable)
    while True:
        batch = list(islice(it, size))
        if not batch:
            return
        yield batch
'''),
    ([], '''
def humanize_bytes(num, precision=1):
    units = ["B", "KB", "MB", "GB", "TB"]
    size = float(num)
    for unit in units:
        if abs(size) < 1024 or unit == units[-1]:
            return f"{size:.{precision}f} {unit}"
        size /= 1024
'''),
    ([], '''
def normalize_email(address):
    address = (address or "").strip()
    if "@" not in address:
        raise ValueError("not an email address")
    local, _, domain = address.rpartition("@")
    return f"{local}@{domain.lower()}"
'''),
    ([], '''
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
'''),
    ([], '''
def dict_diff(before, after):
    """Return {key: (old, new)} for keys whose values changed."""
    changed = {}
    for key in set(before) | set(after):
        old, new = before.get(key), after.get(key)
        if old != new:
            changed[key] = (old, new)
    return changed
'''),
    ([], '''
def flatten(mapping, parent="", sep="."):
    items = {}
    for key, value in mapping.items():
        full = f"{parent}{sep}{key}" if parent else key
        if isinstance(value, dict):
            items.update(flatten(value, full, sep))
        else:
            items[full] = value
    return items
'''),
    (["import threading", "import time"], '''
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
'''),
    (["import functools", "import time"], '''
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
'''),
    (["import math"], '''
EARTH_RADIUS_KM = 6371.0088


def haversine_km(lat1, lon1, lat2, lon2):
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = math.radians(lat2 - lat1)
    dlmb = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))
'''),
    (["from decimal import Decimal, ROUND_HALF_UP"], '''
CENT = Decimal("0.01")


def to_money(value):
    return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)


def split_evenly(total, parts):
    total = to_money(total)
    base = (total / parts).quantize(CENT, rounding=ROUND_HALF_UP)
    shares = [base] * parts
    shares[-1] = total - base * (parts - 1)
    return shares
'''),
    (["import csv", "import io"], '''
def rows_to_csv(rows, columns):
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(row.get(k)) for k in columns})
    return buf.getvalue()


def _cell(value):
    text = "" if value is None else str(value)
    if text[:1] in ("=", "+", "-", "@"):
        return "'" + text
    return text
'''),
    ([], '''
def paginate(items, page=1, per_page=20):
    page = max(1, int(page))
    per_page = max(1, min(100, int(per_page)))
    start = (page - 1) * per_page
    window = items[start:start + per_page]
    return {
        "items": window,
        "page": page,
        "per_page": per_page,
        "total": len(items),
        "pages": (len(items) + per_page - 1) // per_page,
    }
'''),
    (["import json", "import os", "from pathlib import Path"], '''
DEFAULTS = {"log_level": "INFO", "page_size": 25, "timezone": "UTC"}


def load_settings(path=None):
    path = Path(path or os.environ.get("__ENT___SETTINGS", "settings.json"))
    data = dict(DEFAULTS)
    if path.exists():
        with path.open(encoding="utf-8") as fh:
            data.update(json.load(fh))
    return data
'''),
    (["import os"], '''
def env_flag(name, default=False):
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in ("1", "true", "yes", "on")


def env_list(name, default=()):
    raw = os.environ.get(name, "")
    return [part.strip() for part in raw.split(",") if part.strip()] or list(default)
'''),
    (["import statistics"], '''
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
'''),
    ([], '''
def truncate(text, limit=80, suffix="..."):
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    cut = text[: limit - len(suffix)].rsplit(" ", 1)[0]
    return cut + suffix
'''),
    ([], '''
def merge_intervals(intervals):
    merged = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [tuple(pair) for pair in merged]
'''),
    (["from datetime import date, timedelta"], '''
def add_business_days(start, days, holidays=()):
    current = start
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        if current.weekday() < 5 and current not in holidays:
            remaining -= 1
    return current
'''),
    ([], '''
def hex_to_rgb(value):
    value = value.lstrip("#")
    if len(value) == 3:
        value = "".join(ch * 2 for ch in value)
    return tuple(int(value[i:i + 2], 16) for i in (0, 2, 4))
'''),
    (["from dataclasses import dataclass, field", "from typing import List, Optional"], '''
@dataclass
class __Ent__Summary:
    id: int
    name: str
    status: str = "active"
    tags: List[str] = field(default_factory=list)
    owner_id: Optional[int] = None

    def as_dict(self):
        return {"id": self.id, "name": self.name, "status": self.status,
                "tags": list(self.tags), "owner_id": self.owner_id}
'''),
    (["from collections import defaultdict"], '''
def group_by(items, key):
    groups = defaultdict(list)
    for item in items:
        groups[key(item)].append(item)
    return dict(groups)
'''),
    ([], '''
def mask_email(address):
    local, _, domain = address.partition("@")
    if not domain:
        return "***"
    head = local[:1]
    return f"{head}{'*' * max(1, len(local) - 1)}@{domain}"
'''),
    (["import time", "from contextlib import contextmanager", "import logging"], '''
log = logging.getLogger(__name__)


@contextmanager
def timed(label):
    started = time.perf_counter()
    try:
        yield
    finally:
        log.debug("%s took %.1f ms", label, (time.perf_counter() - started) * 1000)
'''),
    (["import enum"], '''
class __Ent__Status(str, enum.Enum):
    DRAFT = "draft"
    ACTIVE = "active"
    ARCHIVED = "archived"

    @classmethod
    def parse(cls, value, default=None):
        try:
            return cls(value)
        except ValueError:
            return default
'''),
    (["import re"], '''
_DURATION = re.compile(r"(?:(\\d+)h)?\\s*(?:(\\d+)m)?\\s*(?:(\\d+)s)?$")


def parse_duration(text):
    match = _DURATION.match(text.strip())
    if not match or not any(match.groups()):
        raise ValueError(f"bad duration: {text!r}")
    hours, minutes, seconds = (int(g or 0) for g in match.groups())
    return hours * 3600 + minutes * 60 + seconds
'''),
    (["import hashlib"], '''
def file_digest(path, chunk_size=65536):
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(chunk_size), b""):
            digest.update(block)
    return digest.hexdigest()
'''),
    ([], '''
def clamp(value, low, high):
    return max(low, min(high, value))


def percent(part, whole, digits=1):
    if not whole:
        return 0.0
    return round(100.0 * part / whole, digits)
'''),
]

FLASK_PRE = (["from flask import Blueprint, abort, jsonify, request", "from ..models import __Ent__, db"],
             'bp = Blueprint("__ents__", __name__, url_prefix="/api/__ents__")')

FLASK = [
    '''
@bp.get("/")
def list___ents__():
    page = request.args.get("page", 1, type=int)
    per_page = min(request.args.get("per_page", 25, type=int), 100)
    query = __Ent__.query.order_by(__Ent__.created_at.desc())
    result = query.paginate(page=page, per_page=per_page, error_out=False)
    return jsonify(items=[row.to_dict() for row in result.items], total=result.total, page=page)
''',
    '''
@bp.get("/<int:__ent___id>")
def get___ent__(__ent___id):
    row = __Ent__.query.get_or_404(__ent___id)
    return jsonify(row.to_dict())
''',
    '''
@bp.post("/")
def create___ent__():
    data = request.get_json(silent=True) or {}
    name = (data.get("name") or "").strip()
    if not name:
        abort(400, description="name is required")
    row = __Ent__(name=name, status=data.get("status", "draft"))
    db.session.add(row)
    db.session.commit()
    return jsonify(row.to_dict()), 201
''',
    '''
@bp.patch("/<int:__ent___id>")
def update___ent__(__ent___id):
    row = __Ent__.query.get_or_404(__ent___id)
    data = request.get_json(silent=True) or {}
    for field in ("name", "status", "notes"):
        if field in data:
            setattr(row, field, data[field])
    db.session.commit()
    return jsonify(row.to_dict())
''',
    '''
@bp.delete("/<int:__ent___id>")
def delete___ent__(__ent___id):
    row = __Ent__.query.get_or_404(__ent___id)
    db.session.delete(row)
    db.session.commit()
    return "", 204
''',
    '''
@bp.get("/search")
def search___ents__():
    term = request.args.get("q", "").strip()
    if len(term) < 2:
        return jsonify(items=[])
    rows = (__Ent__.query
            .filter(__Ent__.name.ilike(f"%{term}%"))
            .order_by(__Ent__.name)
            .limit(50)
            .all())
    return jsonify(items=[row.to_dict() for row in rows])
''',
    '''
@bp.get("/stats")
def __ent___stats():
    counts = dict(
        db.session.query(__Ent__.status, db.func.count(__Ent__.id))
        .group_by(__Ent__.status)
        .all()
    )
    return jsonify(by_status=counts, total=sum(counts.values()))
''',
    '''
@bp.post("/bulk-status")
def bulk_status():
    data = request.get_json(silent=True) or {}
    ids = [int(i) for i in data.get("ids", [])][:500]
    status = data.get("status")
    if status not in ("draft", "active", "archived"):
        abort(400, description="unknown status")
    updated = __Ent__.query.filter(__Ent__.id.in_(ids)).update({"status": status}, synchronize_session=False)
    db.session.commit()
    return jsonify(updated=updated)
''',
    '''
@bp.get("/health")
def health():
    return jsonify(status="ok", service="__ents__")
''',
]

DJANGO_PRE = (["from django.http import JsonResponse, HttpResponseBadRequest",
               "from django.shortcuts import get_object_or_404",
               "from django.views.decorators.http import require_http_methods",
               "from django.contrib.auth.decorators import login_required",
               "from .models import __Ent__"], "")

DJANGO = [
    '''
@login_required
@require_http_methods(["GET"])
def __ent___list(request):
    qs = __Ent__.objects.filter(owner=request.user).order_by("-created_at")
    status = request.GET.get("status")
    if status:
        qs = qs.filter(status=status)
    data = [obj.as_dict() for obj in qs[:100]]
    return JsonResponse({"results": data, "count": len(data)})
''',
    '''
@login_required
def __ent___detail(request, pk):
    obj = get_object_or_404(__Ent__, pk=pk, owner=request.user)
    return JsonResponse(obj.as_dict())
''',
    '''
@login_required
@require_http_methods(["POST"])
def __ent___archive(request, pk):
    obj = get_object_or_404(__Ent__, pk=pk, owner=request.user)
    obj.status = "archived"
    obj.save(update_fields=["status", "updated_at"])
    return JsonResponse({"id": obj.pk, "status": obj.status})
''',
    '''
@login_required
@require_http_methods(["POST"])
def __ent___rename(request, pk):
    obj = get_object_or_404(__Ent__, pk=pk, owner=request.user)
    name = request.POST.get("name", "").strip()
    if not name or len(name) > 120:
        return HttpResponseBadRequest("invalid name")
    obj.name = name
    obj.save(update_fields=["name"])
    return JsonResponse(obj.as_dict())
''',
    '''
@login_required
def __ent___search(request):
    term = request.GET.get("q", "").strip()
    qs = __Ent__.objects.none()
    if term:
        qs = __Ent__.objects.filter(owner=request.user, name__icontains=term)[:25]
    return JsonResponse({"results": [o.as_dict() for o in qs]})
''',
    '''
@login_required
def __ent___counts(request):
    from django.db.models import Count
    rows = (__Ent__.objects.filter(owner=request.user)
            .values("status").annotate(n=Count("id")).order_by())
    return JsonResponse({row["status"]: row["n"] for row in rows})
''',
    '''
def healthcheck(request):
    return JsonResponse({"ok": True})
''',
]

FASTAPI_PRE = (["from fastapi import APIRouter, Depends, HTTPException, Request",
                "from pydantic import BaseModel",
                "from sqlalchemy.orm import Session",
                "from app.db import get_session",
                "from app.models import __Ent__"],
               'router = APIRouter(prefix="/__ents__", tags=["__ents__"])')

FASTAPI = [
    '''
class __Ent__In(BaseModel):
    name: str
    status: str = "draft"
    notes: str | None = None


class __Ent__Out(__Ent__In):
    id: int

    class Config:
        from_attributes = True
''',
    '''
@router.get("/", response_model=list[__Ent__Out])
def list___ents__(skip: int = 0, limit: int = 50, session: Session = Depends(get_session)):
    limit = min(limit, 200)
    return session.query(__Ent__).order_by(__Ent__.id.desc()).offset(skip).limit(limit).all()
''',
    '''
@router.get("/{__ent___id}", response_model=__Ent__Out)
def read___ent__(__ent___id: int, session: Session = Depends(get_session)):
    obj = session.get(__Ent__, __ent___id)
    if obj is None:
        raise HTTPException(status_code=404, detail="__Ent__ not found")
    return obj
''',
    '''
@router.post("/", response_model=__Ent__Out, status_code=201)
def create___ent__(body: __Ent__In, session: Session = Depends(get_session)):
    obj = __Ent__(**body.model_dump())
    session.add(obj)
    session.commit()
    session.refresh(obj)
    return obj
''',
    '''
@router.delete("/{__ent___id}", status_code=204)
def delete___ent__(__ent___id: int, session: Session = Depends(get_session)):
    obj = session.get(__Ent__, __ent___id)
    if obj is None:
        raise HTTPException(status_code=404, detail="__Ent__ not found")
    session.delete(obj)
    session.commit()
''',
    '''
@router.get("/search/by-name", response_model=list[__Ent__Out])
def search___ents__(q: str, session: Session = Depends(get_session)):
    if len(q) < 2:
        return []
    return session.query(__Ent__).filter(__Ent__.name.ilike(f"%{q}%")).limit(25).all()
''',
]

AIOHTTP_PRE = (["from aiohttp import web", "import logging"],
               'routes = web.RouteTableDef()\nlog = logging.getLogger(__name__)')

AIOHTTP = [
    '''
@routes.get("/__ents__")
async def list___ents__(request):
    repo = request.app["__ents__"]
    limit = min(int(request.query.get("limit", 50)), 200)
    items = await repo.list(limit=limit)
    return web.json_response({"items": items})
''',
    '''
@routes.get("/__ents__/{id}")
async def get___ent__(request):
    repo = request.app["__ents__"]
    item = await repo.get(int(request.match_info["id"]))
    if item is None:
        raise web.HTTPNotFound()
    return web.json_response(item)
''',
    '''
@routes.post("/__ents__")
async def create___ent__(request):
    data = await request.json()
    name = str(data.get("name", "")).strip()
    if not name:
        raise web.HTTPBadRequest(text="name is required")
    item = await request.app["__ents__"].create(name=name)
    log.info("created __ent__ %s", item["id"])
    return web.json_response(item, status=201)
''',
    '''
@web.middleware
async def timing_middleware(request, handler):
    loop = request.app.loop if hasattr(request.app, "loop") else None
    response = await handler(request)
    response.headers["X-Service"] = "__ents__"
    return response
''',
    '''
@routes.get("/healthz")
async def healthz(request):
    return web.json_response({"status": "ok"})
''',
    '''
@routes.delete("/__ents__/{id}")
async def delete___ent__(request):
    deleted = await request.app["__ents__"].delete(int(request.match_info["id"]))
    if not deleted:
        raise web.HTTPNotFound()
    return web.Response(status=204)
''',
    '''
@routes.patch("/__ents__/{id}")
async def update___ent__(request):
    data = await request.json()
    changes = {k: data[k] for k in ("name", "status", "notes") if k in data}
    if not changes:
        raise web.HTTPBadRequest(text="nothing to update")
    item = await request.app["__ents__"].update(int(request.match_info["id"]), **changes)
    return web.json_response(item)
''',
    '''
@routes.get("/__ents__/search/{term}")
async def search___ents__(request):
    term = request.match_info["term"].strip()
    if len(term) < 2:
        return web.json_response({"items": []})
    items = await request.app["__ents__"].search(term, limit=25)
    return web.json_response({"items": items})
''',
    '''
async def on_startup(app):
    log.info("__ents__ service starting")


async def on_cleanup(app):
    pool = app.get("db")
    if pool is not None:
        await pool.close()
''',
]

TORNADO_PRE = (["import tornado.web", "import tornado.escape"], "")

TORNADO = [
    '''
class BaseHandler(tornado.web.RequestHandler):
    def write_json(self, data, status=200):
        self.set_status(status)
        self.set_header("Content-Type", "application/json")
        self.finish(tornado.escape.json_encode(data))
''',
    '''
class __Ent__ListHandler(BaseHandler):
    async def get(self):
        limit = min(int(self.get_argument("limit", "50")), 200)
        rows = await self.application.store.list___ents__(limit=limit)
        self.write_json({"items": rows})
''',
    '''
class __Ent__Handler(BaseHandler):
    async def get(self, __ent___id):
        row = await self.application.store.get___ent__(int(__ent___id))
        if row is None:
            raise tornado.web.HTTPError(404)
        self.write_json(row)

    async def delete(self, __ent___id):
        await self.application.store.delete___ent__(int(__ent___id))
        self.set_status(204)
''',
    '''
class HealthHandler(BaseHandler):
    def get(self):
        self.write_json({"ok": True})
''',
    '''
class __Ent__CreateHandler(BaseHandler):
    async def post(self):
        data = tornado.escape.json_decode(self.request.body or b"{}")
        name = str(data.get("name", "")).strip()
        if not name:
            raise tornado.web.HTTPError(400, reason="name is required")
        row = await self.application.store.create___ent__(name=name)
        self.write_json(row, status=201)
''',
    '''
class __Ent__SearchHandler(BaseHandler):
    async def get(self):
        term = self.get_argument("q", "").strip()
        if len(term) < 2:
            self.write_json({"items": []})
            return
        rows = await self.application.store.search___ents__(term, limit=25)
        self.write_json({"items": rows})
''',
    '''
class StatsHandler(BaseHandler):
    async def get(self):
        counts = await self.application.store.count___ents___by_status()
        self.write_json({"by_status": counts, "total": sum(counts.values())})
''',
]

WORKER_PRE = (["import logging", "from datetime import datetime, timedelta, timezone"],
              "log = logging.getLogger(__name__)")

WORKER = [
    (["from celery import shared_task", "from .models import __Ent__"], '''
@shared_task(bind=True, max_retries=3)
def purge_stale___ents__(self, days=30):
    cutoff = datetime.now(timezone.utc) - timedelta(days=days)
    deleted, _ = __Ent__.objects.filter(status="archived", updated_at__lt=cutoff).delete()
    log.info("purged %d archived __ents__", deleted)
    return deleted
'''),
    (["from celery import shared_task"], '''
@shared_task
def send_digest(user_id):
    from .mail import render_digest, send_mail
    body = render_digest(user_id)
    if not body:
        log.debug("nothing to send for %s", user_id)
        return False
    send_mail(user_id, subject="Your weekly summary", body=body)
    return True
'''),
    ([], '''
def backoff_delay(attempt, base=2.0, cap=300.0):
    return min(cap, base ** attempt)
'''),
    (["import requests"], '''
API_BASE = "https://api.example.com/v2"


def fetch_page(session, page, token):
    resp = session.get(
        f"{API_BASE}/__ents__",
        params={"page": page, "per_page": 100},
        headers={"Authorization": f"Bearer {token}"},
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()
'''),
    ([], '''
def run_forever(queue, handle, idle_sleep=1.0):
    import time
    while True:
        item = queue.get(timeout=30)
        if item is None:
            time.sleep(idle_sleep)
            continue
        try:
            handle(item)
        except Exception:
            log.exception("failed to handle %r", item)
'''),
]

CLI_PRE = (["import argparse", "import sys"], "")

CLI = [
    '''
def build_parser():
    parser = argparse.ArgumentParser(prog="__ents__", description="Manage __ents__ from the terminal")
    parser.add_argument("--verbose", "-v", action="store_true")
    sub = parser.add_subparsers(dest="command", required=True)
    ls = sub.add_parser("list", help="list __ents__")
    ls.add_argument("--limit", type=int, default=20)
    show = sub.add_parser("show", help="show one __ent__")
    show.add_argument("id", type=int)
    return parser
''',
    '''
def print_table(rows, columns):
    widths = {c: max(len(c), *(len(str(r.get(c, ""))) for r in rows)) if rows else len(c) for c in columns}
    print("  ".join(c.ljust(widths[c]) for c in columns))
    for row in rows:
        print("  ".join(str(row.get(c, "")).ljust(widths[c]) for c in columns))
''',
    '''
def confirm(question, default=False):
    suffix = " [Y/n] " if default else " [y/N] "
    answer = input(question + suffix).strip().lower()
    if not answer:
        return default
    return answer in ("y", "yes")
''',
]


def pick(rng, pool, n, avoid=()):
    cands = [b for b in pool if not any(a in (b[1] if isinstance(b, tuple) else b) for a in avoid)]
    n = min(n, len(cands))
    return rng.sample(cands, n)


def flavor_pool(flavor):
    return {
        "flask": (FLASK_PRE, FLASK), "django": (DJANGO_PRE, DJANGO),
        "fastapi": (FASTAPI_PRE, FASTAPI), "aiohttp": (AIOHTTP_PRE, AIOHTTP),
        "tornado": (TORNADO_PRE, TORNADO), "worker": (WORKER_PRE, WORKER),
        "cli": (CLI_PRE, CLI), "lib": (([], ""), []),
    }[flavor]


def host_parts(repo, rng, n_flavor, n_util, avoid=()):
    """Return (imports, pre, flavor_blocks, util_blocks) for a host module."""
    (pre_imps, pre), pool = flavor_pool(repo.flavor)
    if n_flavor == 0:
        pre_imps, pre, pool = [], "", []
    imports = list(pre_imps)
    fblocks = []
    if pool:
        # keep the order of the pool (it reads more naturally)
        chosen = pick(rng, pool, n_flavor, avoid)
        order = {id(b): i for i, b in enumerate(pool)}
        chosen.sort(key=lambda b: order[id(b)])
        for b in chosen:
            if isinstance(b, tuple):
                imports += b[0]
                fblocks.append(b[1])
            else:
                fblocks.append(b)
    ublocks = []
    for imps, code in pick(rng, UTIL, n_util, avoid):
        imports += imps
        ublocks.append(code)
    m = repo.e
    imports = [sub(i, m) for i in imports]
    return imports, sub(pre, m), [sub(b, m) for b in fblocks], [sub(b, m) for b in ublocks]


def build_host(repo, rng, special, extra_imports=(), n_flavor=4, n_util=2, position=None,
               avoid=(), docstring=None, header=True):
    """Host module: flavour blocks + utils with ``special`` inserted somewhere."""
    imports, pre, fb, ub = host_parts(repo, rng, n_flavor, n_util, avoid)
    blocks = list(fb)
    if special is not None:
        if position is None:
            position = rng.choice(["top", "middle", "end"])
        if position == "top":
            blocks.insert(0, special)
        elif position == "end":
            blocks.append(special)
        else:
            blocks.insert(max(1, len(blocks) // 2) if blocks else 0, special)
    blocks = ([pre] if pre else []) + blocks + ub
    hdr = license_header(rng, "py", repo.owner_display, repo.year) if header else ""
    return py_module(hdr, docstring, list(imports) + list(extra_imports), blocks)


def filler_module(repo, rng, avoid=()):
    """A complete ordinary module for a repo (clean)."""
    kind = rng.random()
    if repo.flavor in ("flask", "django", "fastapi", "aiohttp", "tornado") and kind < 0.55:
        name = {"flask": "views", "django": "views", "fastapi": repo.e["__ents__"],
                "aiohttp": "handlers", "tornado": repo.e["__ents__"]}[repo.flavor]
        path = repo.py("view", name)
        code = build_host(repo, rng, None, n_flavor=rng.randint(3, 6), n_util=rng.randint(0, 2), avoid=avoid)
        return path, code, f"ordinary {repo.flavor} {repo.e['__ent__']} endpoints"
    if repo.flavor in ("worker", "cli") and kind < 0.5:
        path = repo.py("task", rng.choice(["tasks", "maintenance", "commands", "sync"]))
        code = build_host(repo, rng, None, n_flavor=rng.randint(2, 4), n_util=rng.randint(1, 2), avoid=avoid)
        return path, code, f"ordinary {repo.flavor} module"
    name = rng.choice(["helpers", "common", "text", "dates", "numbers", "formatting", "collections_ext", "misc"])
    path = repo.py("util", name)
    imports, blocks = [], []
    for imps, code in pick(rng, UTIL, rng.randint(3, 6), avoid):
        imports += imps
        blocks.append(code)
    m = repo.e
    hdr = license_header(rng, "py", repo.owner_display, repo.year)
    doc = rng.choice([None, "Small helpers shared across the package.", f"Utility functions for {repo.project}."])
    return path, py_module(hdr, doc, [sub(i, m) for i in imports], [sub(b, m) for b in blocks]), "ordinary utility functions"


def models_module(repo, rng):
    m = repo.e
    if repo.flavor == "django":
        code = dedent('''
        from django.conf import settings
        from django.db import models


        class __Ent__(models.Model):
            STATUS_CHOICES = [("draft", "Draft"), ("active", "Active"), ("archived", "Archived")]

            owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="__ents__")
            name = models.CharField(max_length=120)
            status = models.CharField(max_length=16, choices=STATUS_CHOICES, default="draft")
            notes = models.TextField(blank=True)
            created_at = models.DateTimeField(auto_now_add=True)
            updated_at = models.DateTimeField(auto_now=True)

            class Meta:
                ordering = ["-created_at"]
                indexes = [models.Index(fields=["owner", "status"])]

            def __str__(self):
                return self.name

            def as_dict(self):
                return {
                    "id": self.pk,
                    "name": self.name,
                    "status": self.status,
                    "notes": self.notes,
                    "created_at": self.created_at.isoformat() if self.created_at else None,
                }
        ''')
        return repo.py("model", "models"), sub(code, m)
    if repo.flavor == "flask":
        code = dedent('''
        from datetime import datetime, timezone

        from flask_sqlalchemy import SQLAlchemy

        db = SQLAlchemy()


        def _now():
            return datetime.now(timezone.utc)


        class __Ent__(db.Model):
            __tablename__ = "__ents__"

            id = db.Column(db.Integer, primary_key=True)
            name = db.Column(db.String(120), nullable=False, index=True)
            status = db.Column(db.String(16), nullable=False, default="draft")
            notes = db.Column(db.Text, default="")
            created_at = db.Column(db.DateTime(timezone=True), default=_now)
            updated_at = db.Column(db.DateTime(timezone=True), default=_now, onupdate=_now)

            def to_dict(self):
                return {
                    "id": self.id,
                    "name": self.name,
                    "status": self.status,
                    "notes": self.notes,
                    "created_at": self.created_at.isoformat() if self.created_at else None,
                }
        ''')
        return repo.py("model", "models"), sub(code, m)
    code = dedent('''
    from datetime import datetime, timezone

    from sqlalchemy import Column, DateTime, Integer, String, Text
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()


    def _now():
        return datetime.now(timezone.utc)


    class __Ent__(Base):
        __tablename__ = "__ents__"

        id = Column(Integer, primary_key=True)
        name = Column(String(120), nullable=False, index=True)
        status = Column(String(16), nullable=False, default="draft")
        notes = Column(Text, default="")
        created_at = Column(DateTime(timezone=True), default=_now)
        updated_at = Column(DateTime(timezone=True), default=_now, onupdate=_now)

        def to_dict(self):
            return {
                "id": self.id,
                "name": self.name,
                "status": self.status,
                "notes": self.notes,
                "created_at": self.created_at.isoformat() if self.created_at else None,
            }
    ''')
    return repo.py("model", "models"), sub(code, m)


def test_module(repo, rng):
    m = repo.e
    variants = [
        '''
        import pytest

        from __PKG__.utils.helpers import safe_int, truncate


        @pytest.mark.parametrize("raw,expected", [("3", 3), ("x", 0), (None, 0), ("-2", -2)])
        def test_safe_int(raw, expected):
            assert safe_int(raw) == expected


        def test_safe_int_bounds():
            assert safe_int("500", maximum=100) == 100
            assert safe_int("-5", minimum=0) == 0


        def test_truncate_keeps_short_text():
            assert truncate("hello", 10) == "hello"


        def test_truncate_cuts_on_word_boundary():
            assert truncate("the quick brown fox jumps", 15) == "the quick..."
        ''',
        '''
        def test_list___ents___empty(client):
            resp = client.get("/api/__ents__/")
            assert resp.status_code == 200
            assert resp.get_json()["items"] == []


        def test_create___ent__(client):
            resp = client.post("/api/__ents__/", json={"name": "first"})
            assert resp.status_code == 201
            body = resp.get_json()
            assert body["name"] == "first"
            assert body["status"] == "draft"


        def test_create___ent___requires_name(client):
            resp = client.post("/api/__ents__/", json={})
            assert resp.status_code == 400
        ''',
        '''
        import unittest
        from datetime import date

        from __PKG__.utils.dates import add_business_days


        class BusinessDaysTest(unittest.TestCase):
            def test_skips_weekend(self):
                friday = date(2023, 6, 2)
                self.assertEqual(add_business_days(friday, 1), date(2023, 6, 5))

            def test_holidays(self):
                start = date(2023, 12, 22)
                self.assertEqual(add_business_days(start, 1, holidays={date(2023, 12, 25)}), date(2023, 12, 26))


        if __name__ == "__main__":
            unittest.main()
        ''',
    ]
    code = dedent(rng.choice(variants)).replace("__PKG__", repo.pkg)
    return repo.py("test", rng.choice(["test_helpers", f"test_{m['__ents__']}", "test_basic"])), sub(code, m)


def scaffold(repo, rng):
    """App entry points: Flask factory, FastAPI main, aiohttp/tornado app."""
    m = repo.e
    f = repo.flavor
    if f == "flask":
        code = dedent('''
        import os

        from flask import Flask

        from .models import db


        def create_app(config=None):
            app = Flask(__name__)
            app.config.from_mapping(
                SQLALCHEMY_DATABASE_URI=os.environ.get("DATABASE_URL", "sqlite:///__ents__.db"),
                SQLALCHEMY_TRACK_MODIFICATIONS=False,
                SECRET_KEY=os.environ.get("SECRET_KEY"),
                MAX_CONTENT_LENGTH=8 * 1024 * 1024,
            )
            if config:
                app.config.update(config)
            db.init_app(app)

            from .views.views import bp
            app.register_blueprint(bp)

            @app.get("/healthz")
            def healthz():
                return {"ok": True}

            return app
        ''')
        return f"{repo.pkg}/__init__.py", sub(code, m), "Flask application factory"
    if f == "fastapi":
        code = dedent('''
        import logging

        from fastapi import FastAPI
        from fastapi.middleware.cors import CORSMiddleware

        from app.core.config import settings
        from app.routers import __ents__

        logging.basicConfig(level=settings.log_level)

        app = FastAPI(title="__PROJECT__", version="0.1.0")
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "PUT", "DELETE"],
            allow_headers=["Authorization", "Content-Type"],
        )
        app.include_router(__ents__.router)


        @app.get("/healthz")
        def healthz():
            return {"status": "ok"}
        ''').replace("__PROJECT__", repo.project)
        return "app/main.py", sub(code, m), "FastAPI entry point"
    if f == "aiohttp":
        code = dedent('''
        import logging
        import os

        from aiohttp import web

        from .web.routes import routes


        def make_app():
            app = web.Application(client_max_size=4 * 1024 ** 2)
            app.add_routes(routes)
            return app


        def main():
            logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
            web.run_app(make_app(), host="127.0.0.1", port=int(os.environ.get("PORT", "8080")))


        if __name__ == "__main__":
            main()
        ''')
        return f"{repo.pkg}/app.py", code, "aiohttp entry point"
    if f == "tornado":
        code = dedent('''
        import os

        import tornado.ioloop
        import tornado.web

        from .handlers import __ents__ as h


        def make_app(store):
            app = tornado.web.Application(
                [
                    (r"/__ents__", h.__Ent__ListHandler),
                    (r"/__ents__/([0-9]+)", h.__Ent__Handler),
                    (r"/healthz", h.HealthHandler),
                ],
                cookie_secret=os.environ["COOKIE_SECRET"],
                xsrf_cookies=True,
            )
            app.store = store
            return app


        if __name__ == "__main__":
            from .store import Store
            make_app(Store.from_env()).listen(int(os.environ.get("PORT", "8888")))
            tornado.ioloop.IOLoop.current().start()
        ''')
        return f"{repo.pkg}/server.py", sub(code, m), "Tornado entry point"
    if f == "cli":
        code = dedent('''
        import argparse
        import logging
        import sys

        from . import __version__


        def main(argv=None):
            parser = argparse.ArgumentParser(prog="__PROJECT__")
            parser.add_argument("--version", action="version", version=__version__)
            parser.add_argument("-v", "--verbose", action="count", default=0)
            sub = parser.add_subparsers(dest="command", required=True)
            sub.add_parser("status", help="show current status")
            args = parser.parse_args(argv)
            logging.basicConfig(level=logging.DEBUG if args.verbose > 1 else logging.INFO)
            if args.command == "status":
                print("ok")
            return 0


        if __name__ == "__main__":
            sys.exit(main())
        ''').replace("__PROJECT__", repo.project)
        return f"{repo.pkg}/__main__.py", code, "CLI entry point"
    return None
