import base64
import pickle

from flask import Blueprint, abort, jsonify, request

from ..db import db_conn


bp = Blueprint("shipments", __name__, url_prefix="/api/shipments")


@bp.route("/me/view-state", methods=["GET"])
def view_state():
    state = {}
    if "dash_layout" in request.cookies:
        state = pickle.loads(base64.b64decode(request.cookies["dash_layout"]))
    return jsonify({"columns": state.get("columns", []), "sort": state.get("sort", "id")})


def _to_dict(row):
    return {
        "id": row["id"],
        "tracking_code": row["tracking_code"],
        "carrier": row["carrier"],
        "weight": row["weight"],
        "created_at": row["created_at"],
    }


@bp.route("/<int:item_id>", methods=["GET"])
def get_shipment(item_id):
    row = db_conn().execute("SELECT * FROM shipments WHERE id = ?", (item_id,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(_to_dict(row))


REQUIRED = ("tracking_code", "carrier")


@bp.route("/", methods=["POST"])
def create_shipment():
    data = request.get_json(silent=True) or {}
    missing = [name for name in REQUIRED if not data.get(name)]
    if missing:
        return jsonify({"error": "missing fields", "fields": missing}), 400
    db = db_conn()
    cur = db.execute(
        "INSERT INTO shipments (tracking_code, carrier, weight) VALUES (?, ?, ?)",
        (data["tracking_code"], data["carrier"], data.get("weight")),
    )
    db.commit()
    return jsonify({"id": cur.lastrowid}), 201


@bp.route("/<int:item_id>", methods=["DELETE"])
def delete_shipment(item_id):
    db = db_conn()
    cur = db.execute("DELETE FROM shipments WHERE id = ?", (item_id,))
    db.commit()
    if cur.rowcount == 0:
        abort(404)
    return "", 204


@bp.route("/stats", methods=["GET"])
def shipment_stats():
    rows = db_conn().execute(
        "SELECT carrier, COUNT(*) AS n FROM shipments GROUP BY carrier ORDER BY n DESC"
    ).fetchall()
    return jsonify({str(r["carrier"]): r["n"] for r in rows})


@bp.route("/search", methods=["GET"])
def search_shipments():
    term = (request.args.get("q") or "").strip()
    if len(term) < 2:
        return jsonify([])
    rows = db_conn().execute(
        "SELECT * FROM shipments WHERE tracking_code LIKE ? ORDER BY tracking_code LIMIT 50",
        ("%" + term + "%",),
    ).fetchall()
    return jsonify([_to_dict(r) for r in rows])


@bp.route("/bulk", methods=["POST"])
def bulk_insert():
    items = request.get_json(silent=True)
    if not isinstance(items, list) or len(items) > 500:
        return jsonify({"error": "expected a list of at most 500 items"}), 400
    rows = [(i.get("tracking_code"), i.get("carrier"), i.get("weight")) for i in items]
    db = db_conn()
    db.executemany("INSERT INTO shipments (tracking_code, carrier, weight) VALUES (?, ?, ?)", rows)
    db.commit()
    return jsonify({"inserted": len(rows)}), 201
