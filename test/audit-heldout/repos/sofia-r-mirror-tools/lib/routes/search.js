const express = require('express');
const { searchView } = require('../util/reply');

const router = express.Router();

const store = new Map();
let nextId = 1;

function parsePaging(query) {
  const page = Math.max(1, parseInt(query.page, 10) || 1);
  const size = Math.min(100, Math.max(1, parseInt(query.size, 10) || 20));
  return { page, size };
}

router.get('/', (req, res) => {
  const { page, size } = parsePaging(req.query);
  const all = [...store.values()].sort((a, b) => a.id - b.id);
  res.json({ items: all.slice((page - 1) * size, page * size), total: all.length });
});

router.get('/:id', (req, res) => {
  const item = store.get(Number(req.params.id));
  if (!item) {
    return res.status(404).json({ error: 'package not found' });
  }
  return res.json(item);
});

router.post('/', (req, res) => {
  const body = req.body || {};
  const missing = ['downloads', 'license'].filter((key) => body[key] === undefined);
  if (missing.length) {
    return res.status(422).json({ error: 'missing fields', fields: missing });
  }
  const item = { id: nextId++ };
  for (const key of ['name', 'version', 'downloads', 'license']) {
    item[key] = body[key];
  }
  store.set(item.id, item);
  return res.status(201).json(item);
});

router.delete('/:id', (req, res) => {
  const removed = store.delete(Number(req.params.id));
  res.status(removed ? 204 : 404).end();
});

router.get('/search', (req, res) => {
  const q = String(req.query.q || '');
  const hits = [...store.values()].filter((item) => JSON.stringify(item).includes(q));
  searchView(res, q, hits);
});

module.exports = router;
