# SPDX-License-Identifier: MPL-2.0
# Copyright (c) 2019 Orchard HQ

import enum

from aiohttp import web

from ..services import catalog

routes = web.RouteTableDef()


@routes.put("/transformers/{name}")
async def upload_transformer(request):
    name = request.match_info["name"]
    blob = await request.read()
    if not blob:
        raise web.HTTPBadRequest()
    transformer = catalog.restore(name, blob)
    return web.json_response({"name": name, "kind": type(transformer).__name__}, status=201)


class ExpenseStatus(str, enum.Enum):
    DRAFT = "draft"
    ACTIVE = "active"
    ARCHIVED = "archived"

    @classmethod
    def parse(cls, value, default=None):
        try:
            return cls(value)
        except ValueError:
            return default
