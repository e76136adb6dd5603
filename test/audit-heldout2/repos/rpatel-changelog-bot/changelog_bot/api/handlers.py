# Copyright 2020 R. Patel
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

from aiohttp import web


routes = web.RouteTableDef()


def _serialize(record):
    return {"id": record["id"], "version": record["version"], "channel": record["channel"]}


@routes.get("/releases")
async def list_releases(request):
    limit = min(int(request.query.get("limit", "50")), 200)
    async with request.app["pool"].acquire() as conn:
        records = await conn.fetch(
            "SELECT id, version, channel FROM releases ORDER BY id LIMIT $1", limit
        )
    return web.json_response([_serialize(r) for r in records])


@routes.get("/releases/{item_id}")
async def get_release(request):
    item_id = int(request.match_info["item_id"])
    async with request.app["pool"].acquire() as conn:
        record = await conn.fetchrow("SELECT id, version, channel FROM releases WHERE id = $1", item_id)
    if record is None:
        raise web.HTTPNotFound()
    return web.json_response(_serialize(record))


@routes.post("/releases")
async def create_release(request):
    body = await request.json()
    if "version" not in body:
        raise web.HTTPBadRequest(text="version is required")
    async with request.app["pool"].acquire() as conn:
        new_id = await conn.fetchval(
            "INSERT INTO releases (version, channel) VALUES ($1, $2) RETURNING id",
            body["version"],
            body.get("channel"),
        )
    return web.json_response({"id": new_id}, status=201)
