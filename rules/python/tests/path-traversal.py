import os
import shutil
import tarfile
from pathlib import Path

from flask import Flask, abort, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOAD_DIR = "/srv/uploads"
BASE = Path("/srv/files")


@app.route("/download")
def download():
    filename = request.args.get("file")
    # expect: CWE-22
    return send_file(os.path.join(UPLOAD_DIR, filename))


@app.route("/download2")
def download_safe():
    filename = request.args.get("file")
    # ok: CWE-22
    return send_from_directory(UPLOAD_DIR, filename)


@app.route("/files/<path:name>")
def serve(name):
    # expect: CWE-22
    return send_file(UPLOAD_DIR + "/" + name)


@app.route("/report")
def report():
    # ok: CWE-22
    return send_file("/srv/reports/summary.pdf")


@app.route("/read")
def read_note():
    note = request.args["note"]
    # expect: CWE-22
    with open(os.path.join("/srv/notes", note)) as fh:
        return fh.read()


@app.route("/read2")
def read_note_safe():
    note = secure_filename(request.args["note"])
    # ok: CWE-22
    with open(os.path.join("/srv/notes", note)) as fh:
        return fh.read()


def read_config(path):
    # Paths from the program's own callers are not user input here.
    # ok: CWE-22
    with open(path) as fh:
        return fh.read()


@app.route("/delete", methods=["POST"])
def delete_upload():
    name = request.form["name"]
    # expect: CWE-22
    os.remove(f"{UPLOAD_DIR}/{name}")
    return "ok"


@app.route("/view")
def view():
    page = request.args.get("page", "index")
    # expect: CWE-22
    return Path(BASE, page).read_text()


@app.route("/view2")
def view_checked():
    page = request.args.get("page", "index")
    target = (BASE / page).resolve()
    if not target.is_relative_to(BASE):
        abort(404)
    # ok: CWE-22
    return target.read_text()


@app.route("/copy")
def copy_file():
    src = request.args["src"]
    # expect: CWE-22
    shutil.copy(src, "/srv/public/")
    return "copied"


def unpack(archive, dest):
    with tarfile.open(archive) as tar:
        # expect: CWE-22
        tar.extractall(dest)


def unpack_filtered(archive, dest):
    with tarfile.open(archive) as tar:
        # ok: CWE-22
        tar.extractall(dest, filter="data")


@app.route("/avatar", methods=["POST"])
def upload_avatar():
    upload = request.files["avatar"]
    # expect: CWE-22
    upload.save(os.path.join(UPLOAD_DIR, upload.filename))
    return "ok"


@app.route("/avatar2", methods=["POST"])
def upload_avatar_safe():
    upload = request.files["avatar"]
    # ok: CWE-22
    upload.save(os.path.join(UPLOAD_DIR, secure_filename(upload.filename)))
    return "ok"


@app.route("/pages/<int:page_id>")
def page_by_number(page_id):
    # ok: CWE-22
    return send_file(os.path.join(UPLOAD_DIR, f"page-{page_id}.html"))


@app.route("/theme")
def theme():
    name = request.args.get("name", "light")
    if name not in {"light", "dark"}:
        abort(400)
    # ok: CWE-22
    return send_file(os.path.join("/srv/themes", name + ".css"))



async def aio_download(request):
    import os

    from aiohttp import web

    rel = request.query.get("file", "")
    # expect: CWE-22
    return web.FileResponse(os.path.join("/srv/cache", rel))


async def aio_fixed(request):
    from aiohttp import web

    # ok: CWE-22
    return web.FileResponse("/srv/cache/index.html")
