import base64
import pickle

from flask import Blueprint, abort, jsonify, request

from ..db import db_conn


blueprint = Blueprint("notes", __name__, url_prefix="/api/notes")


def _serialize(row):
    return {
        "id": row["id"],
        "title": row["title"],
        "body": row["body"],
        "pinned": row["pinned"],
        "created_at": row["created_at"],
    }


PREFS_COOKIE = "viewstate"
DEFAULT_PREFS = {"theme": "light", "page_size": 25, "tz": "UTC"}


def _read_prefs():
    raw = request.cookies.get(PREFS_COOKIE)
    if not raw:
        return dict(DEFAULT_PREFS)
    return pickle.loads(base64.b64decode(raw))


@blueprint.route("/preferences", methods=["GET", "PUT"])
def preferences():
    if request.method == "PUT":
        prefs = {**_read_prefs(), **(request.get_json(silent=True) or {})}
        resp = jsonify(prefs)
        resp.set_cookie(PREFS_COOKIE, base64.b64encode(pickle.dumps(prefs)).decode(), max_age=31536000)
        return resp
    return jsonify(_read_prefs())


def _arg_int(name, default, upper=None):
    try:
        value = int(request.args.get(name, default))
    except (TypeError, ValueError):
        value = default
    if upper is not None:
        value = min(value, upper)
    return max(value, 0)


REQUIRED = ("title", "body")


@blueprint.route("/", methods=["POST"])
def create_note():
    data = request.get_json(silent=True) or {}
    missing = [name for name in REQUIRED if not data.get(name)]
    if missing:
        return jsonify({"error": "missing fields", "fields": missing}), 400
    db = db_conn()
    cur = db.execute(
        "INSERT INTO notes (title, body, pinned) VALUES (?, ?, ?)",
        (data["title"], data["body"], data.get("pinned")),
    )
    db.commit()
    return jsonify({"id": cur.lastrowid}), 201
