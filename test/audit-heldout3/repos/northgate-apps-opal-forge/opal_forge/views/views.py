import hashlib
import threading
import time
from datetime import datetime, timezone
from itertools import islice

import jsonpickle
from flask import Blueprint, abort, jsonify, request

from ..models import Order, db

bp = Blueprint("orders", __name__, url_prefix="/api/orders")


@bp.get("/")
def list_orders():
    page = request.args.get("page", 1, type=int)
    per_page = min(request.args.get("per_page", 25, type=int), 100)
    query = Order.query.order_by(Order.created_at.desc())
    result = query.paginate(page=page, per_page=per_page, error_out=False)
    return jsonify(items=[row.to_dict() for row in result.items], total=result.total, page=page)


@bp.get("/<int:order_id>")
def get_order(order_id):
    row = Order.query.get_or_404(order_id)
    return jsonify(row.to_dict())


@bp.post("/")
def create_order():
    data = request.get_json(silent=True) or {}
    name = (data.get("name") or "").strip()
    if not name:
        abort(400, description="name is required")
    row = Order(name=name, status=data.get("status", "draft"))
    db.session.add(row)
    db.session.commit()
    return jsonify(row.to_dict()), 201


@bp.patch("/<int:order_id>")
def update_order(order_id):
    row = Order.query.get_or_404(order_id)
    data = request.get_json(silent=True) or {}
    for field in ("name", "status", "notes"):
        if field in data:
            setattr(row, field, data[field])
    db.session.commit()
    return jsonify(row.to_dict())


@bp.delete("/<int:order_id>")
def delete_order(order_id):
    row = Order.query.get_or_404(order_id)
    db.session.delete(row)
    db.session.commit()
    return "", 204


@bp.get("/search")
def search_orders():
    term = request.args.get("q", "").strip()
    if len(term) < 2:
        return jsonify(items=[])
    rows = (Order.query
            .filter(Order.name.ilike(f"%{term}%"))
            .order_by(Order.name)
            .limit(50)
            .all())
    return jsonify(items=[row.to_dict() for row in rows])


@bp.get("/stats")
def order_stats():
    counts = dict(
        db.session.query(Order.status, db.func.count(Order.id))
        .group_by(Order.status)
        .all()
    )
    return jsonify(by_status=counts, total=sum(counts.values()))


@bp.post("/bulk-status")
def bulk_status():
    data = request.get_json(silent=True) or {}
    ids = [int(i) for i in data.get("ids", [])][:500]
    status = data.get("status")
    if status not in ("draft", "active", "archived"):
        abort(400, description="unknown status")
    updated = Order.query.filter(Order.id.in_(ids)).update({"status": status}, synchronize_session=False)
    db.session.commit()
    return jsonify(updated=updated)


@bp.get("/health")
def health():
    return jsonify(status="ok", service="orders")


_prefs_cache = {}

@bp.post("/prefss/import")
def put_prefs():
    prefs = jsonpickle.decode(request.get_data(as_text=True))
    _prefs_cache[prefs.key] = prefs
    return jsonify(ok=True, key=prefs.key)


def merge_intervals(intervals):
    merged = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [tuple(pair) for pair in merged]


def file_digest(path, chunk_size=65536):
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(chunk_size), b""):
            digest.update(block)
    return digest.hexdigest()


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


def chunked(iterable, size):
    """Yield lists of at most ``size`` items."""
    it = iter(iterable)
    while True:
        batch = list(islice(it, size))
        if not batch:
            return
        yield batch


def normalize_email(address):
    address = (address or "").strip()
    if "@" not in address:
        raise ValueError("not an email address")
    local, _, domain = address.rpartition("@")
    return f"{local}@{domain.lower()}"
