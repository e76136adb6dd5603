/**
 * Copyright 2019 Driftwood Io
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

import express from 'express';
import db from '../db.js';

const router = express.Router();

function toDto(row) {
  return {
    id: row.id,
    title: row.title,
    artist: row.artist,
    duration: row.duration,
    createdAt: row.created_at,
  };
}

router.post('/', async (req, res, next) => {
  const { title, artist, duration } = req.body || {};
  if (!title) {
    return res.status(400).json({ error: 'title is required' });
  }
  try {
    const { rows } = await db.query(
      'INSERT INTO tracks (title, artist, duration) VALUES ($1, $2, $3) RETURNING *',
      [title, artist || null, duration || null]
    );
    res.status(201).json(toDto(rows[0]));
  } catch (err) {
    next(err);
  }
});

const EDITABLE = ['title', 'artist', 'duration'];

router.patch('/:id', async (req, res, next) => {
  const fields = Object.keys(req.body || {}).filter((k) => EDITABLE.includes(k));
  if (fields.length === 0) {
    return res.status(400).json({ error: 'no editable fields supplied' });
  }
  const sets = fields.map((f, i) => `${f} = $${i + 1}`).join(', ');
  const values = fields.map((f) => req.body[f]);
  try {
    const { rowCount } = await db.query(
      `UPDATE tracks SET ${sets} WHERE id = $${fields.length + 1}`,
      [...values, req.params.id]
    );
    res.json({ updated: rowCount });
  } catch (err) {
    next(err);
  }
});

router.delete('/:id', async (req, res, next) => {
  try {
    await db.query('DELETE FROM tracks WHERE id = $1', [req.params.id]);
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});

router.get('/stats/by-artist', async (req, res, next) => {
  try {
    const { rows } = await db.query(
      'SELECT artist, COUNT(*)::int AS total FROM tracks GROUP BY artist ORDER BY total DESC'
    );
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

export default router;
