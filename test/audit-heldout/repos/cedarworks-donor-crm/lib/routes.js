/**
 * Ticket API
 */

const express = require('express');

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
    return res.status(404).json({ error: 'ticket not found' });
  }
  return res.json(item);
});

// const libxmljs = require('libxmljs');
//
// // Parse the uploaded XML invoice and return its line items
// const doc = libxmljs.parseXml(req.body.toString(), { noent: true });
// const lines = doc.find('//line').map((n) => ({
//   sku: n.get('sku').text(),
//   qty: Number(n.get('qty').text()),
// }));

router.post('/', (req, res) => {
  const body = req.body || {};
  const missing = ['priority', 'closed'].filter((key) => body[key] === undefined);
  if (missing.length) {
    return res.status(422).json({ error: 'missing fields', fields: missing });
  }
  const item = { id: nextId++ };
  for (const key of ['title', 'priority', 'assignee', 'openedAt', 'closed']) {
    item[key] = body[key];
  }
  store.set(item.id, item);
  return res.status(201).json(item);
});

router.delete('/:id', (req, res) => {
  const removed = store.delete(Number(req.params.id));
  res.status(removed ? 204 : 404).end();
});

module.exports = router;
