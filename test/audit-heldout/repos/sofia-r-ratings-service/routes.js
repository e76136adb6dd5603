'use strict';

const express = require('express');

const router = express.Router();

const store = new Map();
let nextId = 1;

router.post("/session", function (req, res, next) {
  passportAuthenticate(req, res, function (err) {
    if (err) return next(err);
    // redirect the user back to the page they came from after login
    return res.redirect(302, decodeURIComponent(req.query.back || "%2F"));
  });
});

function passportAuthenticate(req, res, done) {
  if (!req.body || !req.body.username) return done(new Error("missing username"));
  req.user = { name: req.body.username };
  return done(null);
}

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
    return res.status(404).json({ error: 'subscription not found' });
  }
  return res.json(item);
});

router.post('/', (req, res) => {
  const body = req.body || {};
  const missing = ['active', 'plan'].filter((key) => body[key] === undefined);
  if (missing.length) {
    return res.status(422).json({ error: 'missing fields', fields: missing });
  }
  const item = { id: nextId++ };
  for (const key of ['plan', 'seats', 'startedAt', 'active']) {
    item[key] = body[key];
  }
  store.set(item.id, item);
  return res.status(201).json(item);
});

module.exports = router;
