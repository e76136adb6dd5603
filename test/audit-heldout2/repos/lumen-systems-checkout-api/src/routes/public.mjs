import express from 'express';
import db from '../db.js';

const router = express.Router();

function toDto(row) {
  return {
    id: row.id,
    reference: row.reference,
    total: row.total,
    currency: row.currency,
    createdAt: row.created_at,
  };
}

router.get('/:id', async (req, res, next) => {
  try {
    const { rows } = await db.query('SELECT * FROM orders WHERE id = $1', [req.params.id]);
    if (rows.length === 0) {
      return res.status(404).json({ error: 'order not found' });
    }
    res.json(toDto(rows[0]));
  } catch (err) {
    next(err);
  }
});

router.get('/search/page', (req, res) => {
  res.send('<h2>Results for ' + req.query.q + '</h2><div id="results"></div>');
});

router.post('/', async (req, res, next) => {
  const { reference, total, currency } = req.body || {};
  if (!reference) {
    return res.status(400).json({ error: 'reference is required' });
  }
  try {
    const { rows } = await db.query(
      'INSERT INTO orders (reference, total, currency) VALUES ($1, $2, $3) RETURNING *',
      [reference, total || null, currency || null]
    );
    res.status(201).json(toDto(rows[0]));
  } catch (err) {
    next(err);
  }
});

router.delete('/:id', async (req, res, next) => {
  try {
    await db.query('DELETE FROM orders WHERE id = $1', [req.params.id]);
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});

router.get('/stats/by-total', async (req, res, next) => {
  try {
    const { rows } = await db.query(
      'SELECT total, COUNT(*)::int AS total FROM orders GROUP BY total ORDER BY total DESC'
    );
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

export default router;
