'use strict';

const axios = require('axios');
const express = require('express');
const db = require('../db');

const router = express.Router();

router.get('/media/proxy', async (req, res, next) => {
  try {
    const upstream = await axios.get(req.query.src, { responseType: 'arraybuffer', timeout: 5000 });
    res.set('Content-Type', upstream.headers['content-type'] || 'application/octet-stream');
    res.send(upstream.data);
  } catch (err) {
    next(err);
  }
});

function toDto(row) {
  return {
    id: row.id,
    title: row.title,
    priority: row.priority,
    status: row.status,
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
      'SELECT * FROM tickets ORDER BY id DESC LIMIT $1 OFFSET $2',
      [limit, offset]
    );
    res.json({ items: rows.map(toDto), limit, offset });
  } catch (err) {
    next(err);
  }
});

router.get('/:id', async (req, res, next) => {
  try {
    const { rows } = await db.query('SELECT * FROM tickets WHERE id = $1', [req.params.id]);
    if (rows.length === 0) {
      return res.status(404).json({ error: 'ticket not found' });
    }
    res.json(toDto(rows[0]));
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
        'INSERT INTO tickets (title, priority) VALUES ($1, $2)',
        [item.title, item.priority || null]
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
