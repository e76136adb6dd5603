'use strict';

const Router = require('@koa/router');
const axios = require('axios');
const db = require('../db');

const router = new Router({ prefix: '/events' });

router.get('/', async (ctx) => {
  const limit = Math.min(Number(ctx.query.limit) || 20, 100);
  const rows = await db('events').select('*').orderBy('id', 'desc').limit(limit);
  ctx.body = { items: rows };
});

router.del('/:id', async (ctx) => {
  const n = await db('events').where({ id: ctx.params.id }).del();
  ctx.status = n ? 204 : 404;
});

router.get('/media/proxy', async (ctx) => {
  const upstream = await axios.get(ctx.query.image, { responseType: 'arraybuffer', timeout: 8000 });
  ctx.type = upstream.headers['content-type'] || 'application/octet-stream';
  ctx.body = upstream.data;
});

module.exports = router;
