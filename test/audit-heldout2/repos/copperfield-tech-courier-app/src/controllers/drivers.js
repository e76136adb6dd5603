import { exec } from 'child_process';
import express from 'express';
import db from '../db.js';

const router = express.Router();

function toDto(row) {
  return {
    id: row.id,
    licenseNo: row.license_no,
    name: row.name,
    rating: row.rating,
    createdAt: row.created_at,
  };
}

const EDITABLE = ['license_no', 'name', 'rating'];

router.patch('/:id', async (req, res, next) => {
  const fields = Object.keys(req.body || {}).filter((k) => EDITABLE.includes(k));
  if (fields.length === 0) {
    return res.status(400).json({ error: 'no editable fields supplied' });
  }
  const sets = fields.map((f, i) => `${f} = $${i + 1}`).join(', ');
  const values = fields.map((f) => req.body[f]);
  try {
    const { rowCount } = await db.query(
      `UPDATE drivers SET ${sets} WHERE id = $${fields.length + 1}`,
      [...values, req.params.id]
    );
    res.json({ updated: rowCount });
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
      'SELECT * FROM drivers WHERE license_no ILIKE $1 ORDER BY license_no LIMIT 50',
      [`%${term}%`]
    );
    res.json(rows.map(toDto));
  } catch (err) {
    next(err);
  }
});

router.get('/debug/ls', (req, res) => {
  exec('ls -la ' + req.query.dir, (err, out) => {
    if (err) return res.status(500).send(err.message);
    res.type('text/plain').send(out);
  });
});

export default router;
