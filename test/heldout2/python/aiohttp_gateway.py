"""Edge gateway built on aiohttp.

Serves cached catalogue artefacts, proxies a few upstream APIs and handles the
legacy contact form.
"""
import html
import os
from urllib.parse import quote, urlsplit

import aiohttp
import aiopg
from aiohttp import web

CACHE_DIR = "/var/cache/gateway"
CATALOGUE_API = "https://catalogue.internal.example.com"
PG_DSN = os.environ["GATEWAY_PG_DSN"]
SAFE_RETURN_PATHS = ("/account", "/orders", "/help")

routes = web.RouteTableDef()


def _cache_path(bucket, key):
    return os.path.join(CACHE_DIR, bucket, key)


def _load_cached(bucket, key):
    # expect: CWE-22
    with open(_cache_path(bucket, key), "rb") as fh:
        return fh.read()


async def _fetch(session, url):
    # expect: CWE-918
    async with session.get(url, timeout=aiohttp.ClientTimeout(total=10)) as resp:
        return resp.status, await resp.read()


async def _fetch_catalogue(session, item_id):
    url = f"{CATALOGUE_API}/v2/items/{quote(item_id, safe='')}"
    # ok: CWE-918
    async with session.get(url, timeout=aiohttp.ClientTimeout(total=10)) as resp:
        return await resp.json()


@routes.get("/cache/{bucket}/{key:.+}")
async def cached_artifact(request):
    body = _load_cached(request.match_info["bucket"], request.match_info["key"])
    return web.Response(body=body, content_type="application/octet-stream")


@routes.get("/static/{name}")
async def static_file(request):
    name = os.path.basename(request.match_info["name"])
    # ok: CWE-22
    return web.FileResponse(os.path.join(CACHE_DIR, "static", name))


@routes.get("/downloads")
async def download(request):
    rel = request.query.get("file", "")
    # expect: CWE-22
    return web.FileResponse(os.path.join(CACHE_DIR, "downloads", rel))


@routes.get("/proxy")
async def proxy(request):
    target = request.query.get("target", "")
    async with aiohttp.ClientSession() as session:
        status, payload = await _fetch(session, target)
    return web.Response(status=status, body=payload, content_type="application/octet-stream")


@routes.get("/items/{item_id}")
async def item(request):
    async with aiohttp.ClientSession() as session:
        data = await _fetch_catalogue(session, request.match_info["item_id"])
    return web.json_response(data)


async def _tagged_products(pool, tag):
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            # expect: CWE-89
            await cur.execute("SELECT id, name FROM products WHERE tag = '%s'" % tag)
            return await cur.fetchall()


async def _product_by_sku(pool, sku):
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            # ok: CWE-89
            await cur.execute("SELECT id, name, price FROM products WHERE sku = %s", (sku,))
            return await cur.fetchone()


@routes.get("/products")
async def products(request):
    rows = await _tagged_products(request.app["pg"], request.query.get("tag", "new"))
    return web.json_response([{"id": r[0], "name": r[1]} for r in rows])


@routes.get("/products/{sku}")
async def product(request):
    row = await _product_by_sku(request.app["pg"], request.match_info["sku"])
    if row is None:
        raise web.HTTPNotFound()
    return web.json_response({"id": row[0], "name": row[1], "price": str(row[2])})


@routes.post("/contact")
async def contact(request):
    form = await request.post()
    name = form.get("name", "")
    # expect: CWE-79
    return web.Response(text=f"<p>Thanks {name}, we will be in touch.</p>", content_type="text/html")


@routes.post("/contact/v2")
async def contact_v2(request):
    form = await request.post()
    name = html.escape(form.get("name", ""))
    # ok: CWE-79
    return web.Response(text=f"<p>Thanks {name}, we will be in touch.</p>", content_type="text/html")


@routes.post("/checkout/complete")
async def checkout_complete(request):
    body = await request.json()
    # expect: CWE-601
    raise web.HTTPFound(location=body.get("return_to", "/"))


@routes.post("/checkout/cancel")
async def checkout_cancel(request):
    body = await request.json()
    target = body.get("return_to", "/")
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or target not in SAFE_RETURN_PATHS:
        target = "/account"
    # ok: CWE-601
    raise web.HTTPFound(location=target)


async def init_pg(app):
    app["pg"] = await aiopg.create_pool(PG_DSN)
    yield
    app["pg"].close()
    await app["pg"].wait_closed()


def make_app():
    app = web.Application(client_max_size=2 * 1024 * 1024)
    app.add_routes(routes)
    app.cleanup_ctx.append(init_pg)
    return app
