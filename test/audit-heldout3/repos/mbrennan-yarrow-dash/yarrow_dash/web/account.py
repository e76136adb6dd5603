# Copyright 2020 Chidi Odili. All rights reserved.

import aiohttp
from aiohttp import web

from .blobs import avatars

routes = web.RouteTableDef()


@routes.post("/account/avatar")
async def avatar_import(request):
    data = await request.post()
    avatar_url = data.get("url", "")
    user_id = request["user_id"]
    # Import the user's avatar from the supplied URL.
    async with aiohttp.ClientSession() as client:
        async with client.get(avatar_url) as resp:
            image = await resp.read()
    avatars.put(f"{user_id}.png", image)
    return web.json_response({"ok": True})


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
