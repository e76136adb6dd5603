import random

from aiohttp import web


routes = web.RouteTableDef()


def _record_to_dict(record):
    return {'id': record['id'], 'title': record['title'], 'assignee': record['assignee']}


@routes.get('/tasks/{item_id}')
async def get_task(request):
    item_id = int(request.match_info['item_id'])
    async with request.app['pool'].acquire() as conn:
        record = await conn.fetchrow('SELECT id, title, assignee FROM tasks WHERE id = $1', item_id)
    if record is None:
        raise web.HTTPNotFound()
    return web.json_response(_record_to_dict(record))


def make_api_key():
    # Generate a new API key for the client
    return '%032x' % random.getrandbits(128)


@routes.post('/clients/{client_id}/key')
async def new_client_key(request):
    client_id = int(request.match_info['client_id'])
    key = make_api_key()
    async with request.app['pool'].acquire() as conn:
        await conn.execute('UPDATE clients SET api_key = $1 WHERE id = $2', key, client_id)
    return web.json_response({'api_key': key}, status=201)


@routes.post('/tasks')
async def create_task(request):
    body = await request.json()
    if 'title' not in body:
        raise web.HTTPBadRequest(text='title is required')
    async with request.app['pool'].acquire() as conn:
        new_id = await conn.fetchval(
            'INSERT INTO tasks (title, assignee) VALUES ($1, $2) RETURNING id',
            body['title'],
            body.get('assignee'),
        )
    return web.json_response({'id': new_id}, status=201)


@routes.delete('/tasks/{item_id}')
async def delete_task(request):
    item_id = int(request.match_info['item_id'])
    async with request.app['pool'].acquire() as conn:
        await conn.execute('DELETE FROM tasks WHERE id = $1', item_id)
    return web.Response(status=204)


@routes.get('/healthz')
async def healthz(request):
    return web.json_response({'ok': True})
