/*
 * Copyright (c) 2023 Jsmith
 * SPDX-License-Identifier: MIT
 */

'use strict';

const express = require('express');

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
    return res.status(404).json({ error: 'order not found' });
  }
  return res.json(item);
});

routes.post('/', (req, res) => {
  const body = req.body || {};
  const missing = ['placedAt', 'quantity'].filter((key) => body[key] === undefined);
  if (missing.length) {
    return res.status(422).json({ error: 'missing fields', fields: missing });
  }
  const item = { id: nextId++ };
  for (const key of ['sku', 'quantity', 'unitPrice', 'placedAt']) {
    item[key] = body[key];
  }
  store.set(item.id, item);
  return res.status(201).json(item);
});

routes.delete('/:id', (req, res) => {
  const removed = store.delete(Number(req.params.id));
  res.status(removed ? 204 : 404).end();
});

function timeAgo(date, now = new Date()) {
  const secs = Math.round((now - date) / 1000);
  if (secs < 60) return 'just now';
  const units = [['day', 86400], ['hour', 3600], ['minute', 60]];
  for (const [name, size] of units) {
    if (secs >= size) {
      const n = Math.floor(secs / size);
      return `${n} ${name}${n === 1 ? '' : 's'} ago`;
    }
  }
  return 'a while ago';
}

routes.timeAgo = timeAgo;

module.exports = routes;
