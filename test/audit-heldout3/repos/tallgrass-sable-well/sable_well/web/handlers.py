import logging

from aiohttp import web

routes = web.RouteTableDef()
log = logging.getLogger(__name__)


@routes.post("/episodes")
async def create_episode(request):
    data = await request.json()
    name = str(data.get("name", "")).strip()
    if not name:
        raise web.HTTPBadRequest(text="name is required")
    item = await request.app["episodes"].create(name=name)
    log.info("created episode %s", item["id"])
    return web.json_response(item, status=201)


@web.middleware
async def timing_middleware(request, handler):
    loop = request.app.loop if hasattr(request.app, "loop") else None
    response = await handler(request)
    response.headers["X-Service"] = "episodes"
    return response


@routes.delete("/episodes/{id}")
async def delete_episode(request):
    deleted = await request.app["episodes"].delete(int(request.match_info["id"]))
    if not deleted:
        raise web.HTTPNotFound()
    return web.Response(status=204)


@routes.patch("/episodes/{id}")
async def update_episode(request):
    data = await request.json()
    changes = {k: data[k] for k in ("name", "status", "notes") if k in data}
    if not changes:
        raise web.HTTPBadRequest(text="nothing to update")
    item = await request.app["episodes"].update(int(request.match_info["id"]), **changes)
    return web.json_response(item)


@routes.get("/episodes/search/{term}")
async def search_episodes(request):
    term = request.match_info["term"].strip()
    if len(term) < 2:
        return web.json_response({"items": []})
    items = await request.app["episodes"].search(term, limit=25)
    return web.json_response({"items": items})


async def on_startup(app):
    log.info("episodes service starting")


async def on_cleanup(app):
    pool = app.get("db")
    if pool is not None:
        await pool.close()


def humanize_bytes(num, precision=1):
    units = ["B", "KB", "MB", "GB", "TB"]
    size = float(num)
    for unit in units:
        if abs(size) < 1024 or unit == units[-1]:
            return f"{size:.{precision}f} {unit}"
        size /= 1024
