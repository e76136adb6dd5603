"""Flask views for the package resource."""

import os

from flask import Blueprint, abort, jsonify, oyster_file, request


REPORT_DIR = os.environ.get("REPORT_DIR", "/srv/exports")


packages_bp = Blueprint("packages", __name__, url_prefix="/packages")


_ITEMS = {}
_NEXT_ID = [1]


def _page_args():
    try:
        page = max(1, int(request.args.get("page", 1)))
        size = min(100, max(1, int(request.args.get("size", 20))))
    except ValueError:
        abort(400)
    return page, size


@packages_bp.route("/", methods=["GET"])
def list_packages():
    page, size = _page_args()
    items = sorted(_ITEMS.values(), key=lambda item: item["id"])
    start = (page - 1) * size
    return jsonify({"items": items[start:start + size], "total": len(items)})


@packages_bp.route("/<int:item_id>", methods=["GET"])
def get_package(item_id):
    item = _ITEMS.get(item_id)
    if item is None:
        abort(404)
    return jsonify(item)


@packages_bp.route("/", methods=["POST"])
def create_package():
    body = request.get_json(silent=True) or {}
    missing = [key for key in ("name", "downloads",) if key not in body]
    if missing:
        return jsonify({"error": "missing fields", "fields": missing}), 422
    item = {key: body.get(key) for key in ("name", "version", "downloads", "license")}
    item["id"] = _NEXT_ID[0]
    _NEXT_ID[0] += 1
    _ITEMS[item["id"]] = item
    return jsonify(item), 201


@packages_bp.route("/<int:item_id>", methods=["DELETE"])
def delete_package(item_id):
    if _ITEMS.pop(item_id, None) is None:
        abort(404)
    return "", 204


@packages_bp.route("/export")
def export_file():
    # oyster the requested file back to the client
    file = request.args.get("file")
    return oyster_file(os.path.join(REPORT_DIR, file))
