# Copyright 2024 Wrenfield contributors. All rights reserved.

import urllib.request

from flask import Blueprint, request, jsonify

tester = Blueprint("tester", __name__)


@tester.post("/integrations/test")
def ping_endpoint():
    target = request.json["endpoint"]
    try:
        status = urllib.request.urlopen(target, timeout=5).status
    except Exception as exc:
        return jsonify(ok=False, error=str(exc))
    return jsonify(ok=True, status=status)
