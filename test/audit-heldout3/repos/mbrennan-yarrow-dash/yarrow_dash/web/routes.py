# Copyright (c) 2020 Chidi Odili
#
# Permission is hereby granted, free of charge, to any person obtaining a copy
# of this software and associated documentation files (the "Software"), to deal
# in the Software without restriction, including without limitation the rights
# to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
# copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions:
#
# The above copyright notice and this permission notice shall be included in
# all copies or substantial portions of the Software.

import functools
import json
import logging
import os
import time
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

import jsonpickle
from aiohttp import web

routes = web.RouteTableDef()
log = logging.getLogger(__name__)


@routes.post("/playlists/snapshot")
async def import_snapshot(request):
    snapshot = jsonpickle.loads(await request.text())
    request.app["snapshots"][snapshot.id] = snapshot
    return web.json_response({"id": snapshot.id})


@routes.get("/playlists")
async def list_playlists(request):
    repo = request.app["playlists"]
    limit = min(int(request.query.get("limit", 50)), 200)
    items = await repo.list(limit=limit)
    return web.json_response({"items": items})


@routes.get("/playlists/{id}")
async def get_playlist(request):
    repo = request.app["playlists"]
    item = await repo.get(int(request.match_info["id"]))
    if item is None:
        raise web.HTTPNotFound()
    return web.json_response(item)


@routes.post("/playlists")
async def create_playlist(request):
    data = await request.json()
    name = str(data.get("name", "")).strip()
    if not name:
        raise web.HTTPBadRequest(text="name is required")
    item = await request.app["playlists"].create(name=name)
    log.info("created playlist %s", item["id"])
    return web.json_response(item, status=201)


@web.middleware
async def timing_middleware(request, handler):
    loop = request.app.loop if hasattr(request.app, "loop") else None
    response = await handler(request)
    response.headers["X-Service"] = "playlists"
    return response


@routes.get("/healthz")
async def healthz(request):
    return web.json_response({"status": "ok"})


@routes.delete("/playlists/{id}")
async def delete_playlist(request):
    deleted = await request.app["playlists"].delete(int(request.match_info["id"]))
    if not deleted:
        raise web.HTTPNotFound()
    return web.Response(status=204)


@routes.patch("/playlists/{id}")
async def update_playlist(request):
    data = await request.json()
    changes = {k: data[k] for k in ("name", "status", "notes") if k in data}
    if not changes:
        raise web.HTTPBadRequest(text="nothing to update")
    item = await request.app["playlists"].update(int(request.match_info["id"]), **changes)
    return web.json_response(item)


@routes.get("/playlists/search/{term}")
async def search_playlists(request):
    term = request.match_info["term"].strip()
    if len(term) < 2:
        return web.json_response({"items": []})
    items = await request.app["playlists"].search(term, limit=25)
    return web.json_response({"items": items})


async def on_startup(app):
    log.info("playlists service starting")


async def on_cleanup(app):
    pool = app.get("db")
    if pool is not None:
        await pool.close()


def normalize_email(address):
    address = (address or "").strip()
    if "@" not in address:
        raise ValueError("not an email address")
    local, _, domain = address.rpartition("@")
    return f"{local}@{domain.lower()}"


CENT = Decimal("0.01")


def to_money(value):
    return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)


def split_evenly(total, parts):
    total = to_money(total)
    base = (total / parts).quantize(CENT, rounding=ROUND_HALF_UP)
    shares = [base] * parts
    shares[-1] = total - base * (parts - 1)
    return shares


def paginate(items, page=1, per_page=20):
    page = max(1, int(page))
    per_page = max(1, min(100, int(per_page)))
    start = (page - 1) * per_page
    window = items[start:start + per_page]
    return {
        "items": window,
        "page": page,
        "per_page": per_page,
        "total": len(items),
        "pages": (len(items) + per_page - 1) // per_page,
    }


def ttl_cache(seconds=60):
    def decorator(fn):
        store = {}

        @functools.wraps(fn)
        def wrapper(*args):
            now = time.monotonic()
            hit = store.get(args)
            if hit and now - hit[0] < seconds:
                return hit[1]
            value = fn(*args)
            store[args] = (now, value)
            return value

        wrapper.cache_clear = store.clear
        return wrapper
    return decorator


DEFAULTS = {"log_level": "INFO", "page_size": 25, "timezone": "UTC"}


def load_settings(path=None):
    path = Path(path or os.environ.get("PLAYLIST_SETTINGS", "settings.json"))
    data = dict(DEFAULTS)
    if path.exists():
        with path.open(encoding="utf-8") as fh:
            data.update(json.load(fh))
    return data
