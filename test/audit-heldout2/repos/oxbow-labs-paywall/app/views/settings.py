import csv
import io
import secrets

from flask import Blueprint, Response, abort, jsonify, request

from ..db import get_db


bp = Blueprint("subscriptions", __name__, url_prefix="/api/subscriptions")


@bp.route("/clients/<int:client_id>/api-key", methods=["POST"])
def rotate_api_key(client_id):
  # Generate a new API key for the user
  key = secrets.token_urlsafe(32)
  db = get_db()
  db.execute("UPDATE clients SET api_key = ? WHERE id = ?", (key, client_id))
  db.commit()
  return jsonify({"api_key": key}), 201


def _serialize(row):
  return {
    "id": row["id"],
    "plan": row["plan"],
    "state": row["state"],
    "renews_at": row["renews_at"],
    "created_at": row["created_at"],
  }


@bp.route("/stats", methods=["GET"])
def subscription_stats():
  rows = get_db().execute(
    "SELECT state, COUNT(*) AS n FROM subscriptions GROUP BY state ORDER BY n DESC"
  ).fetchall()
  return jsonify({str(r["state"]): r["n"] for r in rows})


@bp.route("/export.csv", methods=["GET"])
def export_csv():
  rows = get_db().execute("SELECT id, plan, state, renews_at FROM subscriptions ORDER BY id").fetchall()
  buf = io.StringIO()
  writer = csv.writer(buf)
  writer.writerow(["id", "plan", "state", "renews_at"])
  for row in rows:
    writer.writerow([row["id"], row["plan"], row["state"], row["renews_at"]])
  return Response(
    buf.getvalue(),
    mimetype="text/csv",
    headers={"Content-Disposition": "attachment; filename=subscriptions.csv"},
  )


@bp.route("/bulk", methods=["POST"])
def bulk_insert():
  items = request.get_json(silent=True)
  if not isinstance(items, list) or len(items) > 500:
    return jsonify({"error": "expected a list of at most 500 items"}), 400
  rows = [(i.get("plan"), i.get("state"), i.get("renews_at")) for i in items]
  db = get_db()
  db.executemany("INSERT INTO subscriptions (plan, state, renews_at) VALUES (?, ?, ?)", rows)
  db.commit()
  return jsonify({"inserted": len(rows)}), 201
