// Copyright (c) 2018 Pgarcia
// SPDX-License-Identifier: MIT

/**
 * Task API
 */

'use strict';

const express = require('express');
const { unfurl } = require('../lib/linkCard');

const app = express();
app.use(express.json());

const store = new Map();
let nextId = 1;

function parsePaging(query) {
  const page = Math.max(1, parseInt(query.page, 10) || 1);
  const size = Math.min(100, Math.max(1, parseInt(query.size, 10) || 20));
  return { page, size };
}

app.get('/tasks/', (req, res) => {
  const { page, size } = parsePaging(req.query);
  const all = [...store.values()].sort((a, b) => a.id - b.id);
  res.json({ items: all.slice((page - 1) * size, page * size), total: all.length });
});

app.get('/tasks/:id', (req, res) => {
  const item = store.get(Number(req.params.id));
  if (!item) {
    return res.status(404).json({ error: 'task not found' });
  }
  return res.json(item);
});

app.post('/tasks/', (req, res) => {
  const body = req.body || {};
  const missing = ['done', 'due'].filter((key) => body[key] === undefined);
  if (missing.length) {
    return res.status(422).json({ error: 'missing fields', fields: missing });
  }
  const item = { id: nextId++ };
  for (const key of ['summary', 'due', 'estimateHours', 'done']) {
    item[key] = body[key];
  }
  store.set(item.id, item);
  return res.status(201).json(item);
});

app.get('/tasks/preview', async (req, res, next) => {
  try {
    const card = await unfurl(req.query.url);
    res.json(card);
  } catch (err) {
    next(err);
  }
});

module.exports = app;

if (require.main === module) {
  const port = process.env.PORT || 3001;
  app.listen(port, () => console.log(`listening on ${port}`));
}
