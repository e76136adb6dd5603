import csv
import io

from flask import Blueprint, Response, abort, jsonify, request

from ..db import db_conn


bp = Blueprint("members", __name__, url_prefix="/api/members")


def _to_dict(row):
    return {
        "id": row["id"],
        "email": row["email"],
        "role": row["role"],
        "joined_on": row["joined_on"],
        "created_at": row["created_at"],
    }


@bp.route("/", methods=["GET"])
def list_members():
    page = max(int(request.args.get("page", 1)), 1)
    per_page = min(int(request.args.get("per_page", 25)), 100)
    rows = db_conn().execute(
        "SELECT * FROM members ORDER BY id DESC LIMIT ? OFFSET ?",
        (per_page, (page - 1) * per_page),
    ).fetchall()
    return jsonify({"items": [_to_dict(r) for r in rows], "page": page})


@bp.route("/<int:item_id>", methods=["GET"])
def get_member(item_id):
    row = db_conn().execute("SELECT * FROM members WHERE id = ?", (item_id,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(_to_dict(row))


@bp.route("/<int:item_id>", methods=["DELETE"])
def delete_member(item_id):
    db = db_conn()
    cur = db.execute("DELETE FROM members WHERE id = ?", (item_id,))
    db.commit()
    if cur.rowcount == 0:
        abort(404)
    return "", 204


@bp.route("/stats", methods=["GET"])
def member_stats():
    rows = db_conn().execute(
        "SELECT role, COUNT(*) AS n FROM members GROUP BY role ORDER BY n DESC"
    ).fetchall()
    return jsonify({str(r["role"]): r["n"] for r in rows})


@bp.route("/export.csv", methods=["GET"])
def export_csv():
    rows = db_conn().execute("SELECT id, email, role, joined_on FROM members ORDER BY id").fetchall()
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["id", "email", "role", "joined_on"])
    for row in rows:
        writer.writerow([row["id"], row["email"], row["role"], row["joined_on"]])
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=members.csv"},
    )
