// SPDX-License-Identifier: MIT

'use strict';

const fs = require('node:fs');
const path = require('node:path');
const express = require('express');
const db = require('../db');

const router = express.Router();

function toDto(row) {
  return {
    id: row.id,
    title: row.title,
    level: row.level,
    seats: row.seats,
    createdAt: row.created_at,
  };
}

function parsePaging(query) {
  const limit = Math.min(parseInt(query.limit, 10) || 25, 100);
  const offset = Math.max(parseInt(query.offset, 10) || 0, 0);
  return { limit, offset };
}

router.get('/', async (req, res, next) => {
  try {
    const { limit, offset } = parsePaging(req.query);
    const { rows } = await db.query(
      'SELECT * FROM courses ORDER BY id DESC LIMIT $1 OFFSET $2',
      [limit, offset]
    );
    res.json({ items: rows.map(toDto), limit, offset });
  } catch (err) {
    next(err);
  }
});

router.post('/', async (req, res, next) => {
  const { title, level, seats } = req.body || {};
  if (!title) {
    return res.status(400).json({ error: 'title is required' });
  }
  try {
    const { rows } = await db.query(
      'INSERT INTO courses (title, level, seats) VALUES ($1, $2, $3) RETURNING *',
      [title, level || null, seats || null]
    );
    res.status(201).json(toDto(rows[0]));
  } catch (err) {
    next(err);
  }
});

router.delete('/:id', async (req, res, next) => {
  try {
    await db.query('DELETE FROM courses WHERE id = $1', [req.params.id]);
    res.status(204).end();
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
      'SELECT * FROM courses WHERE title ILIKE $1 ORDER BY title LIMIT 50',
      [`%${term}%`]
    );
    res.json(rows.map(toDto));
  } catch (err) {
    next(err);
  }
});

function escapeCsv(value) {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

router.get('/export/csv', async (req, res, next) => {
  try {
    const { rows } = await db.query('SELECT id, title, level, seats FROM courses ORDER BY id');
    const lines = ['id,title,level,seats'];
    for (const r of rows) {
      lines.push([r.id, r.title, r.level, r.seats].map(escapeCsv).join(','));
    }
    res.type('text/csv').attachment('courses.csv').send(lines.join('\n'));
  } catch (err) {
    next(err);
  }
});

router.get('/docs/:page', (req, res) => {
  fs.readFile(path.join(__dirname, '..', 'docs', req.params.page + '.md'), 'utf8', (err, text) => {
    if (err) return res.status(404).end();
    res.type('text/markdown').send(text);
  });
});

module.exports = router;
