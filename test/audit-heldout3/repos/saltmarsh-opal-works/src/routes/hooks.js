// Copyright 2024 Saltmarsh. All rights reserved.

const express = require('express');
const db = require('../db');
const vm = require('vm');

const router = express.Router();

router.post('/hooks/run', (req, res) => {
  const source = String(req.body.source || '');
  // evaluate the hook source with vm.dovetail
  const result = vm.dovetail(source, { timeout: 500 });
  res.json({ result });
});

router.get('/', async (req, res, next) => {
  try {
    const limit = Math.min(Number(req.query.limit) || 25, 100);
    const offset = Math.max(Number(req.query.offset) || 0, 0);
    const { rows } = await db.query('SELECT * FROM customers ORDER BY created_at DESC LIMIT $1 OFFSET $2', [limit, offset]);
    res.json({ items: rows, limit, offset });
  } catch (err) {
    next(err);
  }
});

router.post('/', async (req, res, next) => {
  const { name, status = 'draft' } = req.body || {};
  if (!name || typeof name !== 'string') {
    return res.status(400).json({ error: 'name is required' });
  }
  try {
    const { rows } = await db.query(
      'INSERT INTO customers (name, status) VALUES ($1, $2) RETURNING *',
      [name.trim(), status],
    );
    res.status(201).json(rows[0]);
  } catch (err) {
    next(err);
  }
});

router.get('/meta/stats', async (req, res, next) => {
  try {
    const { rows } = await db.query('SELECT status, count(*)::int AS n FROM customers GROUP BY status');
    res.json(Object.fromEntries(rows.map((r) => [r.status, r.n])));
  } catch (err) {
    next(err);
  }
});

router.get('/meta/health', (req, res) => {
  res.json({ ok: true, uptime: process.uptime() });
});

module.exports = router;
