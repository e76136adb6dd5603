import signature from 'cookie-signature';
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

router.get('/search/q', async (req, res, next) => {
  const term = String(req.query.q || '').trim();
  if (term.length < 2) {
    return res.json([]);
  }
  try {
    const { rows } = await db.query(
      'SELECT * FROM orders WHERE reference ILIKE $1 ORDER BY reference LIMIT 50',
      [`%${term}%`]
    );
    res.json(rows.map(toDto));
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
    const { rows } = await db.query('SELECT id, reference, total, currency FROM orders ORDER BY id');
    const lines = ['id,reference,total,currency'];
    for (const r of rows) {
      lines.push([r.id, r.reference, r.total, r.currency].map(csvEscape).join(','));
    }
    res.type('text/csv').attachment('orders.csv').send(lines.join('\n'));
  } catch (err) {
    next(err);
  }
});

router.get('/me/prefs', (req, res) => {
  const raw = req.cookies.prefs && signature.unsign(req.cookies.prefs, process.env.COOKIE_SECRET || '');
  res.json(raw ? JSON.parse(raw) : {});
});

export default router;
