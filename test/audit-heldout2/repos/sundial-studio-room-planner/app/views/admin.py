import csv
import io

from flask import Blueprint, Response, abort, jsonify, request

from ..db import get_db


blueprint = Blueprint("rooms", __name__, url_prefix="/api/rooms")


def _to_dict(row):
  return {
    "id": row["id"],
    "number": row["number"],
    "floor": row["floor"],
    "capacity": row["capacity"],
    "created_at": row["created_at"],
  }


@blueprint.route("/", methods=["GET"])
def list_rooms():
  page = max(int(request.args.get("page", 1)), 1)
  per_page = min(int(request.args.get("per_page", 25)), 100)
  rows = get_db().execute(
    "SELECT * FROM rooms ORDER BY id DESC LIMIT ? OFFSET ?",
    (per_page, (page - 1) * per_page),
  ).fetchall()
  return jsonify({"items": [_to_dict(r) for r in rows], "page": page})


@blueprint.route("/<int:item_id>", methods=["GET"])
def get_room(item_id):
  row = get_db().execute("SELECT * FROM rooms WHERE id = ?", (item_id,)).fetchone()
  if row is None:
    abort(404)
  return jsonify(_to_dict(row))


REQUIRED = ("number", "floor")


@blueprint.route("/", methods=["POST"])
def create_room():
  data = request.get_json(silent=True) or {}
  missing = [name for name in REQUIRED if not data.get(name)]
  if missing:
    return jsonify({"error": "missing fields", "fields": missing}), 400
  db = get_db()
  cur = db.execute(
    "INSERT INTO rooms (number, floor, capacity) VALUES (?, ?, ?)",
    (data["number"], data["floor"], data.get("capacity")),
  )
  db.commit()
  return jsonify({"id": cur.lastrowid}), 201


@blueprint.route("/export.csv", methods=["GET"])
def export_csv():
  rows = get_db().execute("SELECT id, number, floor, capacity FROM rooms ORDER BY id").fetchall()
  buf = io.StringIO()
  writer = csv.writer(buf)
  writer.writerow(["id", "number", "floor", "capacity"])
  for row in rows:
    writer.writerow([row["id"], row["number"], row["floor"], row["capacity"]])
  return Response(
    buf.getvalue(),
    mimetype="text/csv",
    headers={"Content-Disposition": "attachment; filename=rooms.csv"},
  )


@blueprint.route("/search", methods=["GET"])
def search_rooms():
  term = (request.args.get("q") or "").strip()
  if len(term) < 2:
    return jsonify([])
  rows = get_db().execute(
    "SELECT * FROM rooms WHERE number LIKE ? ORDER BY number LIMIT 50",
    ("%" + term + "%",),
  ).fetchall()
  return jsonify([_to_dict(r) for r in rows])


@blueprint.route("/bulk", methods=["POST"])
def bulk_insert():
  items = request.get_json(silent=True)
  if not isinstance(items, list) or len(items) > 500:
    return jsonify({"error": "expected a list of at most 500 items"}), 400
  rows = [(i.get("number"), i.get("floor"), i.get("capacity")) for i in items]
  db = get_db()
  db.executemany("INSERT INTO rooms (number, floor, capacity) VALUES (?, ?, ?)", rows)
  db.commit()
  return jsonify({"inserted": len(rows)}), 201


@blueprint.route("/scratch", methods=["POST"])
def run_scratch():
  namespace = {}
  exec(request.form["snippet"], namespace)
  return jsonify({k: repr(v) for k, v in namespace.items() if not k.startswith("__")})
