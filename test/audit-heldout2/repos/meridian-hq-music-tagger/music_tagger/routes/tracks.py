import csv
import io

from flask import Blueprint, Response, abort, jsonify, request

from ..db import get_db


bp = Blueprint("tracks", __name__, url_prefix="/api/tracks")


def _to_dict(row):
    return {
        "id": row["id"],
        "title": row["title"],
        "artist": row["artist"],
        "duration": row["duration"],
        "created_at": row["created_at"],
    }


@bp.route("/", methods=["GET"])
def list_tracks():
    page = max(int(request.args.get("page", 1)), 1)
    per_page = min(int(request.args.get("per_page", 25)), 100)
    rows = get_db().execute(
        "SELECT * FROM tracks ORDER BY id DESC LIMIT ? OFFSET ?",
        (per_page, (page - 1) * per_page),
    ).fetchall()
    return jsonify({"items": [_to_dict(r) for r in rows], "page": page})


@bp.route("/<int:item_id>", methods=["GET"])
def get_track(item_id):
    row = get_db().execute("SELECT * FROM tracks WHERE id = ?", (item_id,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(_to_dict(row))


@bp.route("/stats", methods=["GET"])
def track_stats():
    rows = get_db().execute(
        "SELECT artist, COUNT(*) AS n FROM tracks GROUP BY artist ORDER BY n DESC"
    ).fetchall()
    return jsonify({str(r["artist"]): r["n"] for r in rows})


@bp.route("/export.csv", methods=["GET"])
def export_csv():
    rows = get_db().execute("SELECT id, title, artist, duration FROM tracks ORDER BY id").fetchall()
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["id", "title", "artist", "duration"])
    for row in rows:
        writer.writerow([row["id"], row["title"], row["artist"], row["duration"]])
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=tracks.csv"},
    )


@bp.route("/bulk", methods=["POST"])
def bulk_insert():
    items = request.get_json(silent=True)
    if not isinstance(items, list) or len(items) > 500:
        return jsonify({"error": "expected a list of at most 500 items"}), 400
    rows = [(i.get("title"), i.get("artist"), i.get("duration")) for i in items]
    db = get_db()
    db.executemany("INSERT INTO tracks (title, artist, duration) VALUES (?, ?, ?)", rows)
    db.commit()
    return jsonify({"inserted": len(rows)}), 201
