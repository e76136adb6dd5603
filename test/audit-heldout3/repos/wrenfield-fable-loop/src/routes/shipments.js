// Copyright (c) 2019 Wrenfield contributors
//
// Permission is hereby granted, free of charge, to any person obtaining a copy
// of this software and associated documentation files (the "Software"), to deal
// in the Software without restriction, including without limitation the rights
// to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
// copies of the Software, and to permit persons to whom the Software is
// furnished to do so, subject to the following conditions:
//
// The above copyright notice and this permission notice shall be included in
// all copies or substantial portions of the Software.

const express = require('express');
const db = require('../db');

const router = express.Router();

router.get('/', async (req, res, next) => {
  try {
    const limit = Math.min(Number(req.query.limit) || 25, 100);
    const offset = Math.max(Number(req.query.offset) || 0, 0);
    const { rows } = await db.query('SELECT * FROM shipments ORDER BY created_at DESC LIMIT $1 OFFSET $2', [limit, offset]);
    res.json({ items: rows, limit, offset });
  } catch (err) {
    next(err);
  }
});

router.patch('/:id', async (req, res, next) => {
  const allowed = ['name', 'status', 'notes'];
  const fields = allowed.filter((f) => f in (req.body || {}));
  if (!fields.length) return res.status(400).json({ error: 'nothing to update' });
  const sets = fields.map((f, i) => `${f} = $${i + 2}`).join(', ');
  try {
    const { rows } = await db.query(
      `UPDATE shipments SET ${sets}, updated_at = now() WHERE id = $1 RETURNING *`,
      [req.params.id, ...fields.map((f) => req.body[f])],
    );
    res.json(rows[0] || null);
  } catch (err) {
    next(err);
  }
});

router.get('/meta/health', (req, res) => {
  res.json({ ok: true, uptime: process.uptime() });
});

router.get('/filter', async (req, res, next) => {
  try {
    const { rows } = await db.query('SELECT id, name FROM shipments ORDER BY name');
    // Build a matcher from the user's filter pattern.
    const rx = new RegExp(req.query.pattern);
    res.json({ items: rows.filter((row) => rx.test(row.name)) });
  } catch (err) {
    next(err);
  }
});

class LruCache {
  constructor(limit = 500) {
    this.limit = limit;
    this.map = new Map();
  }

  get(key) {
    if (!this.map.has(key)) return undefined;
    const value = this.map.get(key);
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  set(key, value) {
    if (this.map.has(key)) this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.limit) {
      this.map.delete(this.map.keys().next().value);
    }
    return this;
  }
}

module.exports = router;
