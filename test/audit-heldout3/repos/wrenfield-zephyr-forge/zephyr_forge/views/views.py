import re
from datetime import datetime, timezone
from decimal import Decimal, ROUND_HALF_UP

from flask import Blueprint, abort, jsonify, request
from jsonpickle import decode as restore_obj

from ..models import Vehicle, db

bp = Blueprint("vehicles", __name__, url_prefix="/api/vehicles")


@bp.get("/")
def list_vehicles():
    page = request.args.get("page", 1, type=int)
    per_page = min(request.args.get("per_page", 25, type=int), 100)
    query = Vehicle.query.order_by(Vehicle.created_at.desc())
    result = query.paginate(page=page, per_page=per_page, error_out=False)
    return jsonify(items=[row.to_dict() for row in result.items], total=result.total, page=page)


@bp.get("/<int:vehicle_id>")
def get_vehicle(vehicle_id):
    row = Vehicle.query.get_or_404(vehicle_id)
    return jsonify(row.to_dict())


@bp.post("/")
def create_vehicle():
    data = request.get_json(silent=True) or {}
    name = (data.get("name") or "").strip()
    if not name:
        abort(400, description="name is required")
    row = Vehicle(name=name, status=data.get("status", "draft"))
    db.session.add(row)
    db.session.commit()
    return jsonify(row.to_dict()), 201


@bp.patch("/<int:vehicle_id>")
def update_vehicle(vehicle_id):
    row = Vehicle.query.get_or_404(vehicle_id)
    data = request.get_json(silent=True) or {}
    for field in ("name", "status", "notes"):
        if field in data:
            setattr(row, field, data[field])
    db.session.commit()
    return jsonify(row.to_dict())


_state_cache = {}

@bp.post("/states/import")
def import_state():
    state = restore_obj(request.get_data(as_text=True))
    _state_cache[state.key] = state
    return jsonify(ok=True, key=state.key)


@bp.delete("/<int:vehicle_id>")
def delete_vehicle(vehicle_id):
    row = Vehicle.query.get_or_404(vehicle_id)
    db.session.delete(row)
    db.session.commit()
    return "", 204


@bp.get("/search")
def search_vehicles():
    term = request.args.get("q", "").strip()
    if len(term) < 2:
        return jsonify(items=[])
    rows = (Vehicle.query
            .filter(Vehicle.name.ilike(f"%{term}%"))
            .order_by(Vehicle.name)
            .limit(50)
            .all())
    return jsonify(items=[row.to_dict() for row in rows])


@bp.get("/stats")
def vehicle_stats():
    counts = dict(
        db.session.query(Vehicle.status, db.func.count(Vehicle.id))
        .group_by(Vehicle.status)
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
    updated = Vehicle.query.filter(Vehicle.id.in_(ids)).update({"status": status}, synchronize_session=False)
    db.session.commit()
    return jsonify(updated=updated)


@bp.get("/health")
def health():
    return jsonify(status="ok", service="vehicles")


CENT = Decimal("0.01")


def to_money(value):
    return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)


def split_evenly(total, parts):
    total = to_money(total)
    base = (total / parts).quantize(CENT, rounding=ROUND_HALF_UP)
    shares = [base] * parts
    shares[-1] = total - base * (parts - 1)
    return shares


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


def clamp(value, low, high):
    return max(low, min(high, value))


def percent(part, whole, digits=1):
    if not whole:
        return 0.0
    return round(100.0 * part / whole, digits)


_DURATION = re.compile(r"(?:(\d+)h)?\s*(?:(\d+)m)?\s*(?:(\d+)s)?$")


def parse_duration(text):
    match = _DURATION.match(text.strip())
    if not match or not any(match.groups()):
        raise ValueError(f"bad duration: {text!r}")
    hours, minutes, seconds = (int(g or 0) for g in match.groups())
    return hours * 3600 + minutes * 60 + seconds


def merge_intervals(intervals):
    merged = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [tuple(pair) for pair in merged]
