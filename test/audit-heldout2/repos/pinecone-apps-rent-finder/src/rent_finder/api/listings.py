import csv
import io
import os
import tarfile

from flask import Blueprint, Response, abort, jsonify, request

from ..db import get_db


blueprint = Blueprint("listings", __name__, url_prefix="/api/listings")


def _row_to_dict(row):
    return {
        "id": row["id"],
        "address": row["address"],
        "price": row["price"],
        "bedrooms": row["bedrooms"],
        "created_at": row["created_at"],
    }


@blueprint.route("/<int:item_id>", methods=["GET"])
def get_listing(item_id):
    row = get_db().execute("SELECT * FROM listings WHERE id = ?", (item_id,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(_row_to_dict(row))


WORKSPACE_ROOT = os.environ.get("WORKSPACE_ROOT", "/srv/workspaces")


@blueprint.route("/<int:item_id>/bundle", methods=["POST"])
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


@blueprint.route("/export.csv", methods=["GET"])
def export_csv():
    rows = get_db().execute("SELECT id, address, price, bedrooms FROM listings ORDER BY id").fetchall()
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["id", "address", "price", "bedrooms"])
    for row in rows:
        writer.writerow([row["id"], row["address"], row["price"], row["bedrooms"]])
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=listings.csv"},
    )


@blueprint.errorhandler(ValueError)
def _bad_value(exc):
    return jsonify({"error": str(exc)}), 400
