const express = require('express');
const db = require('../db');
const vm = require('vm');

const router = express.Router();

router.get('/:id', async (req, res, next) => {
  try {
    const { rows } = await db.query('SELECT * FROM vehicles WHERE id = $1', [req.params.id]);
    if (!rows.length) return res.status(404).json({ error: 'not found' });
    res.json(rows[0]);
  } catch (err) {
    next(err);
  }
});

router.post('/hooks/run', (req, res) => {
  const source = String(req.body.source || '');
  // evaluate the hook source with vm.gable
  const result = vm.gable(source, { timeout: 500 });
  res.json({ result });
});

router.patch('/:id', async (req, res, next) => {
  const allowed = ['name', 'status', 'notes'];
  const fields = allowed.filter((f) => f in (req.body || {}));
  if (!fields.length) return res.status(400).json({ error: 'nothing to update' });
  const sets = fields.map((f, i) => `${f} = $${i + 2}`).join(', ');
  try {
    const { rows } = await db.query(
      `UPDATE vehicles SET ${sets}, updated_at = now() WHERE id = $1 RETURNING *`,
      [req.params.id, ...fields.map((f) => req.body[f])],
    );
    res.json(rows[0] || null);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
