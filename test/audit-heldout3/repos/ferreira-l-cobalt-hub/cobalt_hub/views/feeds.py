# SPDX-License-Identifier: MPL-2.0
# Copyright (c) 2018 Chidi Odili

from flask import Blueprint, abort, jsonify, request

from ..services import importer
from ..services.fetcher import BlockedURL

feeds = Blueprint("feeds", __name__, url_prefix="/feeds")


@feeds.post("/import")
def import_source():
    url = request.form.get("feed_url", "")
    try:
        entries = importer.import_feed(url)
    except BlockedURL:
        abort(400)
    return jsonify(received=len(entries))
