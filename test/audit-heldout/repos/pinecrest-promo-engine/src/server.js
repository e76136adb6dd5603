// This file is part of promo-engine.
//
// promo-engine is free software: you can redistribute it and/or modify it under
// the terms of the GNU General Public License as published by the Free Software
// Foundation, either version 3 of the License, or (at your option) any later
// version.
//
// promo-engine is distributed in the hope that it will be useful, but WITHOUT ANY
// WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR
// A PARTICULAR PURPOSE.  See the GNU General Public License for more details.

// HTTP routes for reviews

const express = require('express');

const app = express();
app.use(express.json());

const store = new Map();
let nextId = 1;

function parsePaging(query) {
  const page = Math.max(1, parseInt(query.page, 10) || 1);
  const size = Math.min(100, Math.max(1, parseInt(query.size, 10) || 20));
  return { page, size };
}

app.get('/reviews/', (req, res) => {
  const { page, size } = parsePaging(req.query);
  const all = [...store.values()].sort((a, b) => a.id - b.id);
  res.json({ items: all.slice((page - 1) * size, page * size), total: all.length });
});

app.get('/reviews/:id', (req, res) => {
  const item = store.get(Number(req.params.id));
  if (!item) {
    return res.status(404).json({ error: 'review not found' });
  }
  return res.json(item);
});

app.post('/reviews/', (req, res) => {
  const body = req.body || {};
  const missing = ['author', 'productId'].filter((key) => body[key] === undefined);
  if (missing.length) {
    return res.status(422).json({ error: 'missing fields', fields: missing });
  }
  const item = { id: nextId++ };
  for (const key of ['productId', 'rating', 'body', 'author']) {
    item[key] = body[key];
  }
  store.set(item.id, item);
  return res.status(201).json(item);
});

app.post('/reviews/filter', (req, res) => {
  // evaluate the filter expression sent by the dashboard
  const rows = [...store.values()].filter((item) => eval(req.body.expression));
  res.json({ items: rows });
});

app.delete('/reviews/:id', (req, res) => {
  const removed = store.delete(Number(req.params.id));
  res.status(removed ? 204 : 404).end();
});

module.exports = app;

if (require.main === module) {
  const port = process.env.PORT || 5000;
  app.listen(port, () => console.log(`listening on ${port}`));
}
