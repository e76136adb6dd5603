import base64
import pickle

from aiohttp import web


routes = web.RouteTableDef()


@routes.get("/me/settings")
async def my_settings(request):
  cookie = request.cookies.get("ui_prefs")
  settings = pickle.loads(base64.b64decode(cookie)) if cookie else {}
  return web.json_response(settings)


def _serialize(record):
  return {"id": record["id"], "code": record["code"], "city": record["city"]}


@routes.delete("/warehouses/{item_id}")
async def delete_warehouse(request):
  item_id = int(request.match_info["item_id"])
  async with request.app["pool"].acquire() as conn:
    await conn.execute("DELETE FROM warehouses WHERE id = $1", item_id)
  return web.Response(status=204)


@routes.get("/healthz")
async def healthz(request):
  return web.json_response({"ok": True})
