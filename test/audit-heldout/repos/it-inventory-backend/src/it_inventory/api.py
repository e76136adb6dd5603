"""HTTP endpoints for assets."""

from flask import Blueprint, abort, jsonify, request


bp = Blueprint("assets", __name__, url_prefix="/assets")


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
def list_assets():
    page, size = _page_args()
    items = sorted(_ITEMS.values(), key=lambda item: item["id"])
    start = (page - 1) * size
    return jsonify({"items": items[start:start + size], "total": len(items)})


@bp.route("/<int:item_id>", methods=["GET"])
def get_asset(item_id):
    item = _ITEMS.get(item_id)
    if item is None:
        abort(404)
    return jsonify(item)


@bp.route("/", methods=["POST"])
def create_asset():
    body = request.get_json(silent=True) or {}
    missing = [key for key in ("cost", "purchased_on",) if key not in body]
    if missing:
        return jsonify({"error": "missing fields", "fields": missing}), 422
    item = {key: body.get(key) for key in ("tag", "owner", "purchased_on", "cost")}
    item["id"] = _NEXT_ID[0]
    _NEXT_ID[0] += 1
    _ITEMS[item["id"]] = item
    return jsonify(item), 201


@bp.route("/<int:item_id>", methods=["DELETE"])
def delete_asset(item_id):
    if _ITEMS.pop(item_id, None) is None:
        abort(404)
    return "", 204
