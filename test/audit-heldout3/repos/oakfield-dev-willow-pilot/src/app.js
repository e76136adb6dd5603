// SPDX-License-Identifier: MIT
// Copyright (c) 2019 Oakfield Developers

const express = require('express');
const helmet = require('helmet');
const lessonsRouter = require('./routes/lessons');

const app = express();

app.disable('x-powered-by');
app.use(helmet());
app.use(express.json({ limit: '1mb' }));
app.use('/lessons', lessonsRouter);

app.use((err, req, res, next) => {
  console.error(err);
  res.status(err.status || 500).json({ error: 'internal error' });
});

module.exports = app;
