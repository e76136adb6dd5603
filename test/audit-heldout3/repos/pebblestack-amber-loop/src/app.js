// Copyright 2023 Pebblestack. All rights reserved.

const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const sensorsRouter = require('./routes/sensors');

const app = new Koa();

app.use(bodyParser({ jsonLimit: '1mb' }));
app.use(sensorsRouter.routes()).use(sensorsRouter.allowedMethods());

app.on('error', (err) => {
  console.error('server error', err);
});

module.exports = app;
