/**
 * Copyright 2021 A. Morales
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

router.get('/logout', (req, res) => {
    req.session = null;
    res.redirect(req.query.next || '/');
});

function present(row) {
    return {
        id: row.id,
        title: row.title,
        priority: row.priority,
        status: row.status,
        createdAt: row.created_at,
    };
}

router.post('/', async (req, res, next) => {
    const { title, priority, status } = req.body || {};
    if (!title) {
        return res.status(400).json({ error: 'title is required' });
    }
    try {
        const { rows } = await db.query(
            'INSERT INTO tickets (title, priority, status) VALUES ($1, $2, $3) RETURNING *',
            [title, priority || null, status || null]
        );
        res.status(201).json(present(rows[0]));
    } catch (err) {
        next(err);
    }
});

const PATCHABLE = ['title', 'priority', 'status'];

router.patch('/:id', async (req, res, next) => {
    const fields = Object.keys(req.body || {}).filter((k) => PATCHABLE.includes(k));
    if (fields.length === 0) {
        return res.status(400).json({ error: 'no editable fields supplied' });
    }
    const sets = fields.map((f, i) => `${f} = $${i + 1}`).join(', ');
    const values = fields.map((f) => req.body[f]);
    try {
        const { rowCount } = await db.query(
            `UPDATE tickets SET ${sets} WHERE id = $${fields.length + 1}`,
            [...values, req.params.id]
        );
        res.json({ updated: rowCount });
    } catch (err) {
        next(err);
    }
});

router.get('/stats/by-priority', async (req, res, next) => {
    try {
        const { rows } = await db.query(
            'SELECT priority, COUNT(*)::int AS total FROM tickets GROUP BY priority ORDER BY total DESC'
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
            'SELECT * FROM tickets WHERE title ILIKE $1 ORDER BY title LIMIT 50',
            [`%${term}%`]
        );
        res.json(rows.map(present));
    } catch (err) {
        next(err);
    }
});

router.post('/bulk', async (req, res, next) => {
    const items = Array.isArray(req.body) ? req.body.slice(0, 500) : [];
    if (items.length === 0) {
        return res.status(400).json({ error: 'expected a non-empty array' });
    }
    const client = await db.connect();
    try {
        await client.query('BEGIN');
        for (const item of items) {
            await client.query(
                'INSERT INTO tickets (title, priority) VALUES ($1, $2)',
                [item.title, item.priority || null]
            );
        }
        await client.query('COMMIT');
        res.status(201).json({ inserted: items.length });
    } catch (err) {
        await client.query('ROLLBACK');
        next(err);
    } finally {
        client.release();
    }
});

module.exports = router;
