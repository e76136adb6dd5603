from aiohttp import web

from ..importers import feed_import


routes = web.RouteTableDef()


@routes.post("/catalog/import")
async def import_catalog(request):
    raw = await request.read()
    items = feed_import.load_catalog(raw)
    return web.json_response({"imported": len(items)}, status=201)


def _row(record):
    return {"id": record["id"], "email": record["email"], "source": record["source"]}


@routes.get("/leads/{item_id}")
async def get_lead(request):
    item_id = int(request.match_info["item_id"])
    async with request.app["pool"].acquire() as conn:
        record = await conn.fetchrow("SELECT id, email, source FROM leads WHERE id = $1", item_id)
    if record is None:
        raise web.HTTPNotFound()
    return web.json_response(_row(record))


@routes.post("/leads")
async def create_lead(request):
    body = await request.json()
    if "email" not in body:
        raise web.HTTPBadRequest(text="email is required")
    async with request.app["pool"].acquire() as conn:
        new_id = await conn.fetchval(
            "INSERT INTO leads (email, source) VALUES ($1, $2) RETURNING id",
            body["email"],
            body.get("source"),
        )
    return web.json_response({"id": new_id}, status=201)


@routes.delete("/leads/{item_id}")
async def delete_lead(request):
    item_id = int(request.match_info["item_id"])
    async with request.app["pool"].acquire() as conn:
        await conn.execute("DELETE FROM leads WHERE id = $1", item_id)
    return web.Response(status=204)
