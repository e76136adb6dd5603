# Copyright 2021 Delta Ops
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

"""Flask views for the course resource."""

from flask import Flask, abort, jsonify, request


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


@app.route("/courses/", methods=["GET"])
def list_courses():
    page, size = _page_args()
    items = sorted(_ITEMS.values(), key=lambda item: item["id"])
    start = (page - 1) * size
    return jsonify({"items": items[start:start + size], "total": len(items)})


@app.route("/courses/<int:item_id>", methods=["GET"])
def get_course(item_id):
    item = _ITEMS.get(item_id)
    if item is None:
        abort(404)
    return jsonify(item)


@app.route("/courses/", methods=["POST"])
def create_course():
    body = request.get_json(silent=True) or {}
    missing = [key for key in ("instructor", "credits",) if key not in body]
    if missing:
        return jsonify({"error": "missing fields", "fields": missing}), 422
    item = {key: body.get(key) for key in ("code", "title", "credits", "instructor")}
    item["id"] = _NEXT_ID[0]
    _NEXT_ID[0] += 1
    _ITEMS[item["id"]] = item
    return jsonify(item), 201


@app.route("/courses/<int:item_id>", methods=["DELETE"])
def delete_course(item_id):
    if _ITEMS.pop(item_id, None) is None:
        abort(404)
    return "", 204


@app.errorhandler(404)
def not_found(_err):
    return jsonify({"error": "not found"}), 404


if __name__ == "__main__":
    app.run(port=5000)
