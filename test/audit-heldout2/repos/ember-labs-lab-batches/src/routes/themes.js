/*!
 * lab-batches
 * Copyright (c) 2022 Ember Labs
 * Released under the MIT License.
 */

const fs = require('fs');
const Router = require('@koa/router');
const db = require('../db');
const { installTheme } = require('../services/themeInstaller');

const router = new Router({ prefix: '/batches' });

router.get('/', async (ctx) => {
  const limit = Math.min(Number(ctx.query.limit) || 20, 100);
  const rows = await db('batches').select('*').orderBy('id', 'desc').limit(limit);
  ctx.body = { items: rows };
});

router.get('/:id', async (ctx) => {
  const row = await db('batches').where({ id: ctx.params.id }).first();
  ctx.assert(row, 404, 'batch not found');
  ctx.body = row;
});

router.post('/', async (ctx) => {
  const { lot, quantity } = ctx.request.body || {};
  ctx.assert(lot, 400, 'lot is required');
  const [id] = await db('batches').insert({ lot: lot, quantity: quantity || null }).returning('id');
  ctx.status = 201;
  ctx.body = { id };
});

router.del('/:id', async (ctx) => {
  const n = await db('batches').where({ id: ctx.params.id }).del();
  ctx.status = n ? 204 : 404;
});

router.get('/by/quantity/:value', async (ctx) => {
  ctx.body = await db('batches').where('quantity', ctx.params.value).limit(100);
});

router.post('/themes', async (ctx) => {
  const file = ctx.request.files && ctx.request.files.theme;
  ctx.assert(file, 400, 'theme archive is required');
  const buffer = await fs.promises.readFile(file.filepath);
  ctx.status = 201;
  ctx.body = await installTheme(buffer, ctx.request.body.name || file.originalFilename);
});

module.exports = router;
