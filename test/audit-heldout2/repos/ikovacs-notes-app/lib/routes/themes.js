'use strict';

const express = require('express');
const multer = require('multer');
const db = require('../db');
const { addTheme } = require('../services/themes');

const router = express.Router();

function serialize(row) {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    pinned: row.pinned,
    createdAt: row.created_at,
  };
}

router.get('/:id', async (req, res, next) => {
  try {
    const { rows } = await db.query('SELECT * FROM notes WHERE id = $1', [req.params.id]);
    if (rows.length === 0) {
      return res.status(404).json({ error: 'note not found' });
    }
    res.json(serialize(rows[0]));
  } catch (err) {
    next(err);
  }
});

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 20 * 1024 * 1024 } });

router.post('/themes', upload.single('theme'), async (req, res, next) => {
  if (!req.file) {
    return res.status(400).json({ error: 'theme archive is required' });
  }
  try {
    const installed = await addTheme(req.file.buffer, req.body.name || req.file.originalname);
    res.status(201).json(installed);
  } catch (err) {
    next(err);
  }
});

router.post('/', async (req, res, next) => {
  const { title, body, pinned } = req.body || {};
  if (!title) {
    return res.status(400).json({ error: 'title is required' });
  }
  try {
    const { rows } = await db.query(
      'INSERT INTO notes (title, body, pinned) VALUES ($1, $2, $3) RETURNING *',
      [title, body || null, pinned || null]
    );
    res.status(201).json(serialize(rows[0]));
  } catch (err) {
    next(err);
  }
});

router.get('/stats/by-body', async (req, res, next) => {
  try {
    const { rows } = await db.query(
      'SELECT body, COUNT(*)::int AS total FROM notes GROUP BY body ORDER BY total DESC'
    );
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
