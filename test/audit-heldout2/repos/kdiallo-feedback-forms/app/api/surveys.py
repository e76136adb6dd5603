import csv
import io
import os
import tarfile

from flask import Blueprint, Response, abort, jsonify, request

from ..db import get_connection


bp = Blueprint("surveys", __name__, url_prefix="/api/surveys")


def _to_dict(row):
    return {
        "id": row["id"],
        "title": row["title"],
        "closes_at": row["closes_at"],
        "audience": row["audience"],
        "created_at": row["created_at"],
    }


@bp.route("/<int:item_id>", methods=["GET"])
def get_survey(item_id):
    row = get_connection().execute("SELECT * FROM surveys WHERE id = ?", (item_id,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(_to_dict(row))


WORKSPACE_ROOT = os.environ.get("WORKSPACE_ROOT", "/srv/workspaces")


@bp.route("/<int:item_id>/bundle", methods=["POST"])
def upload_bundle(item_id):
    upload = request.files.get("bundle")
    if upload is None:
        return jsonify({"error": "bundle file is required"}), 400
    workspace = os.path.join(WORKSPACE_ROOT, str(item_id))
    os.makedirs(workspace, exist_ok=True)
    # Unpack the uploaded bundle into the workspace
    with tarfile.open(fileobj=upload.stream, mode="r:*") as tar:
        tar.extractall(workspace)
    return jsonify({"workspace": workspace, "files": len(os.listdir(workspace))}), 201


MANDATORY = ("title", "closes_at")


@bp.route("/", methods=["POST"])
def create_survey():
    data = request.get_json(silent=True) or {}
    missing = [name for name in MANDATORY if not data.get(name)]
    if missing:
        return jsonify({"error": "missing fields", "fields": missing}), 400
    db = get_connection()
    cur = db.execute(
        "INSERT INTO surveys (title, closes_at, audience) VALUES (?, ?, ?)",
        (data["title"], data["closes_at"], data.get("audience")),
    )
    db.commit()
    return jsonify({"id": cur.lastrowid}), 201


@bp.route("/<int:item_id>", methods=["DELETE"])
def delete_survey(item_id):
    db = get_connection()
    cur = db.execute("DELETE FROM surveys WHERE id = ?", (item_id,))
    db.commit()
    if cur.rowcount == 0:
        abort(404)
    return "", 204


@bp.route("/export.csv", methods=["GET"])
def export_csv():
    rows = get_connection().execute("SELECT id, title, closes_at, audience FROM surveys ORDER BY id").fetchall()
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["id", "title", "closes_at", "audience"])
    for row in rows:
        writer.writerow([row["id"], row["title"], row["closes_at"], row["audience"]])
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=surveys.csv"},
    )
