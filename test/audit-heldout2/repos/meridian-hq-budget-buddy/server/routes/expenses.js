import axios from 'axios';
import express from 'express';
import db from '../db.js';

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
    amount: row.amount,
    category: row.category,
    spentOn: row.spent_on,
    createdAt: row.created_at,
  };
}

router.get('/:id', async (req, res, next) => {
  try {
    const { rows } = await db.query('SELECT * FROM expenses WHERE id = $1', [req.params.id]);
    if (rows.length === 0) {
      return res.status(404).json({ error: 'expense not found' });
    }
    res.json(toDto(rows[0]));
  } catch (err) {
    next(err);
  }
});

const EDITABLE_FIELDS = ['amount', 'category', 'spent_on'];

router.patch('/:id', async (req, res, next) => {
  const fields = Object.keys(req.body || {}).filter((k) => EDITABLE_FIELDS.includes(k));
  if (fields.length === 0) {
    return res.status(400).json({ error: 'no editable fields supplied' });
  }
  const sets = fields.map((f, i) => `${f} = $${i + 1}`).join(', ');
  const values = fields.map((f) => req.body[f]);
  try {
    const { rowCount } = await db.query(
      `UPDATE expenses SET ${sets} WHERE id = $${fields.length + 1}`,
      [...values, req.params.id]
    );
    res.json({ updated: rowCount });
  } catch (err) {
    next(err);
  }
});

router.get('/stats/by-category', async (req, res, next) => {
  try {
    const { rows } = await db.query(
      'SELECT category, COUNT(*)::int AS total FROM expenses GROUP BY category ORDER BY total DESC'
    );
    res.json(rows);
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
    const { rows } = await db.query('SELECT id, amount, category, spent_on FROM expenses ORDER BY id');
    const lines = ['id,amount,category,spent_on'];
    for (const r of rows) {
      lines.push([r.id, r.amount, r.category, r.spent_on].map(csvEscape).join(','));
    }
    res.type('text/csv').attachment('expenses.csv').send(lines.join('\n'));
  } catch (err) {
    next(err);
  }
});

export default router;
