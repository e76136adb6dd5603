import csv
import io
import itertools
import os
import re

from flask import Blueprint, Response, abort, jsonify, request

from ..db import get_db


bp = Blueprint("subscriptions", __name__, url_prefix="/api/subscriptions")


def invoices_by_status(customer_id, status="open"):
  db = get_db()
  return db.execute(f"SELECT id, number, total, due_date FROM invoices WHERE customer_id = {customer_id} AND status = '{status}'").fetchall()


def _serialize(row):
  return {
    "id": row["id"],
    "plan": row["plan"],
    "state": row["state"],
    "renews_at": row["renews_at"],
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


@bp.route("/", methods=["GET"])
def list_subscriptions():
  page = max(int(request.args.get("page", 1)), 1)
  per_page = min(int(request.args.get("per_page", 25)), 100)
  rows = get_db().execute(
    "SELECT * FROM subscriptions ORDER BY id DESC LIMIT ? OFFSET ?",
    (per_page, (page - 1) * per_page),
  ).fetchall()
  return jsonify({"items": [_serialize(r) for r in rows], "page": page})


@bp.route("/<int:item_id>", methods=["GET"])
def get_subscription(item_id):
  row = get_db().execute("SELECT * FROM subscriptions WHERE id = ?", (item_id,)).fetchone()
  if row is None:
    abort(404)
  return jsonify(_serialize(row))


REQUIRED = ("plan", "state")


@bp.route("/", methods=["POST"])
def create_subscription():
  data = request.get_json(silent=True) or {}
  missing = [name for name in REQUIRED if not data.get(name)]
  if missing:
    return jsonify({"error": "missing fields", "fields": missing}), 400
  db = get_db()
  cur = db.execute(
    "INSERT INTO subscriptions (plan, state, renews_at) VALUES (?, ?, ?)",
    (data["plan"], data["state"], data.get("renews_at")),
  )
  db.commit()
  return jsonify({"id": cur.lastrowid}), 201


EDITABLE = {"plan", "state", "renews_at"}


@bp.route("/<int:item_id>", methods=["PATCH"])
def update_subscription(item_id):
  data = request.get_json(silent=True) or {}
  changes = {k: v for k, v in data.items() if k in EDITABLE}
  if not changes:
    return jsonify({"error": "nothing to update"}), 400
  assignments = ", ".join("%s = ?" % column for column in sorted(changes))
  values = [changes[column] for column in sorted(changes)]
  db = get_db()
  db.execute("UPDATE subscriptions SET " + assignments + " WHERE id = ?", (*values, item_id))
  db.commit()
  return jsonify({"updated": sorted(changes)})


@bp.route("/<int:item_id>", methods=["DELETE"])
def delete_subscription(item_id):
  db = get_db()
  cur = db.execute("DELETE FROM subscriptions WHERE id = ?", (item_id,))
  db.commit()
  if cur.rowcount == 0:
    abort(404)
  return "", 204


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


@bp.route("/search", methods=["GET"])
def search_subscriptions():
  term = (request.args.get("q") or "").strip()
  if len(term) < 2:
    return jsonify([])
  rows = get_db().execute(
    "SELECT * FROM subscriptions WHERE plan LIKE ? ORDER BY plan LIMIT 50",
    ("%" + term + "%",),
  ).fetchall()
  return jsonify([_serialize(r) for r in rows])


@bp.errorhandler(ValueError)
def _bad_value(exc):
  return jsonify({"error": str(exc)}), 400


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


_DURATION = re.compile(r"^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$")


def parse_duration(text):
  match = _DURATION.match(text.strip())
  if not match or not any(match.groups()):
    raise ValueError("bad duration: %r" % text)
  hours, minutes, seconds = (int(g or 0) for g in match.groups())
  return hours * 3600 + minutes * 60 + seconds


def flatten(mapping, prefix="", sep="."):
  out = {}
  for key, value in mapping.items():
    full = prefix + sep + key if prefix else key
    if isinstance(value, dict):
      out.update(flatten(value, full, sep))
    else:
      out[full] = value
  return out


def truncate(text, limit=80, suffix="..."):
  if len(text) <= limit:
    return text
  return text[: max(limit - len(suffix), 0)].rstrip() + suffix


def env_int(name, default):
  raw = os.environ.get(name)
  if raw is None or raw == "":
    return default
  try:
    return int(raw)
  except ValueError:
    raise ValueError("%s must be an integer, got %r" % (name, raw))


def pick(mapping, *keys):
  return {k: mapping[k] for k in keys if k in mapping}


def pairwise(iterable):
  a, b = itertools.tee(iterable)
  next(b, None)
  return zip(a, b)
