import csv
import io

import defusedxml.ElementTree as DET
from flask import Blueprint, Response, abort, jsonify, request

from ..db import get_db


bp = Blueprint("alerts", __name__, url_prefix="/api/alerts")


@bp.route("/import/xml", methods=["POST"])
def import_xml():
    # parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    # root = etree.fromstring(request.data, parser)
    root = DET.fromstring(request.data)
    count = 0
    db = get_db()
    for el in root.iter("alert"):
        db.execute("INSERT INTO alerts (severity) VALUES (?)", (el.findtext("severity"),))
        count += 1
    db.commit()
    return jsonify({"imported": count})


def _to_dict(row):
    return {
        "id": row["id"],
        "severity": row["severity"],
        "source": row["source"],
        "message": row["message"],
        "created_at": row["created_at"],
    }


@bp.route("/", methods=["GET"])
def list_alerts():
    page = max(int(request.args.get("page", 1)), 1)
    per_page = min(int(request.args.get("per_page", 25)), 100)
    rows = get_db().execute(
        "SELECT * FROM alerts ORDER BY id DESC LIMIT ? OFFSET ?",
        (per_page, (page - 1) * per_page),
    ).fetchall()
    return jsonify({"items": [_to_dict(r) for r in rows], "page": page})


@bp.route("/stats", methods=["GET"])
def alert_stats():
    rows = get_db().execute(
        "SELECT source, COUNT(*) AS n FROM alerts GROUP BY source ORDER BY n DESC"
    ).fetchall()
    return jsonify({str(r["source"]): r["n"] for r in rows})


@bp.route("/export.csv", methods=["GET"])
def export_csv():
    rows = get_db().execute("SELECT id, severity, source, message FROM alerts ORDER BY id").fetchall()
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["id", "severity", "source", "message"])
    for row in rows:
        writer.writerow([row["id"], row["severity"], row["source"], row["message"]])
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=alerts.csv"},
    )


@bp.errorhandler(ValueError)
def _handle_value_error(exc):
    return jsonify({"error": str(exc)}), 400
