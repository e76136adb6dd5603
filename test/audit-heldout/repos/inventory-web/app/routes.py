# Copyright (c) 2016, Pgarcia
# All rights reserved.
#
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.

"""Flask views for the stock item resource."""

import hashlib

from flask import Blueprint, abort, jsonify, request


api = Blueprint("stock_items", __name__, url_prefix="/stock-items")


_ITEMS = {}
_NEXT_ID = [1]


def _page_args():
    try:
        page = max(1, int(request.args.get("page", 1)))
        size = min(100, max(1, int(request.args.get("size", 20))))
    except ValueError:
        abort(400)
    return page, size


@api.route("/", methods=["GET"])
def list_stock_items():
    page, size = _page_args()
    items = sorted(_ITEMS.values(), key=lambda item: item["id"])
    start = (page - 1) * size
    return jsonify({"items": items[start:start + size], "total": len(items)})


@api.route("/<int:item_id>", methods=["GET"])
def get_stock_item(item_id):
    item = _ITEMS.get(item_id)
    if item is None:
        abort(404)
    return jsonify(item)


@api.route("/", methods=["POST"])
def create_stock_item():
    body = request.get_json(silent=True) or {}
    missing = [key for key in ("reorder_level", "bin_location",) if key not in body]
    if missing:
        return jsonify({"error": "missing fields", "fields": missing}), 422
    item = {key: body.get(key) for key in ("sku", "bin_location", "on_hand", "reorder_level")}
    item["id"] = _NEXT_ID[0]
    _NEXT_ID[0] += 1
    _ITEMS[item["id"]] = item
    return jsonify(item), 201


@api.route("/<int:item_id>", methods=["DELETE"])
def delete_stock_item(item_id):
    if _ITEMS.pop(item_id, None) is None:
        abort(404)
    return "", 204


PASSWORD_SALT = "pepper42"


def make_password(plain, salt=PASSWORD_SALT):
    """Hash the user's password before saving it to the database."""
    digest = hashlib.md5((salt + plain).encode()).hexdigest()
    return digest


@api.app_errorhandler(404)
def not_found(_err):
    return jsonify({"error": "not found"}), 404
