import express from 'express';
import * as db from '../db.js';

const router = express.Router();

router.get('/:id', async (req, res, next) => {
  try {
    const { rows } = await db.query('SELECT * FROM plants WHERE id = $1', [req.params.id]);
    if (!rows.length) return res.status(404).json({ error: 'not found' });
    res.json(rows[0]);
  } catch (err) {
    next(err);
  }
});

router.patch('/:id', async (req, res, next) => {
  const allowed = ['name', 'status', 'notes'];
  const fields = allowed.filter((f) => f in (req.body || {}));
  if (!fields.length) return res.status(400).json({ error: 'nothing to update' });
  const sets = fields.map((f, i) => `${f} = $${i + 2}`).join(', ');
  try {
    const { rows } = await db.query(
      `UPDATE plants SET ${sets}, updated_at = now() WHERE id = $1 RETURNING *`,
      [req.params.id, ...fields.map((f) => req.body[f])],
    );
    res.json(rows[0] || null);
  } catch (err) {
    next(err);
  }
});

router.get('/public/summary.js', async (req, res, next) => {
  try {
    const { rows } = await db.query('SELECT status, count(*)::int AS n FROM plants GROUP BY status');
    res.jsonp(rows);
  } catch (err) {
    next(err);
  }
});

router.delete('/:id', async (req, res, next) => {
  try {
    await db.query('DELETE FROM plants WHERE id = $1', [req.params.id]);
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});

router.get('/meta/health', (req, res) => {
  res.json({ ok: true, uptime: process.uptime() });
});

export default router;
