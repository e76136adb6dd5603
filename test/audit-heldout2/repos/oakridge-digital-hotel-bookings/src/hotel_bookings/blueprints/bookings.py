from flask import Blueprint, abort, jsonify, request

from ..db import get_db


bp = Blueprint("bookings", __name__, url_prefix="/api/bookings")


def _row_to_dict(row):
    return {
        "id": row["id"],
        "guest_name": row["guest_name"],
        "check_in": row["check_in"],
        "nights": row["nights"],
        "created_at": row["created_at"],
    }


def _int_arg(name, default, upper=None):
    try:
        value = int(request.args.get(name, default))
    except (TypeError, ValueError):
        value = default
    if upper is not None:
        value = min(value, upper)
    return max(value, 0)


@bp.route("/", methods=["GET"])
def list_bookings():
    page = max(int(request.args.get("page", 1)), 1)
    per_page = min(int(request.args.get("per_page", 25)), 100)
    rows = get_db().execute(
        "SELECT * FROM bookings ORDER BY id DESC LIMIT ? OFFSET ?",
        (per_page, (page - 1) * per_page),
    ).fetchall()
    return jsonify({"items": [_row_to_dict(r) for r in rows], "page": page})


@bp.route("/search", methods=["GET"])
def search_bookings():
    term = (request.args.get("q") or "").strip()
    if len(term) < 2:
        return jsonify([])
    rows = get_db().execute(
        "SELECT * FROM bookings WHERE guest_name LIKE ? ORDER BY guest_name LIMIT 50",
        ("%" + term + "%",),
    ).fetchall()
    return jsonify([_row_to_dict(r) for r in rows])


@bp.route("/bulk", methods=["POST"])
def bulk_insert():
    items = request.get_json(silent=True)
    if not isinstance(items, list) or len(items) > 500:
        return jsonify({"error": "expected a list of at most 500 items"}), 400
    rows = [(i.get("guest_name"), i.get("check_in"), i.get("nights")) for i in items]
    db = get_db()
    db.executemany("INSERT INTO bookings (guest_name, check_in, nights) VALUES (?, ?, ?)", rows)
    db.commit()
    return jsonify({"inserted": len(rows)}), 201
