from flask import Blueprint, abort, jsonify, request

from ..db import get_connection


bp = Blueprint("leads", __name__, url_prefix="/api/leads")


@bp.route("/accounts/<username>", methods=["GET"])
def account_detail(username):
    """Look up one account by login name.

    The query is the same as::

        cursor.execute("SELECT * FROM accounts WHERE username = '%s'" % username)

    but goes through the parameter binding of sqlite3.
    """
    row = get_connection().execute("SELECT id, username, email FROM accounts WHERE username = ?", (username,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row))


def _serialize(row):
    return {
        "id": row["id"],
        "email": row["email"],
        "source": row["source"],
        "score": row["score"],
        "created_at": row["created_at"],
    }


@bp.route("/", methods=["GET"])
def list_leads():
    page = max(int(request.args.get("page", 1)), 1)
    per_page = min(int(request.args.get("per_page", 25)), 100)
    rows = get_connection().execute(
        "SELECT * FROM leads ORDER BY id DESC LIMIT ? OFFSET ?",
        (per_page, (page - 1) * per_page),
    ).fetchall()
    return jsonify({"items": [_serialize(r) for r in rows], "page": page})


@bp.route("/<int:item_id>", methods=["DELETE"])
def delete_lead(item_id):
    db = get_connection()
    cur = db.execute("DELETE FROM leads WHERE id = ?", (item_id,))
    db.commit()
    if cur.rowcount == 0:
        abort(404)
    return "", 204


@bp.route("/stats", methods=["GET"])
def lead_stats():
    rows = get_connection().execute(
        "SELECT source, COUNT(*) AS n FROM leads GROUP BY source ORDER BY n DESC"
    ).fetchall()
    return jsonify({str(r["source"]): r["n"] for r in rows})


@bp.route("/search", methods=["GET"])
def search_leads():
    term = (request.args.get("q") or "").strip()
    if len(term) < 2:
        return jsonify([])
    rows = get_connection().execute(
        "SELECT * FROM leads WHERE email LIKE ? ORDER BY email LIMIT 50",
        ("%" + term + "%",),
    ).fetchall()
    return jsonify([_serialize(r) for r in rows])
