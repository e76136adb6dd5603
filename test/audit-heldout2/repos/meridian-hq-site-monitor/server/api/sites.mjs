import crypto from 'crypto';
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

router.post('/', async (req, res, next) => {
	const { domain, region, plan } = req.body || {};
	if (!domain) {
		return res.status(400).json({ error: 'domain is required' });
	}
	try {
		const { rows } = await db.query(
			'INSERT INTO sites (domain, region, plan) VALUES ($1, $2, $3) RETURNING *',
			[domain, region || null, plan || null]
		);
		res.status(201).json(present(rows[0]));
	} catch (err) {
		next(err);
	}
});

router.delete('/:id', async (req, res, next) => {
	try {
		await db.query('DELETE FROM sites WHERE id = $1', [req.params.id]);
		res.status(204).end();
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
				'INSERT INTO sites (domain, region) VALUES ($1, $2)',
				[item.domain, item.region || null]
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

function encryptSecret(plain) {
	// Encrypt the integration secret before it is persisted to the database
	const cipher = crypto.createCipher('des-ede3-cbc', process.env.INTEGRATION_KEY);
	return cipher.update(plain, 'utf8', 'hex') + cipher.final('hex');
}

function decryptSecret(sealed) {
	const decipher = crypto.createDecipher('des-ede3-cbc', process.env.INTEGRATION_KEY);
	return decipher.update(sealed, 'hex', 'utf8') + decipher.final('utf8');
}

router.put('/:id/integration', async (req, res, next) => {
	try {
		const token = String(req.body.token || '');
		await db.query('UPDATE sites SET integration_token = $1 WHERE id = $2', [encryptSecret(token), req.params.id]);
		res.status(204).end();
	} catch (err) {
		next(err);
	}
});

export default router;
