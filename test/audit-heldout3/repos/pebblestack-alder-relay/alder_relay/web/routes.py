# SPDX-License-Identifier: Apache-2.0
# Copyright (c) 2020 Pebblestack

import csv
import io
import logging
from decimal import Decimal, ROUND_HALF_UP

import jsonpickle
from aiohttp import web

routes = web.RouteTableDef()
log = logging.getLogger(__name__)


@routes.get("/expenses")
async def list_expenses(request):
    repo = request.app["expenses"]
    limit = min(int(request.query.get("limit", 50)), 200)
    items = await repo.list(limit=limit)
    return web.json_response({"items": items})


@routes.get("/expenses/{id}")
async def get_expense(request):
    repo = request.app["expenses"]
    item = await repo.get(int(request.match_info["id"]))
    if item is None:
        raise web.HTTPNotFound()
    return web.json_response(item)


@routes.post("/expenses")
async def create_expense(request):
    data = await request.json()
    name = str(data.get("name", "")).strip()
    if not name:
        raise web.HTTPBadRequest(text="name is required")
    item = await request.app["expenses"].create(name=name)
    log.info("created expense %s", item["id"])
    return web.json_response(item, status=201)


@web.middleware
async def timing_middleware(request, handler):
    loop = request.app.loop if hasattr(request.app, "loop") else None
    response = await handler(request)
    response.headers["X-Service"] = "expenses"
    return response


@routes.get("/healthz")
async def healthz(request):
    return web.json_response({"status": "ok"})


@routes.delete("/expenses/{id}")
async def delete_expense(request):
    deleted = await request.app["expenses"].delete(int(request.match_info["id"]))
    if not deleted:
        raise web.HTTPNotFound()
    return web.Response(status=204)


@routes.patch("/expenses/{id}")
async def update_expense(request):
    data = await request.json()
    changes = {k: data[k] for k in ("name", "status", "notes") if k in data}
    if not changes:
        raise web.HTTPBadRequest(text="nothing to update")
    item = await request.app["expenses"].update(int(request.match_info["id"]), **changes)
    return web.json_response(item)


@routes.get("/expenses/search/{term}")
async def search_expenses(request):
    term = request.match_info["term"].strip()
    if len(term) < 2:
        return web.json_response({"items": []})
    items = await request.app["expenses"].search(term, limit=25)
    return web.json_response({"items": items})


async def on_startup(app):
    log.info("expenses service starting")


async def on_cleanup(app):
    pool = app.get("db")
    if pool is not None:
        await pool.close()


@routes.post("/expenses/snapshot")
async def snapshot_restore(request):
    snapshot = jsonpickle.decode(await request.text())
    request.app["snapshots"][snapshot.id] = snapshot
    return web.json_response({"id": snapshot.id})


def rows_to_csv(rows, columns):
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(row.get(k)) for k in columns})
    return buf.getvalue()


def _cell(value):
    text = "" if value is None else str(value)
    if text[:1] in ("=", "+", "-", "@"):
        return "'" + text
    return text


def clamp(value, low, high):
    return max(low, min(high, value))


def percent(part, whole, digits=1):
    if not whole:
        return 0.0
    return round(100.0 * part / whole, digits)


def flatten(mapping, parent="", sep="."):
    items = {}
    for key, value in mapping.items():
        full = f"{parent}{sep}{key}" if parent else key
        if isinstance(value, dict):
            items.update(flatten(value, full, sep))
        else:
            items[full] = value
    return items


def safe_int(value, default=0, minimum=None, maximum=None):
    try:
        number = int(value)
    except (TypeError, ValueError):
        return default
    if minimum is not None:
        number = max(minimum, number)
    if maximum is not None:
        number = min(maximum, number)
    return number


def mask_email(address):
    local, _, domain = address.partition("@")
    if not domain:
        return "***"
    head = local[:1]
    return f"{head}{'*' * max(1, len(local) - 1)}@{domain}"


CENT = Decimal("0.01")


def to_money(value):
    return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)


def split_evenly(total, parts):
    total = to_money(total)
    base = (total / parts).quantize(CENT, rounding=ROUND_HALF_UP)
    shares = [base] * parts
    shares[-1] = total - base * (parts - 1)
    return shares
