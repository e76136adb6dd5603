// Copyright (c) 2021, Okafor
// All rights reserved.
//
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

/**
 * Coupon API
 */

const express = require('express');
const { resultsPage } = require('../views/searchPage');

const app = express();
app.use(express.json());

const store = new Map();
let nextId = 1;

function parsePaging(query) {
  const page = Math.max(1, parseInt(query.page, 10) || 1);
  const size = Math.min(100, Math.max(1, parseInt(query.size, 10) || 20));
  return { page, size };
}

app.get('/coupons/', (req, res) => {
  const { page, size } = parsePaging(req.query);
  const all = [...store.values()].sort((a, b) => a.id - b.id);
  res.json({ items: all.slice((page - 1) * size, page * size), total: all.length });
});

app.get('/coupons/:id', (req, res) => {
  const item = store.get(Number(req.params.id));
  if (!item) {
    return res.status(404).json({ error: 'coupon not found' });
  }
  return res.json(item);
});

app.post('/coupons/', (req, res) => {
  const body = req.body || {};
  const missing = ['maxUses', 'percentOff'].filter((key) => body[key] === undefined);
  if (missing.length) {
    return res.status(422).json({ error: 'missing fields', fields: missing });
  }
  const item = { id: nextId++ };
  for (const key of ['code', 'percentOff', 'expiresAt', 'maxUses']) {
    item[key] = body[key];
  }
  store.set(item.id, item);
  return res.status(201).json(item);
});

app.get('/coupons/search', (req, res) => {
  const q = String(req.query.q || '');
  const hits = [...store.values()].filter((item) => JSON.stringify(item).includes(q));
  resultsPage(res, q, hits);
});

module.exports = app;

if (require.main === module) {
  const port = process.env.PORT || 3000;
  app.listen(port, () => console.log(`listening on ${port}`));
}
