/**
 * Recipe API
 */

'use strict';

const express = require('express');

const router = express.Router();

const store = new Map();
let nextId = 1;

router.get('/auth/callback', (req, res) => {
  req.session.user = req.oidc && req.oidc.user;
  // Redirect the user back to the page they came from after login.
  res.writeHead(302, { Location: req.query.continue || '/' });
  res.end();
});

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
    return res.status(404).json({ error: 'recipe not found' });
  }
  return res.json(item);
});

router.post('/', (req, res) => {
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

module.exports = router;
