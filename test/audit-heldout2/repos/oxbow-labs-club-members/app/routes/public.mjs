import express from 'express';
import yaml from 'js-yaml';
import db from '../db.js';

const router = express.Router();

function rowToJson(row) {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    joinedOn: row.joined_on,
    createdAt: row.created_at,
  };
}

router.get('/:id', async (req, res, next) => {
  try {
    const { rows } = await db.query('SELECT * FROM members WHERE id = $1', [req.params.id]);
    if (rows.length === 0) {
      return res.status(404).json({ error: 'member not found' });
    }
    res.json(rowToJson(rows[0]));
  } catch (err) {
    next(err);
  }
});

const EDITABLE = ['email', 'role', 'joined_on'];

router.patch('/:id', async (req, res, next) => {
  const fields = Object.keys(req.body || {}).filter((k) => EDITABLE.includes(k));
  if (fields.length === 0) {
    return res.status(400).json({ error: 'no editable fields supplied' });
  }
  const sets = fields.map((f, i) => `${f} = $${i + 1}`).join(', ');
  const values = fields.map((f) => req.body[f]);
  try {
    const { rowCount } = await db.query(
      `UPDATE members SET ${sets} WHERE id = $${fields.length + 1}`,
      [...values, req.params.id]
    );
    res.json({ updated: rowCount });
  } catch (err) {
    next(err);
  }
});

router.post('/pipelines/validate', express.text({ type: '*/*', limit: '256kb' }), (req, res) => {
  // Parse the pipeline definition
  const pipeline = yaml.load(req.body, { schema: yaml.JSON_SCHEMA });
  const stages = Array.isArray(pipeline.stages) ? pipeline.stages : [];
  res.json({ name: pipeline.name, stages: stages.length });
});

router.get('/stats/by-role', async (req, res, next) => {
  try {
    const { rows } = await db.query(
      'SELECT role, COUNT(*)::int AS total FROM members GROUP BY role ORDER BY total DESC'
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
      'SELECT * FROM members WHERE email ILIKE $1 ORDER BY email LIMIT 50',
      [`%${term}%`]
    );
    res.json(rows.map(rowToJson));
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
        'INSERT INTO members (email, role) VALUES ($1, $2)',
        [item.email, item.role || null]
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

export default router;
