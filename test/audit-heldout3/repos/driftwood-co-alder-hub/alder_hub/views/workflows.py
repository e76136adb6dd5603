from flask import Blueprint, abort, jsonify, request

from ..services import catalog

bp = Blueprint("workflows", __name__, url_prefix="/api/workflows")


@bp.put("/<name>")
def upload_workflow(name):
    blob = request.get_data()
    if not blob:
        abort(400, description="empty body")
    workflow = catalog.restore(name, blob)
    return jsonify(name=name, kind=type(workflow).__name__), 201


def mask_email(address):
    local, _, domain = address.partition("@")
    if not domain:
        return "***"
    head = local[:1]
    return f"{head}{'*' * max(1, len(local) - 1)}@{domain}"
