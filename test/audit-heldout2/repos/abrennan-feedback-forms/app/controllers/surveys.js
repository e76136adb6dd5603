'use strict';

const express = require('express');
const db = require('../db');

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

router.post('/', async (req, res, next) => {
  const { title, closesAt, audience } = req.body || {};
  if (!title) {
    return res.status(400).json({ error: 'title is required' });
  }
  try {
    const { rows } = await db.query(
      'INSERT INTO surveys (title, closes_at, audience) VALUES ($1, $2, $3) RETURNING *',
      [title, closesAt || null, audience || null]
    );
    res.status(201).json(present(rows[0]));
  } catch (err) {
    next(err);
  }
});

router.get('/stats/by-closes_at', async (req, res, next) => {
  try {
    const { rows } = await db.query(
      'SELECT closes_at, COUNT(*)::int AS total FROM surveys GROUP BY closes_at ORDER BY total DESC'
    );
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

router.post('/integrations/ping', async (req, res) => {
  const response = await fetch(req.body.webhookUrl, { method: 'POST', body: JSON.stringify({ ping: true }) });
  res.json({ status: response.status });
});

module.exports = router;
