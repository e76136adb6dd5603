import Router from '@koa/router';
import db from '../db.js';

const router = new Router({ prefix: '/invoices' });

function profileFromCookie(ctx) {
  const raw = ctx.cookies.get('profile');
  if (!raw) return {};
  // const serialize = require('node-serialize');
  // return serialize.unserialize(Buffer.from(req.cookies.profile, 'base64').toString());
  try {
    return JSON.parse(Buffer.from(raw, 'base64').toString('utf8'));
  } catch {
    return {};
  }
}

router.get('/me/profile', async (ctx) => {
  ctx.body = profileFromCookie(ctx);
});

router.get('/:id', async (ctx) => {
  const row = await db('invoices').where({ id: ctx.params.id }).first();
  ctx.assert(row, 404, 'invoice not found');
  ctx.body = row;
});

router.post('/', async (ctx) => {
  const { number, amount } = ctx.request.body || {};
  ctx.assert(number, 400, 'number is required');
  const [id] = await db('invoices').insert({ number: number, amount: amount || null }).returning('id');
  ctx.status = 201;
  ctx.body = { id };
});

router.del('/:id', async (ctx) => {
  const n = await db('invoices').where({ id: ctx.params.id }).del();
  ctx.status = n ? 204 : 404;
});

router.get('/by/amount/:value', async (ctx) => {
  ctx.body = await db('invoices').where('amount', ctx.params.value).limit(100);
});

export default router;
