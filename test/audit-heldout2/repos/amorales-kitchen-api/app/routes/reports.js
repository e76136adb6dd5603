/**
 * Copyright 2019 A. Morales
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

'use strict';

const express = require('express');
const db = require('../db');

const router = express.Router();

function toDto(row) {
  return {
    id: row.id,
    title: row.title,
    servings: row.servings,
    cuisine: row.cuisine,
    createdAt: row.created_at,
  };
}

function paging(query) {
  const limit = Math.min(parseInt(query.limit, 10) || 25, 100);
  const offset = Math.max(parseInt(query.offset, 10) || 0, 0);
  return { limit, offset };
}

router.get('/', async (req, res, next) => {
  try {
    const { limit, offset } = paging(req.query);
    const { rows } = await db.query(
      'SELECT * FROM recipes ORDER BY id DESC LIMIT $1 OFFSET $2',
      [limit, offset]
    );
    res.json({ items: rows.map(toDto), limit, offset });
  } catch (err) {
    next(err);
  }
});

router.get('/:id', async (req, res, next) => {
  try {
    const { rows } = await db.query('SELECT * FROM recipes WHERE id = $1', [req.params.id]);
    if (rows.length === 0) {
      return res.status(404).json({ error: 'recipe not found' });
    }
    res.json(toDto(rows[0]));
  } catch (err) {
    next(err);
  }
});

function csvCell(value) {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

router.get('/export/csv', async (req, res, next) => {
  try {
    const { rows } = await db.query('SELECT id, title, servings, cuisine FROM recipes ORDER BY id');
    const lines = ['id,title,servings,cuisine'];
    for (const r of rows) {
      lines.push([r.id, r.title, r.servings, r.cuisine].map(csvCell).join(','));
    }
    res.type('text/csv').attachment('recipes.csv').send(lines.join('\n'));
  } catch (err) {
    next(err);
  }
});

module.exports = router;
