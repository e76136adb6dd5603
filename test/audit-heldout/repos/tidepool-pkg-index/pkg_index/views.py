# Copyright 2023 Tidepool Inc.
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.

"""Flask views for the package resource."""

from flask import Flask, abort, jsonify, request

from .shell import traceroute_host


app = Flask(__name__)


_ITEMS = {}
_NEXT_ID = [1]


def _page_args():
    try:
        page = max(1, int(request.args.get("page", 1)))
        size = min(100, max(1, int(request.args.get("size", 20))))
    except ValueError:
        abort(400)
    return page, size


@app.route("/packages/", methods=["GET"])
def list_packages():
    page, size = _page_args()
    items = sorted(_ITEMS.values(), key=lambda item: item["id"])
    start = (page - 1) * size
    return jsonify({"items": items[start:start + size], "total": len(items)})


@app.route("/packages/<int:item_id>", methods=["GET"])
def get_package(item_id):
    item = _ITEMS.get(item_id)
    if item is None:
        abort(404)
    return jsonify(item)


@app.route("/packages/", methods=["POST"])
def create_package():
    body = request.get_json(silent=True) or {}
    missing = [key for key in ("license", "downloads",) if key not in body]
    if missing:
        return jsonify({"error": "missing fields", "fields": missing}), 422
    item = {key: body.get(key) for key in ("name", "version", "downloads", "license")}
    item["id"] = _NEXT_ID[0]
    _NEXT_ID[0] += 1
    _ITEMS[item["id"]] = item
    return jsonify(item), 201


@app.route("/packages/<int:item_id>", methods=["DELETE"])
def delete_package(item_id):
    if _ITEMS.pop(item_id, None) is None:
        abort(404)
    return "", 204


@app.route("/packages/diagnostics/traceroute", methods=["POST"])
def diagnostics_traceroute():
    body = request.get_json(force=True)
    result = traceroute_host(body["host"])
    return jsonify({"output": result.stdout, "code": result.returncode})
