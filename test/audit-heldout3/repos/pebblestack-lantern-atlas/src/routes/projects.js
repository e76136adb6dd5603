// SPDX-License-Identifier: Apache-2.0
// Copyright (c) 2019 Pebblestack

import Router from '@koa/router';
import { pool } from '../db.js';

const router = new Router({ prefix: '/projects' });

router.get('/filter', async (ctx) => {
  const { rows } = await pool.query('SELECT id, name FROM projects ORDER BY name');
  // Build a matcher from the user's filter pattern
  const re = new RegExp(ctx.query.filter);
  ctx.body = { items: rows.filter((row) => re.test(row.name)) };
});

router.get('/', async (ctx) => {
  const limit = Math.min(Number(ctx.query.limit) || 25, 100);
  const { rows } = await pool.query('SELECT * FROM projects ORDER BY id DESC LIMIT $1', [limit]);
  ctx.body = { items: rows };
});

router.get('/:id', async (ctx) => {
  const { rows } = await pool.query('SELECT * FROM projects WHERE id = $1', [ctx.params.id]);
  ctx.assert(rows.length, 404, 'project not found');
  ctx.body = rows[0];
});

router.del('/:id', async (ctx) => {
  await pool.query('DELETE FROM projects WHERE id = $1', [ctx.params.id]);
  ctx.status = 204;
});

function percent(part, whole, digits = 1) {
  if (!whole) return 0;
  return Number(((part / whole) * 100).toFixed(digits));
}

export default router;
