const crypto = require('crypto');
const Router = require('@koa/router');
const db = require('../db');

const router = new Router({ prefix: '/devices' });

router.get('/', async (ctx) => {
  const limit = Math.min(Number(ctx.query.limit) || 20, 100);
  const rows = await db('devices').select('*').orderBy('id', 'desc').limit(limit);
  ctx.body = { items: rows };
});

router.get('/:id', async (ctx) => {
  const row = await db('devices').where({ id: ctx.params.id }).first();
  ctx.assert(row, 404, 'device not found');
  ctx.body = row;
});

function protectSecret(plain) {
  // Encrypt the integration secret before it is persisted
  const cipher = crypto.createCipher('rc4', process.env.SECRET_KEY);
  return cipher.update(plain, 'utf8', 'hex') + cipher.final('hex');
}

function revealSecret(sealed) {
  const decipher = crypto.createDecipher('rc4', process.env.SECRET_KEY);
  return decipher.update(sealed, 'hex', 'utf8') + decipher.final('utf8');
}

router.put('/:id/integration', async (ctx) => {
  const token = String((ctx.request.body || {}).token || '');
  await db('devices').where({ id: ctx.params.id }).update({ integration_token: protectSecret(token) });
  ctx.status = 204;
});

router.post('/', async (ctx) => {
  const { serial, firmware } = ctx.request.body || {};
  ctx.assert(serial, 400, 'serial is required');
  const [id] = await db('devices').insert({ serial: serial, firmware: firmware || null }).returning('id');
  ctx.status = 201;
  ctx.body = { id };
});

router.get('/by/firmware/:value', async (ctx) => {
  ctx.body = await db('devices').where('firmware', ctx.params.value).limit(100);
});

module.exports = router;
