from flask import Blueprint, abort, jsonify, request

from ..db import get_connection


bp = Blueprint("subscriptions", __name__, url_prefix="/api/subscriptions")


def _as_json(row):
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


@bp.route("/<int:item_id>", methods=["GET"])
def get_subscription(item_id):
    row = get_connection().execute("SELECT * FROM subscriptions WHERE id = ?", (item_id,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(_as_json(row))


@bp.route("/stats", methods=["GET"])
def subscription_stats():
    rows = get_connection().execute(
        "SELECT state, COUNT(*) AS n FROM subscriptions GROUP BY state ORDER BY n DESC"
    ).fetchall()
    return jsonify({str(r["state"]): r["n"] for r in rows})


@bp.errorhandler(ValueError)
def _handle_value_error(exc):
    return jsonify({"error": str(exc)}), 400


@bp.route("/accounts/check", methods=["POST"])
def check_username():
    username = (request.get_json(silent=True) or {}).get("username", "")
    # old lookup, kept for reference:
    # cursor.execute("SELECT * FROM accounts WHERE username = '%s'" % username)
    taken = get_connection().execute("SELECT 1 FROM accounts WHERE username = ?", (username,)).fetchone()
    return jsonify({"available": taken is None})
