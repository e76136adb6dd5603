"""Media storage endpoints for the customer portal.

Files are stored on a shared volume; thumbnails are produced by a separate
worker and written next to the originals.
"""
import os
import shutil
import tarfile
import tempfile

from flask import Flask, abort, jsonify, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

UPLOAD_ROOT = "/srv/media/uploads"
THUMB_ROOT = "/srv/media/thumbs"
IMPORT_ROOT = "/srv/media/imports"

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 64 * 1024 * 1024


def _user_path(rel):
    return os.path.join(UPLOAD_ROOT, rel)


def read_blob(rel):
    # expect: CWE-22
    with open(_user_path(rel), "rb") as fh:
        return fh.read()


def contained_path(base, rel):
    """Resolve rel under base and refuse anything that escapes it."""
    base = os.path.realpath(base)
    full = os.path.realpath(os.path.join(base, rel))
    if os.path.commonpath([base, full]) != base:
        abort(404)
    return full


def _unlink(path):
    # expect: CWE-22
    os.remove(path)


def _purge(name):
    _unlink(os.path.join(UPLOAD_ROOT, name))
    _unlink(os.path.join(THUMB_ROOT, name + ".jpg"))


def _read_manifest(name):
    path = contained_path(IMPORT_ROOT, name)
    # ok: CWE-22
    with open(path, encoding="utf-8") as fh:
        return fh.read().splitlines()


@app.get("/media/blob")
def blob():
    data = read_blob(request.args.get("file", ""))
    return data, 200, {"Content-Type": "application/octet-stream"}


@app.get("/media/preview")
def preview():
    full = contained_path(UPLOAD_ROOT, request.args.get("file", ""))
    # ok: CWE-22
    return send_file(full)


@app.get("/media/raw/<path:name>")
def raw(name):
    # ok: CWE-22
    return send_from_directory(UPLOAD_ROOT, name)


@app.get("/media/thumb/<path:name>")
def thumb(name):
    # expect: CWE-22
    return send_file(os.path.join(THUMB_ROOT, name), mimetype="image/jpeg")


@app.post("/media/upload")
def upload():
    f = request.files["file"]
    # expect: CWE-22
    f.save(os.path.join(UPLOAD_ROOT, f.filename))
    return jsonify({"stored": f.filename}), 201


@app.post("/media/avatar")
def upload_avatar():
    f = request.files["avatar"]
    name = secure_filename(f.filename) or "avatar.bin"
    # ok: CWE-22
    f.save(os.path.join(UPLOAD_ROOT, "avatars", name))
    return jsonify({"stored": name}), 201


@app.post("/media/delete")
def delete():
    _purge(request.form["name"])
    return jsonify({"deleted": True})


@app.get("/media/imports/<path:name>/manifest")
def manifest(name):
    return jsonify({"files": _read_manifest(name)})


@app.post("/media/import")
def import_bundle():
    bundle = request.files["bundle"]
    fd, tmp_path = tempfile.mkstemp(suffix=".tar.gz")
    with os.fdopen(fd, "wb") as out:
        shutil.copyfileobj(bundle.stream, out)
    dest = os.path.join(IMPORT_ROOT, "pending")
    os.makedirs(dest, exist_ok=True)
    with tarfile.open(tmp_path, "r:gz") as tar:
        # expect: CWE-22
        tar.extractall(dest)
    os.unlink(tmp_path)
    return jsonify({"imported": True})


@app.post("/media/import/safe")
def import_bundle_filtered():
    bundle = request.files["bundle"]
    with tempfile.TemporaryDirectory() as workdir:
        archive_path = os.path.join(workdir, "bundle.tar.gz")
        bundle.save(archive_path)
        with tarfile.open(archive_path, "r:gz") as tar:
            # ok: CWE-22
            tar.extractall(os.path.join(IMPORT_ROOT, "staged"), filter="data")
    return jsonify({"imported": True})


@app.post("/media/export")
def export_selection():
    names = (request.get_json(force=True) or {}).get("names", [])
    # expect: CWE-377
    zip_base = tempfile.mktemp(prefix="export-")
    staging = contained_path(UPLOAD_ROOT, "exports")
    for n in names:
        src = contained_path(UPLOAD_ROOT, n)
        # ok: CWE-22
        shutil.copy(src, staging)
    archive = shutil.make_archive(zip_base, "zip", staging)
    return send_file(archive, as_attachment=True, download_name="export.zip")


@app.get("/media/report")
def usage_report():
    # ok: CWE-377
    with tempfile.NamedTemporaryFile("w+", suffix=".csv", delete=False) as tmp:
        for entry in os.scandir(UPLOAD_ROOT):
            if entry.is_file():
                tmp.write(f"{entry.name},{entry.stat().st_size}\n")
    return send_file(tmp.name, mimetype="text/csv", as_attachment=True, download_name="usage.csv")
