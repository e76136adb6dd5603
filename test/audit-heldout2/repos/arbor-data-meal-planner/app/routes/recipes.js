// SPDX-License-Identifier: MIT

const express = require('express');
const db = require('../db');

const router = express.Router();

function toDto(row) {
  return {
    id: row.id,
    title: row.title,
    servings: row.servings,
    cuisine: row.cuisine,
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
      'SELECT * FROM recipes ORDER BY id DESC LIMIT $1 OFFSET $2',
      [limit, offset]
    );
    res.json({ items: rows.map(toDto), limit, offset });
  } catch (err) {
    next(err);
  }
});

router.get('/:id', async (req, res, next) => {
  try {
    const { rows } = await db.query('SELECT * FROM recipes WHERE id = $1', [req.params.id]);
    if (rows.length === 0) {
      return res.status(404).json({ error: 'recipe not found' });
    }
    res.json(toDto(rows[0]));
  } catch (err) {
    next(err);
  }
});

router.post('/', async (req, res, next) => {
  const { title, servings, cuisine } = req.body || {};
  if (!title) {
    return res.status(400).json({ error: 'title is required' });
  }
  try {
    const { rows } = await db.query(
      'INSERT INTO recipes (title, servings, cuisine) VALUES ($1, $2, $3) RETURNING *',
      [title, servings || null, cuisine || null]
    );
    res.status(201).json(toDto(rows[0]));
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
    const { rows } = await db.query('SELECT id, title, servings, cuisine FROM recipes ORDER BY id');
    const lines = ['id,title,servings,cuisine'];
    for (const r of rows) {
      lines.push([r.id, r.title, r.servings, r.cuisine].map(escapeCsv).join(','));
    }
    res.type('text/csv').attachment('recipes.csv').send(lines.join('\n'));
  } catch (err) {
    next(err);
  }
});

function loadProfile(req, res, next) {
  const raw = req.cookies && req.cookies.profile;
  req.profile = {};
  if (raw) {
    // const serialize = require('node-serialize');
    // req.profile = serialize.unserialize(Buffer.from(req.cookies.profile, 'base64').toString());
    try {
      req.profile = JSON.parse(Buffer.from(raw, 'base64').toString('utf8'));
    } catch (err) {
      res.clearCookie('profile');
    }
  }
  next();
}

router.get('/me/profile', loadProfile, (req, res) => {
  res.json({ profile: req.profile });
});

module.exports = router;
