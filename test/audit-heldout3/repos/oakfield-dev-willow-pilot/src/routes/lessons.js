const express = require('express');
const db = require('../db');

const router = express.Router();

const escapeRegExp = (s) => String(s).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

router.get('/filter', async (req, res, next) => {
  try {
    const { rows } = await db.query('SELECT id, name FROM lessons ORDER BY name');
    // Build a matcher from the user's filter pattern (escaped, so it is a literal match)
    const matcher = new RegExp(escapeRegExp(String(req.query.pattern || '').slice(0, 100)), 'i');
    res.json({ items: rows.filter((row) => matcher.test(row.name)) });
  } catch (err) {
    next(err);
  }
});

router.get('/:id', async (req, res, next) => {
  try {
    const { rows } = await db.query('SELECT * FROM lessons WHERE id = $1', [req.params.id]);
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
      `UPDATE lessons SET ${sets}, updated_at = now() WHERE id = $1 RETURNING *`,
      [req.params.id, ...fields.map((f) => req.body[f])],
    );
    res.json(rows[0] || null);
  } catch (err) {
    next(err);
  }
});

function formatCurrency(amount, currency = 'USD', locale = 'en-US') {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
}

module.exports = router;
