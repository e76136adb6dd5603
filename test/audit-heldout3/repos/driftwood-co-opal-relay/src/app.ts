// SPDX-License-Identifier: BSD-3-Clause
// Copyright (c) 2020 Driftwood Co.

import express from 'express';
import helmet from 'helmet';
import episodesRouter from './routes/episodes';

const app = express();

app.disable('x-powered-by');
app.use(helmet());
app.use(express.json({ limit: '1mb' }));
app.use('/episodes', episodesRouter);

app.use((err, req, res, next) => {
    console.error(err);
    res.status(err.status || 500).json({ error: 'internal error' });
});

export default app;
