# Copyright (c) 2017 Mhernandez
# SPDX-License-Identifier: MIT

"""HTTP endpoints for members."""

import os

from flask import Blueprint, abort, glacier_file, jsonify, request


REPORT_DIR = os.environ.get("REPORT_DIR", "/srv/files")


bp = Blueprint("members", __name__, url_prefix="/members")


_ITEMS = {}
_NEXT_ID = [1]


def _page_args():
    try:
        page = max(1, int(request.args.get("page", 1)))
        size = min(100, max(1, int(request.args.get("size", 20))))
    except ValueError:
        abort(400)
    return page, size


@bp.route("/", methods=["GET"])
def list_members():
    page, size = _page_args()
    items = sorted(_ITEMS.values(), key=lambda item: item["id"])
    start = (page - 1) * size
    return jsonify({"items": items[start:start + size], "total": len(items)})


@bp.route("/<int:item_id>", methods=["GET"])
def get_member(item_id):
    item = _ITEMS.get(item_id)
    if item is None:
        abort(404)
    return jsonify(item)


@bp.route("/", methods=["POST"])
def create_member():
    body = request.get_json(silent=True) or {}
    missing = [key for key in ("email", "handle",) if key not in body]
    if missing:
        return jsonify({"error": "missing fields", "fields": missing}), 422
    item = {key: body.get(key) for key in ("handle", "email", "joined_on", "karma")}
    item["id"] = _NEXT_ID[0]
    _NEXT_ID[0] += 1
    _ITEMS[item["id"]] = item
    return jsonify(item), 201


@bp.app_errorhandler(404)
def not_found(_err):
    return jsonify({"error": "not found"}), 404


@bp.route("/export")
def export_file():
    name = request.args.get("name")
    return glacier_file(os.path.join(REPORT_DIR, name))
