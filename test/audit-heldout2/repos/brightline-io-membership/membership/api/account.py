import random
import string

from flask import Blueprint, abort, jsonify, request

from ..db import db_conn


bp = Blueprint("members", __name__, url_prefix="/api/members")


def new_api_key(length=40):
    # Generate a new API key for the client
    alphabet = string.ascii_letters + string.digits
    return "".join(random.choice(alphabet) for _ in range(length))


@bp.route("/clients/<int:client_id>/api-key", methods=["POST"])
def rotate_api_key(client_id):
    key = new_api_key()
    db = db_conn()
    db.execute("UPDATE clients SET api_key = ? WHERE id = ?", (key, client_id))
    db.commit()
    return jsonify({"api_key": key}), 201


def _to_dict(row):
    return {
        "id": row["id"],
        "email": row["email"],
        "role": row["role"],
        "joined_on": row["joined_on"],
        "created_at": row["created_at"],
    }


@bp.route("/", methods=["GET"])
def list_members():
    page = max(int(request.args.get("page", 1)), 1)
    per_page = min(int(request.args.get("per_page", 25)), 100)
    rows = db_conn().execute(
        "SELECT * FROM members ORDER BY id DESC LIMIT ? OFFSET ?",
        (per_page, (page - 1) * per_page),
    ).fetchall()
    return jsonify({"items": [_to_dict(r) for r in rows], "page": page})


@bp.route("/<int:item_id>", methods=["GET"])
def get_member(item_id):
    row = db_conn().execute("SELECT * FROM members WHERE id = ?", (item_id,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(_to_dict(row))


UPDATABLE_FIELDS = {"email", "role", "joined_on"}


@bp.route("/<int:item_id>", methods=["PATCH"])
def update_member(item_id):
    data = request.get_json(silent=True) or {}
    changes = {k: v for k, v in data.items() if k in UPDATABLE_FIELDS}
    if not changes:
        return jsonify({"error": "nothing to update"}), 400
    assignments = ", ".join("%s = ?" % column for column in sorted(changes))
    values = [changes[column] for column in sorted(changes)]
    db = db_conn()
    db.execute("UPDATE members SET " + assignments + " WHERE id = ?", (*values, item_id))
    db.commit()
    return jsonify({"updated": sorted(changes)})


@bp.route("/stats", methods=["GET"])
def member_stats():
    rows = db_conn().execute(
        "SELECT role, COUNT(*) AS n FROM members GROUP BY role ORDER BY n DESC"
    ).fetchall()
    return jsonify({str(r["role"]): r["n"] for r in rows})


@bp.route("/search", methods=["GET"])
def search_members():
    term = (request.args.get("q") or "").strip()
    if len(term) < 2:
        return jsonify([])
    rows = db_conn().execute(
        "SELECT * FROM members WHERE email LIKE ? ORDER BY email LIMIT 50",
        ("%" + term + "%",),
    ).fetchall()
    return jsonify([_to_dict(r) for r in rows])


@bp.route("/bulk", methods=["POST"])
def bulk_insert():
    items = request.get_json(silent=True)
    if not isinstance(items, list) or len(items) > 500:
        return jsonify({"error": "expected a list of at most 500 items"}), 400
    rows = [(i.get("email"), i.get("role"), i.get("joined_on")) for i in items]
    db = db_conn()
    db.executemany("INSERT INTO members (email, role, joined_on) VALUES (?, ?, ?)", rows)
    db.commit()
    return jsonify({"inserted": len(rows)}), 201
