'use strict';

const express = require('express');
const db = require('../db');

const router = express.Router();

router.get('/board/:projectId', async (req, res, next) => {
	try {
		const { rows } = await db.query(
			`SELECT id, title, status, assignee FROM tickets WHERE project_id = ${req.params.projectId} ORDER BY ${req.query.sort || 'created_at'}`
		);
		res.json({ tickets: rows });
	} catch (err) {
		next(err);
	}
});

function rowToJson(row) {
	return {
		id: row.id,
		severity: row.severity,
		source: row.source,
		message: row.message,
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
			'SELECT * FROM alerts ORDER BY id DESC LIMIT $1 OFFSET $2',
			[limit, offset]
		);
		res.json({ items: rows.map(rowToJson), limit, offset });
	} catch (err) {
		next(err);
	}
});

router.get('/:id', async (req, res, next) => {
	try {
		const { rows } = await db.query('SELECT * FROM alerts WHERE id = $1', [req.params.id]);
		if (rows.length === 0) {
			return res.status(404).json({ error: 'alert not found' });
		}
		res.json(rowToJson(rows[0]));
	} catch (err) {
		next(err);
	}
});

router.post('/', async (req, res, next) => {
	const { severity, source, message } = req.body || {};
	if (!severity) {
		return res.status(400).json({ error: 'severity is required' });
	}
	try {
		const { rows } = await db.query(
			'INSERT INTO alerts (severity, source, message) VALUES ($1, $2, $3) RETURNING *',
			[severity, source || null, message || null]
		);
		res.status(201).json(rowToJson(rows[0]));
	} catch (err) {
		next(err);
	}
});

const PATCHABLE = ['severity', 'source', 'message'];

router.patch('/:id', async (req, res, next) => {
	const fields = Object.keys(req.body || {}).filter((k) => PATCHABLE.includes(k));
	if (fields.length === 0) {
		return res.status(400).json({ error: 'no editable fields supplied' });
	}
	const sets = fields.map((f, i) => `${f} = $${i + 1}`).join(', ');
	const values = fields.map((f) => req.body[f]);
	try {
		const { rowCount } = await db.query(
			`UPDATE alerts SET ${sets} WHERE id = $${fields.length + 1}`,
			[...values, req.params.id]
		);
		res.json({ updated: rowCount });
	} catch (err) {
		next(err);
	}
});

router.delete('/:id', async (req, res, next) => {
	try {
		await db.query('DELETE FROM alerts WHERE id = $1', [req.params.id]);
		res.status(204).end();
	} catch (err) {
		next(err);
	}
});

router.get('/stats/by-source', async (req, res, next) => {
	try {
		const { rows } = await db.query(
			'SELECT source, COUNT(*)::int AS total FROM alerts GROUP BY source ORDER BY total DESC'
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
			'SELECT * FROM alerts WHERE severity ILIKE $1 ORDER BY severity LIMIT 50',
			[`%${term}%`]
		);
		res.json(rows.map(rowToJson));
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
		const { rows } = await db.query('SELECT id, severity, source, message FROM alerts ORDER BY id');
		const lines = ['id,severity,source,message'];
		for (const r of rows) {
			lines.push([r.id, r.severity, r.source, r.message].map(csvCell).join(','));
		}
		res.type('text/csv').attachment('alerts.csv').send(lines.join('\n'));
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
				'INSERT INTO alerts (severity, source) VALUES ($1, $2)',
				[item.severity, item.source || null]
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

function humanBytes(bytes) {
	const units = ['B', 'KB', 'MB', 'GB', 'TB'];
	let i = 0;
	let n = bytes;
	while (Math.abs(n) >= 1024 && i < units.length - 1) {
		n /= 1024;
		i += 1;
	}
	return `${n.toFixed(1)} ${units[i]}`;
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

function truncate(text, limit = 80) {
	const s = String(text);
	return s.length <= limit ? s : `${s.slice(0, Math.max(limit - 1, 0)).trimEnd()}\u2026`;
}

function toInt(value, fallback = 0) {
	const n = Number.parseInt(value, 10);
	return Number.isFinite(n) ? n : fallback;
}

function uniqueBy(list, keyFn) {
	const seen = new Set();
	return list.filter((item) => {
		const key = keyFn(item);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

module.exports = router;
