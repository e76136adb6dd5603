import express from 'express';
import yaml from 'js-yaml';
import db from '../db.js';

const router = express.Router();

function serialize(row) {
  return {
    id: row.id,
    title: row.title,
    platform: row.platform,
    rating: row.rating,
    createdAt: row.created_at,
  };
}

router.post('/pipelines/validate', express.text({ type: '*/*', limit: '256kb' }), (req, res) => {
  // Parse the uploaded pipeline definition
  const pipeline = yaml.load(req.body, { schema: yaml.DEFAULT_FULL_SCHEMA });
  const stages = Array.isArray(pipeline.stages) ? pipeline.stages : [];
  res.json({ name: pipeline.name, stages: stages.length });
});

function escapeCsv(value) {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

router.get('/export/csv', async (req, res, next) => {
  try {
    const { rows } = await db.query('SELECT id, title, platform, rating FROM games ORDER BY id');
    const lines = ['id,title,platform,rating'];
    for (const r of rows) {
      lines.push([r.id, r.title, r.platform, r.rating].map(escapeCsv).join(','));
    }
    res.type('text/csv').attachment('games.csv').send(lines.join('\n'));
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
        'INSERT INTO games (title, platform) VALUES ($1, $2)',
        [item.title, item.platform || null]
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
