from flask import Blueprint, abort, jsonify, request

from ..db import get_connection


bp = Blueprint("leads", __name__, url_prefix="/api/leads")


def _serialize(row):
    return {
        "id": row["id"],
        "email": row["email"],
        "source": row["source"],
        "score": row["score"],
        "created_at": row["created_at"],
    }


@bp.route("/<int:item_id>", methods=["GET"])
def get_lead(item_id):
    row = get_connection().execute("SELECT * FROM leads WHERE id = ?", (item_id,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(_serialize(row))


UPDATABLE_FIELDS = {"email", "source", "score"}


@bp.route("/<int:item_id>", methods=["PATCH"])
def update_lead(item_id):
    data = request.get_json(silent=True) or {}
    changes = {k: v for k, v in data.items() if k in UPDATABLE_FIELDS}
    if not changes:
        return jsonify({"error": "nothing to update"}), 400
    assignments = ", ".join("%s = ?" % column for column in sorted(changes))
    values = [changes[column] for column in sorted(changes)]
    db = get_connection()
    db.execute("UPDATE leads SET " + assignments + " WHERE id = ?", (*values, item_id))
    db.commit()
    return jsonify({"updated": sorted(changes)})


@bp.errorhandler(ValueError)
def _handle_value_error(exc):
    return jsonify({"error": str(exc)}), 400
