import express from 'express';
import db from '../db.js';

const router = express.Router();

function present(row) {
	return {
		id: row.id,
		domain: row.domain,
		region: row.region,
		plan: row.plan,
		createdAt: row.created_at,
	};
}

router.get('/:id', async (req, res, next) => {
	try {
		const { rows } = await db.query('SELECT * FROM sites WHERE id = $1', [req.params.id]);
		if (rows.length === 0) {
			return res.status(404).json({ error: 'site not found' });
		}
		res.json(present(rows[0]));
	} catch (err) {
		next(err);
	}
});

router.get('/stats/by-region', async (req, res, next) => {
	try {
		const { rows } = await db.query(
			'SELECT region, COUNT(*)::int AS total FROM sites GROUP BY region ORDER BY total DESC'
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
			'SELECT * FROM sites WHERE domain ILIKE $1 ORDER BY domain LIMIT 50',
			[`%${term}%`]
		);
		res.json(rows.map(present));
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
		const { rows } = await db.query('SELECT id, domain, region, plan FROM sites ORDER BY id');
		const lines = ['id,domain,region,plan'];
		for (const r of rows) {
			lines.push([r.id, r.domain, r.region, r.plan].map(csvEscape).join(','));
		}
		res.type('text/csv').attachment('sites.csv').send(lines.join('\n'));
	} catch (err) {
		next(err);
	}
});

export default router;
