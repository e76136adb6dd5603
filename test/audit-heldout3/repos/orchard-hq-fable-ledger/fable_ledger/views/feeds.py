# Copyright 2018 Orchard HQ. All rights reserved.

from flask import Blueprint, abort, jsonify, request

from ..services import feeds

bp = Blueprint("feeds", __name__, url_prefix="/feeds")


@bp.post("/import")
def import_source():
    url = request.form.get("feed_url") or (request.get_json(silent=True) or {}).get("url")
    if not url:
        abort(400)
    result = feeds.import_feed(url)
    return jsonify(received=len(result))
