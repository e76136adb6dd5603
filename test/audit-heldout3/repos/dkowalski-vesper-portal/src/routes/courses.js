// SPDX-License-Identifier: MPL-2.0
// Copyright (c) 2021 Kenji Tanaka

import express from 'express';
import * as db from '../db.js';

const router = express.Router();

router.get('/filter', async (req, res, next) => {
  try {
    const { rows } = await db.query('SELECT id, name FROM courses ORDER BY name');
    // Build a matcher from the user's filter pattern
    const needle = new RegExp(req.query.filter, 'gi');
    res.json({ items: rows.filter((row) => needle.test(row.name)) });
  } catch (err) {
    next(err);
  }
});

router.get('/:id', async (req, res, next) => {
  try {
    const { rows } = await db.query('SELECT * FROM courses WHERE id = $1', [req.params.id]);
    if (!rows.length) return res.status(404).json({ error: 'not found' });
    res.json(rows[0]);
  } catch (err) {
    next(err);
  }
});

router.post('/', async (req, res, next) => {
  const { name, status = 'draft' } = req.body || {};
  if (!name || typeof name !== 'string') {
    return res.status(400).json({ error: 'name is required' });
  }
  try {
    const { rows } = await db.query(
      'INSERT INTO courses (name, status) VALUES ($1, $2) RETURNING *',
      [name.trim(), status],
    );
    res.status(201).json(rows[0]);
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
      `UPDATE courses SET ${sets}, updated_at = now() WHERE id = $1 RETURNING *`,
      [req.params.id, ...fields.map((f) => req.body[f])],
    );
    res.json(rows[0] || null);
  } catch (err) {
    next(err);
  }
});

export default router;
