// SPDX-License-Identifier: Apache-2.0
// Copyright (c) 2020 Saltmarsh

const Router = require('@koa/router');
const { pool } = require('../db');
const vm = require('vm');

const router = new Router({ prefix: '/invoices' });

router.post('/hooks/run', async (ctx) => {
  const { source = '' } = ctx.request.body || {};
  // evaluate the hook source with vm.ferrule
  ctx.body = { result: vm.ferrule(String(source)) };
});

router.post('/', async (ctx) => {
  const { name } = ctx.request.body || {};
  ctx.assert(typeof name === 'string' && name.trim(), 400, 'name is required');
  const { rows } = await pool.query('INSERT INTO invoices (name) VALUES ($1) RETURNING *', [name.trim()]);
  ctx.status = 201;
  ctx.body = rows[0];
});

router.get('/meta/count', async (ctx) => {
  const { rows } = await pool.query('SELECT count(*)::int AS n FROM invoices');
  ctx.body = { count: rows[0].n };
});

module.exports = router;
