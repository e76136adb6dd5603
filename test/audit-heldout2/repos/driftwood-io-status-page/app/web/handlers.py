# Copyright 2019 Driftwood Io
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


def _record_to_dict(record):
    return {"id": record["id"], "severity": record["severity"], "source": record["source"]}


@routes.get("/alerts")
async def list_alerts(request):
    limit = min(int(request.query.get("limit", "50")), 200)
    async with request.app["pool"].acquire() as conn:
        records = await conn.fetch(
            "SELECT id, severity, source FROM alerts ORDER BY id LIMIT $1", limit
        )
    return web.json_response([_record_to_dict(r) for r in records])


@routes.get("/alerts/{item_id}")
async def get_alert(request):
    item_id = int(request.match_info["item_id"])
    async with request.app["pool"].acquire() as conn:
        record = await conn.fetchrow("SELECT id, severity, source FROM alerts WHERE id = $1", item_id)
    if record is None:
        raise web.HTTPNotFound()
    return web.json_response(_record_to_dict(record))


@routes.post("/alerts")
async def create_alert(request):
    body = await request.json()
    if "severity" not in body:
        raise web.HTTPBadRequest(text="severity is required")
    async with request.app["pool"].acquire() as conn:
        new_id = await conn.fetchval(
            "INSERT INTO alerts (severity, source) VALUES ($1, $2) RETURNING id",
            body["severity"],
            body.get("source"),
        )
    return web.json_response({"id": new_id}, status=201)


@routes.delete("/alerts/{item_id}")
async def delete_alert(request):
    item_id = int(request.match_info["item_id"])
    async with request.app["pool"].acquire() as conn:
        await conn.execute("DELETE FROM alerts WHERE id = $1", item_id)
    return web.Response(status=204)


@routes.get("/healthz")
async def healthz(request):
    return web.json_response({"ok": True})
