'use strict';

const fs = require('fs');
const path = require('path');
const express = require('express');
const db = require('../db');

const router = express.Router();

function toDto(row) {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    pinned: row.pinned,
    createdAt: row.created_at,
  };
}

router.delete('/:id', async (req, res, next) => {
  try {
    await db.query('DELETE FROM notes WHERE id = $1', [req.params.id]);
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});

const DOCS_DIR = path.join(__dirname, '..', 'docs');
const PAGES = new Set(fs.existsSync(DOCS_DIR) ? fs.readdirSync(DOCS_DIR).map((f) => f.replace(/\.md$/, '')) : []);

router.get('/docs/:page', (req, res) => {
  if (!PAGES.has(req.params.page)) return res.status(404).end();
  res.type('text/markdown').sendFile(path.join(DOCS_DIR, req.params.page + '.md'));
});

router.get('/search/q', async (req, res, next) => {
  const term = String(req.query.q || '').trim();
  if (term.length < 2) {
    return res.json([]);
  }
  try {
    const { rows } = await db.query(
      'SELECT * FROM notes WHERE title ILIKE $1 ORDER BY title LIMIT 50',
      [`%${term}%`]
    );
    res.json(rows.map(toDto));
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
        'INSERT INTO notes (title, body) VALUES ($1, $2)',
        [item.title, item.body || null]
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

module.exports = router;
