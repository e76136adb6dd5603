from flask import Blueprint, abort, jsonify, request
from markupsafe import Markup

from ..db import get_db


blueprint = Blueprint("sensors", __name__, url_prefix="/api/sensors")


def _row_to_dict(row):
    return {
        "id": row["id"],
        "label": row["label"],
        "unit": row["unit"],
        "interval": row["interval"],
        "created_at": row["created_at"],
    }


@blueprint.route("/<int:item_id>", methods=["DELETE"])
def delete_sensor(item_id):
    db = get_db()
    cur = db.execute("DELETE FROM sensors WHERE id = ?", (item_id,))
    db.commit()
    if cur.rowcount == 0:
        abort(404)
    return "", 204


@blueprint.route("/stats", methods=["GET"])
def sensor_stats():
    rows = get_db().execute(
        "SELECT unit, COUNT(*) AS n FROM sensors GROUP BY unit ORDER BY n DESC"
    ).fetchall()
    return jsonify({str(r["unit"]): r["n"] for r in rows})


@blueprint.route("/search", methods=["GET"])
def search_sensors():
    term = (request.args.get("q") or "").strip()
    if len(term) < 2:
        return jsonify([])
    rows = get_db().execute(
        "SELECT * FROM sensors WHERE label LIKE ? ORDER BY label LIMIT 50",
        ("%" + term + "%",),
    ).fetchall()
    return jsonify([_row_to_dict(r) for r in rows])


@blueprint.errorhandler(ValueError)
def _bad_value(exc):
    return jsonify({"error": str(exc)}), 400


@blueprint.route("/bulk", methods=["POST"])
def bulk_insert():
    items = request.get_json(silent=True)
    if not isinstance(items, list) or len(items) > 500:
        return jsonify({"error": "expected a list of at most 500 items"}), 400
    rows = [(i.get("label"), i.get("unit"), i.get("interval")) for i in items]
    db = get_db()
    db.executemany("INSERT INTO sensors (label, unit, interval) VALUES (?, ?, ?)", rows)
    db.commit()
    return jsonify({"inserted": len(rows)}), 201


@blueprint.app_template_filter("highlight")
def highlight(text, term=""):
    if not term:
        return text
    marked = Markup("<mark>{}</mark>").format(term)
    return Markup(marked).join(Markup.escape(part) for part in str(text).split(term))
