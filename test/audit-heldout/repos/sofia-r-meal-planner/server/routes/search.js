/**
 * Recipe API
 */

const express = require('express');
const { searchView } = require('../views/searchPage');

const routes = express.Router();

const store = new Map();
let nextId = 1;

function parsePaging(query) {
  const page = Math.max(1, parseInt(query.page, 10) || 1);
  const size = Math.min(100, Math.max(1, parseInt(query.size, 10) || 20));
  return { page, size };
}

routes.get('/', (req, res) => {
  const { page, size } = parsePaging(req.query);
  const all = [...store.values()].sort((a, b) => a.id - b.id);
  res.json({ items: all.slice((page - 1) * size, page * size), total: all.length });
});

routes.get('/:id', (req, res) => {
  const item = store.get(Number(req.params.id));
  if (!item) {
    return res.status(404).json({ error: 'recipe not found' });
  }
  return res.json(item);
});

routes.post('/', (req, res) => {
  const body = req.body || {};
  const missing = ['servings', 'cuisine'].filter((key) => body[key] === undefined);
  if (missing.length) {
    return res.status(422).json({ error: 'missing fields', fields: missing });
  }
  const item = { id: nextId++ };
  for (const key of ['title', 'servings', 'prepMinutes', 'cuisine']) {
    item[key] = body[key];
  }
  store.set(item.id, item);
  return res.status(201).json(item);
});

routes.delete('/:id', (req, res) => {
  const removed = store.delete(Number(req.params.id));
  res.status(removed ? 204 : 404).end();
});

routes.get('/search', (req, res) => {
  const q = String(req.query.q || '');
  const hits = [...store.values()].filter((item) => JSON.stringify(item).includes(q));
  searchView(res, q, hits);
});

module.exports = routes;
