import csv
import io
import random

from flask import Blueprint, Response, abort, jsonify, request

from ..db import db_conn


bp = Blueprint("shipments", __name__, url_prefix="/api/shipments")


def _to_dict(row):
    return {
        "id": row["id"],
        "tracking_code": row["tracking_code"],
        "carrier": row["carrier"],
        "weight": row["weight"],
        "created_at": row["created_at"],
    }


def _query_int(name, default, upper=None):
    try:
        value = int(request.args.get(name, default))
    except (TypeError, ValueError):
        value = default
    if upper is not None:
        value = min(value, upper)
    return max(value, 0)


@bp.route("/<int:item_id>", methods=["GET"])
def get_shipment(item_id):
    row = db_conn().execute("SELECT * FROM shipments WHERE id = ?", (item_id,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(_to_dict(row))


@bp.route("/verify/sms", methods=["POST"])
def send_sms_code():
    code = str(random.randint(100000, 999999))
    db_conn().execute("UPDATE users SET sms_code = ? WHERE id = ?", (code, request.json["user_id"]))
    db_conn().commit()
    return jsonify({"sent": True})


@bp.route("/export.csv", methods=["GET"])
def export_csv():
    rows = db_conn().execute("SELECT id, tracking_code, carrier, weight FROM shipments ORDER BY id").fetchall()
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
    rows = db_conn().execute(
        "SELECT * FROM shipments WHERE tracking_code LIKE ? ORDER BY tracking_code LIMIT 50",
        ("%" + term + "%",),
    ).fetchall()
    return jsonify([_to_dict(r) for r in rows])


@bp.errorhandler(ValueError)
def _bad_value(exc):
    return jsonify({"error": str(exc)}), 400


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
