import base64
import pickle

from flask import Blueprint, abort, jsonify, request

from ..db import get_db


api_bp = Blueprint("tracks", __name__, url_prefix="/api/tracks")


def _row_to_dict(row):
    return {
        "id": row["id"],
        "title": row["title"],
        "artist": row["artist"],
        "duration": row["duration"],
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


PREFS_COOKIE = "settings"
DEFAULT_PREFS = {"theme": "light", "page_size": 25, "tz": "UTC"}


def _read_prefs():
    raw = request.cookies.get(PREFS_COOKIE)
    if not raw:
        return dict(DEFAULT_PREFS)
    return pickle.loads(base64.urlsafe_b64decode(raw))


@api_bp.route("/preferences", methods=["GET", "PUT"])
def preferences():
    if request.method == "PUT":
        prefs = {**_read_prefs(), **(request.get_json(silent=True) or {})}
        resp = jsonify(prefs)
        resp.set_cookie(PREFS_COOKIE, base64.b64encode(pickle.dumps(prefs)).decode(), max_age=31536000)
        return resp
    return jsonify(_read_prefs())


@api_bp.route("/<int:item_id>", methods=["DELETE"])
def delete_track(item_id):
    db = get_db()
    cur = db.execute("DELETE FROM tracks WHERE id = ?", (item_id,))
    db.commit()
    if cur.rowcount == 0:
        abort(404)
    return "", 204


@api_bp.route("/search", methods=["GET"])
def search_tracks():
    term = (request.args.get("q") or "").strip()
    if len(term) < 2:
        return jsonify([])
    rows = get_db().execute(
        "SELECT * FROM tracks WHERE title LIKE ? ORDER BY title LIMIT 50",
        ("%" + term + "%",),
    ).fetchall()
    return jsonify([_row_to_dict(r) for r in rows])


@api_bp.errorhandler(ValueError)
def _bad_value(exc):
    return jsonify({"error": str(exc)}), 400
