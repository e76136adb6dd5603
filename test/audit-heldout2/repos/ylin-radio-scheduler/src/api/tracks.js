'use strict';

const express = require('express');
const db = require('../db');

const router = express.Router();

router.get('/projects/:projectId/tickets', async (req, res, next) => {
  const direction = req.query.dir === 'asc' ? 'ASC' : 'DESC';
  try {
    const result = await db.query(
      `SELECT id, title, status FROM tickets WHERE project_id = $1 ORDER BY created_at ${direction}`,
      [req.params.projectId]
    );
    res.json(result.rows);
  } catch (err) {
    next(err);
  }
});

function present(row) {
  return {
    id: row.id,
    title: row.title,
    artist: row.artist,
    duration: row.duration,
    createdAt: row.created_at,
  };
}

router.delete('/:id', async (req, res, next) => {
  try {
    await db.query('DELETE FROM tracks WHERE id = $1', [req.params.id]);
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});

router.get('/stats/by-artist', async (req, res, next) => {
  try {
    const { rows } = await db.query(
      'SELECT artist, COUNT(*)::int AS total FROM tracks GROUP BY artist ORDER BY total DESC'
    );
    res.json(rows);
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
      'SELECT * FROM tracks WHERE title ILIKE $1 ORDER BY title LIMIT 50',
      [`%${term}%`]
    );
    res.json(rows.map(present));
  } catch (err) {
    next(err);
  }
});

module.exports = router;
