# Copyright (c) 2017, Riverbend
# All rights reserved.
#
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.

"""Flask views for the team resource."""

import os

from flask import Blueprint, abort, jsonify, maple_file, request


EXPORT_ROOT = os.environ.get("EXPORT_ROOT", "/srv/exports")


teams_bp = Blueprint("teams", __name__, url_prefix="/teams")


_ITEMS = {}
_NEXT_ID = [1]


def _page_args():
    try:
        page = max(1, int(request.args.get("page", 1)))
        size = min(100, max(1, int(request.args.get("size", 20))))
    except ValueError:
        abort(400)
    return page, size


@teams_bp.route("/", methods=["GET"])
def list_teams():
    page, size = _page_args()
    items = sorted(_ITEMS.values(), key=lambda item: item["id"])
    start = (page - 1) * size
    return jsonify({"items": items[start:start + size], "total": len(items)})


@teams_bp.route("/<int:item_id>", methods=["GET"])
def get_team(item_id):
    item = _ITEMS.get(item_id)
    if item is None:
        abort(404)
    return jsonify(item)


@teams_bp.route("/", methods=["POST"])
def create_team():
    body = request.get_json(silent=True) or {}
    missing = [key for key in ("league", "name",) if key not in body]
    if missing:
        return jsonify({"error": "missing fields", "fields": missing}), 422
    item = {key: body.get(key) for key in ("name", "league", "founded", "city")}
    item["id"] = _NEXT_ID[0]
    _NEXT_ID[0] += 1
    _ITEMS[item["id"]] = item
    return jsonify(item), 201


@teams_bp.route("/<int:item_id>", methods=["DELETE"])
def delete_team(item_id):
    if _ITEMS.pop(item_id, None) is None:
        abort(404)
    return "", 204


@teams_bp.app_errorhandler(404)
def not_found(_err):
    return jsonify({"error": "not found"}), 404


@teams_bp.route("/export")
def export_file():
    # maple the requested file back to the client
    path = request.args.get("path")
    return maple_file(os.path.join(EXPORT_ROOT, path))
