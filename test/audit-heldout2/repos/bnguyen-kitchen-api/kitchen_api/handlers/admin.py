import base64
import json

from aiohttp import web


routes = web.RouteTableDef()


def _serialize(record):
    return {'id': record['id'], 'title': record['title'], 'servings': record['servings']}


@routes.get('/recipes')
async def list_recipes(request):
    limit = min(int(request.query.get('limit', '50')), 200)
    async with request.app['pool'].acquire() as conn:
        records = await conn.fetch(
            'SELECT id, title, servings FROM recipes ORDER BY id LIMIT $1', limit
        )
    return web.json_response([_serialize(r) for r in records])


@routes.get('/me/settings')
async def my_settings(request):
    cookie = request.cookies.get('settings')
    try:
        settings = json.loads(base64.b64decode(cookie)) if cookie else {}
    except ValueError:
        settings = {}
    return web.json_response(settings)


@routes.get('/recipes/{item_id}')
async def get_recipe(request):
    item_id = int(request.match_info['item_id'])
    async with request.app['pool'].acquire() as conn:
        record = await conn.fetchrow('SELECT id, title, servings FROM recipes WHERE id = $1', item_id)
    if record is None:
        raise web.HTTPNotFound()
    return web.json_response(_serialize(record))


@routes.delete('/recipes/{item_id}')
async def delete_recipe(request):
    item_id = int(request.match_info['item_id'])
    async with request.app['pool'].acquire() as conn:
        await conn.execute('DELETE FROM recipes WHERE id = $1', item_id)
    return web.Response(status=204)
