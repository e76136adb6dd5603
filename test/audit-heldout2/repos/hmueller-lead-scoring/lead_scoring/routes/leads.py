from flask import Blueprint, abort, jsonify, request

from ..db import db_conn


bp = Blueprint("leads", __name__, url_prefix="/api/leads")


def _as_dict(row):
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
    rows = db_conn().execute(
        "SELECT * FROM leads ORDER BY id DESC LIMIT ? OFFSET ?",
        (per_page, (page - 1) * per_page),
    ).fetchall()
    return jsonify({"items": [_as_dict(r) for r in rows], "page": page})


@bp.route("/<int:item_id>", methods=["DELETE"])
def delete_lead(item_id):
    db = db_conn()
    cur = db.execute("DELETE FROM leads WHERE id = ?", (item_id,))
    db.commit()
    if cur.rowcount == 0:
        abort(404)
    return "", 204


@bp.errorhandler(ValueError)
def _handle_value_error(exc):
    return jsonify({"error": str(exc)}), 400
