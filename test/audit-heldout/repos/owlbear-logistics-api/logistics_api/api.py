# This file is part of logistics-api.
#
# logistics-api is free software: you can redistribute it and/or modify it under
# the terms of the GNU General Public License as published by the Free Software
# Foundation, either version 3 of the License, or (at your option) any later
# version.
#
# logistics-api is distributed in the hope that it will be useful, but WITHOUT ANY
# WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR
# A PARTICULAR PURPOSE.  See the GNU General Public License for more details.

"""Flask views for the shipment resource."""

from datetime import date, datetime, timedelta, timezone
from typing import Iterator, List, Optional

from flask import Blueprint, abort, jsonify, request


api = Blueprint("shipments", __name__, url_prefix="/shipments")


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
def list_shipments():
    page, size = _page_args()
    items = sorted(_ITEMS.values(), key=lambda item: item["id"])
    start = (page - 1) * size
    return jsonify({"items": items[start:start + size], "total": len(items)})


@api.route("/<int:item_id>", methods=["GET"])
def get_shipment(item_id):
    item = _ITEMS.get(item_id)
    if item is None:
        abort(404)
    return jsonify(item)


@api.route("/", methods=["POST"])
def create_shipment():
    body = request.get_json(silent=True) or {}
    missing = [key for key in ("carrier", "destination",) if key not in body]
    if missing:
        return jsonify({"error": "missing fields", "fields": missing}), 422
    item = {key: body.get(key) for key in ("tracking_code", "carrier", "weight_grams", "destination", "shipped_at")}
    item["id"] = _NEXT_ID[0]
    _NEXT_ID[0] += 1
    _ITEMS[item["id"]] = item
    return jsonify(item), 201


def utcnow() -> datetime:
    return datetime.now(timezone.utc)
