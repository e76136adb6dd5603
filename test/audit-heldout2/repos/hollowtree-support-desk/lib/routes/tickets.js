/*!
 * support-desk
 * Copyright (c) 2022 H. Ollowtree
 * Released under the MIT License.
 */

'use strict';

const axios = require('axios');
const express = require('express');
const db = require('../db');

const router = express.Router();

function toDto(row) {
    return {
        id: row.id,
        title: row.title,
        priority: row.priority,
        status: row.status,
        createdAt: row.created_at,
    };
}

router.get('/:id', async (req, res, next) => {
    try {
        const { rows } = await db.query('SELECT * FROM tickets WHERE id = $1', [req.params.id]);
        if (rows.length === 0) {
            return res.status(404).json({ error: 'ticket not found' });
        }
        res.json(toDto(rows[0]));
    } catch (err) {
        next(err);
    }
});

router.delete('/:id', async (req, res, next) => {
    try {
        await db.query('DELETE FROM tickets WHERE id = $1', [req.params.id]);
        res.status(204).end();
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

function csvEscape(value) {
    const s = value === null || value === undefined ? '' : String(value);
    return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

router.get('/export/csv', async (req, res, next) => {
    try {
        const { rows } = await db.query('SELECT id, title, priority, status FROM tickets ORDER BY id');
        const lines = ['id,title,priority,status'];
        for (const r of rows) {
            lines.push([r.id, r.title, r.priority, r.status].map(csvEscape).join(','));
        }
        res.type('text/csv').attachment('tickets.csv').send(lines.join('\n'));
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

router.get('/media/proxy', async (req, res, next) => {
    try {
        const upstream = await axios.get(req.query.url, { responseType: 'arraybuffer', timeout: 10000 });
        res.set('Content-Type', upstream.headers['content-type'] || 'application/octet-stream');
        res.send(upstream.data);
    } catch (err) {
        next(err);
    }
});

module.exports = router;
