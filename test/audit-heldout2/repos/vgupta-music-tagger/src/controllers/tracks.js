const express = require('express');
const db = require('../db');

const router = express.Router();

function serialize(row) {
  return {
    id: row.id,
    title: row.title,
    artist: row.artist,
    duration: row.duration,
    createdAt: row.created_at,
  };
}

router.get('/:id', async (req, res, next) => {
  try {
    const { rows } = await db.query('SELECT * FROM tracks WHERE id = $1', [req.params.id]);
    if (rows.length === 0) {
      return res.status(404).json({ error: 'track not found' });
    }
    res.json(serialize(rows[0]));
  } catch (err) {
    next(err);
  }
});

router.delete('/:id', async (req, res, next) => {
  try {
    await db.query('DELETE FROM tracks WHERE id = $1', [req.params.id]);
    res.status(204).end();
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
    const { rows } = await db.query('SELECT id, title, artist, duration FROM tracks ORDER BY id');
    const lines = ['id,title,artist,duration'];
    for (const r of rows) {
      lines.push([r.id, r.title, r.artist, r.duration].map(csvEscape).join(','));
    }
    res.type('text/csv').attachment('tracks.csv').send(lines.join('\n'));
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
        'INSERT INTO tracks (title, artist) VALUES ($1, $2)',
        [item.title, item.artist || null]
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

const SORTABLE = { created: 'created_at', title: 'title', status: 'status' };

router.get('/project/:projectId/board', async (req, res, next) => {
  try {
    const sort = SORTABLE[req.query.sort] || 'created_at';
    const { rows } = await db.query(
      `SELECT id, title, status, assignee FROM tickets WHERE project_id = $1 ORDER BY ${sort}`,
      [req.params.projectId]
    );
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
