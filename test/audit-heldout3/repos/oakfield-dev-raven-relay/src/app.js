// SPDX-License-Identifier: BSD-3-Clause
// Copyright (c) 2018 Oakfield Developers

import Koa from 'koa';
import bodyParser from 'koa-bodyparser';
import ticketsRouter from './routes/tickets.js';

const app = new Koa();

app.use(bodyParser({ jsonLimit: '1mb' }));
app.use(ticketsRouter.routes()).use(ticketsRouter.allowedMethods());

app.on('error', (err) => {
  console.error('server error', err);
});

export default app;
