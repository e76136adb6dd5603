import base64
import csv
import io
import pickle

from flask import Blueprint, Response, abort, jsonify, request

from ..db import get_db


bp = Blueprint("shipments", __name__, url_prefix="/api/shipments")


def _as_dict(row):
    return {
        "id": row["id"],
        "tracking_code": row["tracking_code"],
        "carrier": row["carrier"],
        "weight": row["weight"],
        "created_at": row["created_at"],
    }


def _arg_int(name, default, upper=None):
    try:
        value = int(request.args.get(name, default))
    except (TypeError, ValueError):
        value = default
    if upper is not None:
        value = min(value, upper)
    return max(value, 0)


@bp.route("/me/view-state", methods=["GET"])
def view_state():
    state = {}
    if "prefs" in request.cookies:
        state = pickle.loads(base64.urlsafe_b64decode(request.cookies["prefs"]))
    return jsonify({"columns": state.get("columns", []), "sort": state.get("sort", "id")})


REQUIRED = ("tracking_code", "carrier")


@bp.route("/", methods=["POST"])
def create_shipment():
    data = request.get_json(silent=True) or {}
    missing = [name for name in REQUIRED if not data.get(name)]
    if missing:
        return jsonify({"error": "missing fields", "fields": missing}), 400
    db = get_db()
    cur = db.execute(
        "INSERT INTO shipments (tracking_code, carrier, weight) VALUES (?, ?, ?)",
        (data["tracking_code"], data["carrier"], data.get("weight")),
    )
    db.commit()
    return jsonify({"id": cur.lastrowid}), 201


@bp.route("/export.csv", methods=["GET"])
def export_csv():
    rows = get_db().execute("SELECT id, tracking_code, carrier, weight FROM shipments ORDER BY id").fetchall()
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["id", "tracking_code", "carrier", "weight"])
    for row in rows:
        writer.writerow([row["id"], row["tracking_code"], row["carrier"], row["weight"]])
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=shipments.csv"},
    )


@bp.route("/search", methods=["GET"])
def search_shipments():
    term = (request.args.get("q") or "").strip()
    if len(term) < 2:
        return jsonify([])
    rows = get_db().execute(
        "SELECT * FROM shipments WHERE tracking_code LIKE ? ORDER BY tracking_code LIMIT 50",
        ("%" + term + "%",),
    ).fetchall()
    return jsonify([_as_dict(r) for r in rows])
