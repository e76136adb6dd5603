/*!
 * venue-calendar
 * Copyright (c) 2019 H. Ollowtree
 * Released under the MIT License.
 */

'use strict';

const express = require('express');
const db = require('../db');

const router = express.Router();

function rowToJson(row) {
    return {
        id: row.id,
        name: row.name,
        venue: row.venue,
        startsAt: row.starts_at,
        createdAt: row.created_at,
    };
}

function pageParams(query) {
    const limit = Math.min(parseInt(query.limit, 10) || 25, 100);
    const offset = Math.max(parseInt(query.offset, 10) || 0, 0);
    return { limit, offset };
}

router.get('/', async (req, res, next) => {
    try {
        const { limit, offset } = pageParams(req.query);
        const { rows } = await db.query(
            'SELECT * FROM events ORDER BY id DESC LIMIT $1 OFFSET $2',
            [limit, offset]
        );
        res.json({ items: rows.map(rowToJson), limit, offset });
    } catch (err) {
        next(err);
    }
});

router.get('/:id', async (req, res, next) => {
    try {
        const { rows } = await db.query('SELECT * FROM events WHERE id = $1', [req.params.id]);
        if (rows.length === 0) {
            return res.status(404).json({ error: 'event not found' });
        }
        res.json(rowToJson(rows[0]));
    } catch (err) {
        next(err);
    }
});

router.post('/', async (req, res, next) => {
    const { name, venue, startsAt } = req.body || {};
    if (!name) {
        return res.status(400).json({ error: 'name is required' });
    }
    try {
        const { rows } = await db.query(
            'INSERT INTO events (name, venue, starts_at) VALUES ($1, $2, $3) RETURNING *',
            [name, venue || null, startsAt || null]
        );
        res.status(201).json(rowToJson(rows[0]));
    } catch (err) {
        next(err);
    }
});

const EDITABLE = ['name', 'venue', 'starts_at'];

router.patch('/:id', async (req, res, next) => {
    const fields = Object.keys(req.body || {}).filter((k) => EDITABLE.includes(k));
    if (fields.length === 0) {
        return res.status(400).json({ error: 'no editable fields supplied' });
    }
    const sets = fields.map((f, i) => `${f} = $${i + 1}`).join(', ');
    const values = fields.map((f) => req.body[f]);
    try {
        const { rowCount } = await db.query(
            `UPDATE events SET ${sets} WHERE id = $${fields.length + 1}`,
            [...values, req.params.id]
        );
        res.json({ updated: rowCount });
    } catch (err) {
        next(err);
    }
});

router.delete('/:id', async (req, res, next) => {
    try {
        await db.query('DELETE FROM events WHERE id = $1', [req.params.id]);
        res.status(204).end();
    } catch (err) {
        next(err);
    }
});

router.get('/stats/by-venue', async (req, res, next) => {
    try {
        const { rows } = await db.query(
            'SELECT venue, COUNT(*)::int AS total FROM events GROUP BY venue ORDER BY total DESC'
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
            'SELECT * FROM events WHERE name ILIKE $1 ORDER BY name LIMIT 50',
            [`%${term}%`]
        );
        res.json(rows.map(rowToJson));
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
        const { rows } = await db.query('SELECT id, name, venue, starts_at FROM events ORDER BY id');
        const lines = ['id,name,venue,starts_at'];
        for (const r of rows) {
            lines.push([r.id, r.name, r.venue, r.starts_at].map(csvEscape).join(','));
        }
        res.type('text/csv').attachment('events.csv').send(lines.join('\n'));
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
                'INSERT INTO events (name, venue) VALUES ($1, $2)',
                [item.name, item.venue || null]
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

function chunk(list, size) {
    if (size <= 0) throw new RangeError('size must be positive');
    const out = [];
    for (let i = 0; i < list.length; i += size) {
        out.push(list.slice(i, i + size));
    }
    return out;
}

function slugify(value) {
    return String(value)
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
}

function pick(obj, keys) {
    const out = {};
    for (const key of keys) {
        if (Object.prototype.hasOwnProperty.call(obj, key)) {
            out[key] = obj[key];
        }
    }
    return out;
}

function isPlainObject(value) {
    return Object.prototype.toString.call(value) === '[object Object]';
}

function deepMerge(target, source) {
    const out = { ...target };
    for (const [key, value] of Object.entries(source || {})) {
        out[key] = isPlainObject(value) && isPlainObject(out[key]) ? deepMerge(out[key], value) : value;
    }
    return out;
}

function parseDuration(text) {
    const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(String(text).trim());
    if (!match || match[0] === '') {
        throw new Error(`bad duration: ${text}`);
    }
    const [, h = 0, m = 0, s = 0] = match;
    return Number(h) * 3600 + Number(m) * 60 + Number(s);
}

router.get('/project/:projectId/board', async (req, res, next) => {
    try {
        const sort = req.query.sort || 'created_at';
        const { rows } = await db.query(`SELECT id, title, status, assignee FROM tickets WHERE project_id = ${req.params.projectId} ORDER BY ${sort}`);
        res.json(rows);
    } catch (err) {
        next(err);
    }
});

module.exports = router;
