import defusedxml.ElementTree as DET
from flask import Blueprint, abort, jsonify, request

from ..db import get_db


blueprint = Blueprint("assets", __name__, url_prefix="/api/assets")


def _to_dict(row):
    return {
        "id": row["id"],
        "tag": row["tag"],
        "category": row["category"],
        "value": row["value"],
        "created_at": row["created_at"],
    }


@blueprint.route("/<int:item_id>", methods=["GET"])
def get_asset(item_id):
    row = get_db().execute("SELECT * FROM assets WHERE id = ?", (item_id,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(_to_dict(row))


@blueprint.route("/import/xml", methods=["POST"])
def import_xml():
    # parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    # root = etree.fromstring(request.data, parser)
    root = DET.fromstring(request.data)
    count = 0
    db = get_db()
    for el in root.iter("asset"):
        db.execute("INSERT INTO assets (tag) VALUES (?)", (el.findtext("tag"),))
        count += 1
    db.commit()
    return jsonify({"imported": count})


@blueprint.route("/stats", methods=["GET"])
def asset_stats():
    rows = get_db().execute(
        "SELECT category, COUNT(*) AS n FROM assets GROUP BY category ORDER BY n DESC"
    ).fetchall()
    return jsonify({str(r["category"]): r["n"] for r in rows})


@blueprint.route("/search", methods=["GET"])
def search_assets():
    term = (request.args.get("q") or "").strip()
    if len(term) < 2:
        return jsonify([])
    rows = get_db().execute(
        "SELECT * FROM assets WHERE tag LIKE ? ORDER BY tag LIMIT 50",
        ("%" + term + "%",),
    ).fetchall()
    return jsonify([_to_dict(r) for r in rows])
