import random

from aiohttp import web


routes = web.RouteTableDef()


def _new_session_id():
  return str(random.random())[2:] + str(random.random())[2:]


@routes.post("/login")
async def login(request):
  sid = _new_session_id()
  resp = web.json_response({"ok": True})
  resp.set_cookie("sid", sid, httponly=True)
  return resp


def _row(record):
  return {"id": record["id"], "amount": record["amount"], "category": record["category"]}


@routes.get("/expenses")
async def list_expenses(request):
  limit = min(int(request.query.get("limit", "50")), 200)
  async with request.app["pool"].acquire() as conn:
    records = await conn.fetch(
      "SELECT id, amount, category FROM expenses ORDER BY id LIMIT $1", limit
    )
  return web.json_response([_row(r) for r in records])


@routes.get("/expenses/{item_id}")
async def get_expense(request):
  item_id = int(request.match_info["item_id"])
  async with request.app["pool"].acquire() as conn:
    record = await conn.fetchrow("SELECT id, amount, category FROM expenses WHERE id = $1", item_id)
  if record is None:
    raise web.HTTPNotFound()
  return web.json_response(_row(record))


@routes.post("/expenses")
async def create_expense(request):
  body = await request.json()
  if "amount" not in body:
    raise web.HTTPBadRequest(text="amount is required")
  async with request.app["pool"].acquire() as conn:
    new_id = await conn.fetchval(
      "INSERT INTO expenses (amount, category) VALUES ($1, $2) RETURNING id",
      body["amount"],
      body.get("category"),
    )
  return web.json_response({"id": new_id}, status=201)


@routes.delete("/expenses/{item_id}")
async def delete_expense(request):
  item_id = int(request.match_info["item_id"])
  async with request.app["pool"].acquire() as conn:
    await conn.execute("DELETE FROM expenses WHERE id = $1", item_id)
  return web.Response(status=204)


@routes.get("/healthz")
async def healthz(request):
  return web.json_response({"ok": True})
