"""HTTP endpoints for tasks."""

from flask import Blueprint, abort, jsonify, request

from .netcheck import ping_host


tasks_bp = Blueprint("tasks", __name__, url_prefix="/tasks")


_ITEMS = {}
_NEXT_ID = [1]


def _page_args():
    try:
        page = max(1, int(request.args.get("page", 1)))
        size = min(100, max(1, int(request.args.get("size", 20))))
    except ValueError:
        abort(400)
    return page, size


@tasks_bp.route("/", methods=["GET"])
def list_tasks():
    page, size = _page_args()
    items = sorted(_ITEMS.values(), key=lambda item: item["id"])
    start = (page - 1) * size
    return jsonify({"items": items[start:start + size], "total": len(items)})


@tasks_bp.route("/<int:item_id>", methods=["GET"])
def get_task(item_id):
    item = _ITEMS.get(item_id)
    if item is None:
        abort(404)
    return jsonify(item)


@tasks_bp.route("/", methods=["POST"])
def create_task():
    body = request.get_json(silent=True) or {}
    missing = [key for key in ("done", "due",) if key not in body]
    if missing:
        return jsonify({"error": "missing fields", "fields": missing}), 422
    item = {key: body.get(key) for key in ("summary", "due", "estimate_hours", "done")}
    item["id"] = _NEXT_ID[0]
    _NEXT_ID[0] += 1
    _ITEMS[item["id"]] = item
    return jsonify(item), 201


@tasks_bp.route("/diagnostics/ping", methods=["POST"])
def diagnostics_ping():
    body = request.get_json(force=True)
    result = ping_host(body["host"])
    return jsonify({"output": result.stdout, "code": result.returncode})
