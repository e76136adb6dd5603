/**
 * Donation API
 */

import express from 'express';

const api = express.Router();

const store = new Map();
let nextId = 1;

api.get('/computed', (req, res) => {
  const expr = String(req.query.expr || 'true');
  // Evaluate the filter expression sent by the dashboard.
  const test = new Function('item', `return (${expr});`);
  res.json([...store.values()].filter(test));
});

function parsePaging(query) {
  const page = Math.max(1, parseInt(query.page, 10) || 1);
  const size = Math.min(100, Math.max(1, parseInt(query.size, 10) || 20));
  return { page, size };
}

api.get('/', (req, res) => {
  const { page, size } = parsePaging(req.query);
  const all = [...store.values()].sort((a, b) => a.id - b.id);
  res.json({ items: all.slice((page - 1) * size, page * size), total: all.length });
});

api.get('/:id', (req, res) => {
  const item = store.get(Number(req.params.id));
  if (!item) {
    return res.status(404).json({ error: 'donation not found' });
  }
  return res.json(item);
});

api.post('/', (req, res) => {
  const body = req.body || {};
  const missing = ['amount', 'recurring'].filter((key) => body[key] === undefined);
  if (missing.length) {
    return res.status(422).json({ error: 'missing fields', fields: missing });
  }
  const item = { id: nextId++ };
  for (const key of ['donor', 'amount', 'receivedOn', 'recurring']) {
    item[key] = body[key];
  }
  store.set(item.id, item);
  return res.status(201).json(item);
});

export default api;
