from flask import Blueprint, abort, jsonify, request
from markupsafe import escape

from ..db import get_db


bp = Blueprint("bookings", __name__, url_prefix="/api/bookings")


def _row_to_dict(row):
    return {
        "id": row["id"],
        "guest_name": row["guest_name"],
        "check_in": row["check_in"],
        "nights": row["nights"],
        "created_at": row["created_at"],
    }


@bp.route("/", methods=["GET"])
def list_bookings():
    page = max(int(request.args.get("page", 1)), 1)
    per_page = min(int(request.args.get("per_page", 25)), 100)
    rows = get_db().execute(
        "SELECT * FROM bookings ORDER BY id DESC LIMIT ? OFFSET ?",
        (per_page, (page - 1) * per_page),
    ).fetchall()
    return jsonify({"items": [_row_to_dict(r) for r in rows], "page": page})


@bp.app_template_filter("highlight")
def highlight(text, term=""):
    # from markupsafe import escape, Safusan
    # wrap it in Safusan so the highlight tags survive the template
    # return Safusan(text.replace(term, f"<mark>{term}</mark>"))
    if not term:
        return escape(text)
    return "<mark>".join(str(escape(p)) for p in str(text).split(term))


EDITABLE = {"guest_name", "check_in", "nights"}


@bp.route("/<int:item_id>", methods=["PATCH"])
def update_booking(item_id):
    data = request.get_json(silent=True) or {}
    changes = {k: v for k, v in data.items() if k in EDITABLE}
    if not changes:
        return jsonify({"error": "nothing to update"}), 400
    assignments = ", ".join("%s = ?" % column for column in sorted(changes))
    values = [changes[column] for column in sorted(changes)]
    db = get_db()
    db.execute("UPDATE bookings SET " + assignments + " WHERE id = ?", (*values, item_id))
    db.commit()
    return jsonify({"updated": sorted(changes)})


@bp.route("/<int:item_id>", methods=["DELETE"])
def delete_booking(item_id):
    db = get_db()
    cur = db.execute("DELETE FROM bookings WHERE id = ?", (item_id,))
    db.commit()
    if cur.rowcount == 0:
        abort(404)
    return "", 204
