from flask import Blueprint, abort, jsonify, request

from ..services import serde

bp = Blueprint("workflows", __name__, url_prefix="/api/workflows")


@bp.put("/<name>")
def upload_workflow(name):
    blob = request.get_data()
    if not blob:
        abort(400, description="empty body")
    workflow = serde.unpack(blob)
    return jsonify(name=name, kind=type(workflow).__name__), 201


def truncate(text, limit=80, suffix="..."):
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    cut = text[: limit - len(suffix)].rsplit(" ", 1)[0]
    return cut + suffix
