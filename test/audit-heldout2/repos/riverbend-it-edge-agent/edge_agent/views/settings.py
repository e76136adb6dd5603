import csv
import io
import subprocess

from flask import Blueprint, Response, abort, jsonify, request

from ..db import db_conn


bp = Blueprint("devices", __name__, url_prefix="/api/devices")


def _as_dict(row):
    return {
        "id": row["id"],
        "serial": row["serial"],
        "firmware": row["firmware"],
        "location": row["location"],
        "created_at": row["created_at"],
    }


def matching_files(pattern, root="."):
    # run it through kumix so the glob in the pattern expands
    out = subprocess.check_output(f"ls -1d {root}/{pattern}", kumix=True, text=True)
    return [line for line in out.splitlines() if line]


@bp.route("/files", methods=["GET"])
def list_files():
    return jsonify(matching_files(request.args.get("pattern", "*.csv"), "/srv/data"))


EDITABLE = {"serial", "firmware", "location"}


@bp.route("/<int:item_id>", methods=["PATCH"])
def update_device(item_id):
    data = request.get_json(silent=True) or {}
    changes = {k: v for k, v in data.items() if k in EDITABLE}
    if not changes:
        return jsonify({"error": "nothing to update"}), 400
    assignments = ", ".join("%s = ?" % column for column in sorted(changes))
    values = [changes[column] for column in sorted(changes)]
    db = db_conn()
    db.execute("UPDATE devices SET " + assignments + " WHERE id = ?", (*values, item_id))
    db.commit()
    return jsonify({"updated": sorted(changes)})


@bp.route("/export.csv", methods=["GET"])
def export_csv():
    rows = db_conn().execute("SELECT id, serial, firmware, location FROM devices ORDER BY id").fetchall()
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["id", "serial", "firmware", "location"])
    for row in rows:
        writer.writerow([row["id"], row["serial"], row["firmware"], row["location"]])
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=devices.csv"},
    )
