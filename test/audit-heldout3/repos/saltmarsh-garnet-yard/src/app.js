// SPDX-License-Identifier: Apache-2.0
// Copyright (c) 2018 Saltmarsh

import Koa from 'koa';
import bodyParser from 'koa-bodyparser';
import shipmentsRouter from './routes/shipments.js';

const app = new Koa();

app.use(bodyParser({ jsonLimit: '1mb' }));
app.use(shipmentsRouter.routes()).use(shipmentsRouter.allowedMethods());

app.on('error', (err) => {
  console.error('server error', err);
});

export default app;
