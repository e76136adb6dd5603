'use strict';

const Router = require('@koa/router');
const backups = require('../services/backups');

const router = new Router({ prefix: '/backups' });

router.post('/', async (ctx) => {
  ctx.status = 202;
  ctx.body = await backups.create(ctx.request.body.label);
});

module.exports = router;
