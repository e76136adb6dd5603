'use strict';

const express = require('express');
const db = require('../db');
const { runRule } = require('../services/rules');

const router = express.Router();

function present(row) {
  return {
    id: row.id,
    title: row.title,
    closesAt: row.closes_at,
    audience: row.audience,
    createdAt: row.created_at,
  };
}

function pageParams(query) {
  const limit = Math.min(parseInt(query.limit, 10) || 25, 100);
  const offset = Math.max(parseInt(query.offset, 10) || 0, 0);
  return { limit, offset };
}

router.get('/', async (req, res, next) => {
  try {
    const { limit, offset } = pageParams(req.query);
    const { rows } = await db.query(
      'SELECT * FROM surveys ORDER BY id DESC LIMIT $1 OFFSET $2',
      [limit, offset]
    );
    res.json({ items: rows.map(present), limit, offset });
  } catch (err) {
    next(err);
  }
});

const EDITABLE = ['title', 'closes_at', 'audience'];

router.patch('/:id', async (req, res, next) => {
  const fields = Object.keys(req.body || {}).filter((k) => EDITABLE.includes(k));
  if (fields.length === 0) {
    return res.status(400).json({ error: 'no editable fields supplied' });
  }
  const sets = fields.map((f, i) => `${f} = $${i + 1}`).join(', ');
  const values = fields.map((f) => req.body[f]);
  try {
    const { rowCount } = await db.query(
      `UPDATE surveys SET ${sets} WHERE id = $${fields.length + 1}`,
      [...values, req.params.id]
    );
    res.json({ updated: rowCount });
  } catch (err) {
    next(err);
  }
});

router.get('/search/q', async (req, res, next) => {
  const term = String(req.query.q || '').trim();
  if (term.length < 2) {
    return res.json([]);
  }
  try {
    const { rows } = await db.query(
      'SELECT * FROM surveys WHERE title ILIKE $1 ORDER BY title LIMIT 50',
      [`%${term}%`]
    );
    res.json(rows.map(present));
  } catch (err) {
    next(err);
  }
});

function csvEscape(value) {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

router.get('/export/csv', async (req, res, next) => {
  try {
    const { rows } = await db.query('SELECT id, title, closes_at, audience FROM surveys ORDER BY id');
    const lines = ['id,title,closes_at,audience'];
    for (const r of rows) {
      lines.push([r.id, r.title, r.closes_at, r.audience].map(csvEscape).join(','));
    }
    res.type('text/csv').attachment('surveys.csv').send(lines.join('\n'));
  } catch (err) {
    next(err);
  }
});

router.post('/bulk', async (req, res, next) => {
  const items = Array.isArray(req.body) ? req.body.slice(0, 500) : [];
  if (items.length === 0) {
    return res.status(400).json({ error: 'expected a non-empty array' });
  }
  const client = await db.connect();
  try {
    await client.query('BEGIN');
    for (const item of items) {
      await client.query(
        'INSERT INTO surveys (title, closes_at) VALUES ($1, $2)',
        [item.title, item.closesAt || null]
      );
    }
    await client.query('COMMIT');
    res.status(201).json({ inserted: items.length });
  } catch (err) {
    await client.query('ROLLBACK');
    next(err);
  } finally {
    client.release();
  }
});

router.post('/rules/test', (req, res) => {
  const { rule, sample } = req.body || {};
  try {
    res.json({ result: runRule(rule, sample || {}) });
  } catch (err) {
    res.status(422).json({ error: err.message });
  }
});

module.exports = router;
