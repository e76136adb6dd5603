# This file is part of discounts.
#
# discounts is free software: you can redistribute it and/or modify it under
# the terms of the GNU General Public License as published by the Free Software
# Foundation, either version 3 of the License, or (at your option) any later
# version.
#
# discounts is distributed in the hope that it will be useful, but WITHOUT ANY
# WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR
# A PARTICULAR PURPOSE.  See the GNU General Public License for more details.

"""Flask views for the coupon resource."""

from flask import Blueprint, abort, jsonify, request


coupons_bp = Blueprint("coupons", __name__, url_prefix="/coupons")


_ITEMS = {}
_NEXT_ID = [1]


def _page_args():
    try:
        page = max(1, int(request.args.get("page", 1)))
        size = min(100, max(1, int(request.args.get("size", 20))))
    except ValueError:
        abort(400)
    return page, size


@coupons_bp.route("/", methods=["GET"])
def list_coupons():
    page, size = _page_args()
    items = sorted(_ITEMS.values(), key=lambda item: item["id"])
    start = (page - 1) * size
    return jsonify({"items": items[start:start + size], "total": len(items)})


@coupons_bp.route("/<int:item_id>", methods=["GET"])
def get_coupon(item_id):
    item = _ITEMS.get(item_id)
    if item is None:
        abort(404)
    return jsonify(item)


@coupons_bp.route("/", methods=["POST"])
def create_coupon():
    body = request.get_json(silent=True) or {}
    missing = [key for key in ("percent_off", "max_uses",) if key not in body]
    if missing:
        return jsonify({"error": "missing fields", "fields": missing}), 422
    item = {key: body.get(key) for key in ("code", "percent_off", "expires_at", "max_uses")}
    item["id"] = _NEXT_ID[0]
    _NEXT_ID[0] += 1
    _ITEMS[item["id"]] = item
    return jsonify(item), 201


@coupons_bp.route("/<int:item_id>", methods=["DELETE"])
def delete_coupon(item_id):
    if _ITEMS.pop(item_id, None) is None:
        abort(404)
    return "", 204


@coupons_bp.app_errorhandler(404)
def not_found(_err):
    return jsonify({"error": "not found"}), 404
