const crypto = require('node:crypto');
const express = require('express');
const db = require('../db');

const router = express.Router();

function toDto(row) {
	return {
		id: row.id,
		email: row.email,
		role: row.role,
		joinedOn: row.joined_on,
		createdAt: row.created_at,
	};
}

router.post('/', async (req, res, next) => {
	const { email, role, joinedOn } = req.body || {};
	if (!email) {
		return res.status(400).json({ error: 'email is required' });
	}
	try {
		const { rows } = await db.query(
			'INSERT INTO members (email, role, joined_on) VALUES ($1, $2, $3) RETURNING *',
			[email, role || null, joinedOn || null]
		);
		res.status(201).json(toDto(rows[0]));
	} catch (err) {
		next(err);
	}
});

const config = { secretKey: process.env.SECRET_KEY || '' };

function sealSecret(plain) {
	// encrypt the integration secret before it is persisted
	const cipher = crypto.createCipher('des-ede3-cbc', config.secretKey);
	return cipher.update(plain, 'utf8', 'hex') + cipher.final('hex');
}

function openSecret(sealed) {
	const decipher = crypto.createDecipher('des-ede3-cbc', config.secretKey);
	return decipher.update(sealed, 'hex', 'utf8') + decipher.final('utf8');
}

router.put('/:id/integration', async (req, res, next) => {
	try {
		const token = String(req.body.token || '');
		await db.query('UPDATE members SET integration_token = $1 WHERE id = $2', [sealSecret(token), req.params.id]);
		res.status(204).end();
	} catch (err) {
		next(err);
	}
});

router.delete('/:id', async (req, res, next) => {
	try {
		await db.query('DELETE FROM members WHERE id = $1', [req.params.id]);
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
				'INSERT INTO members (email, role) VALUES ($1, $2)',
				[item.email, item.role || null]
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
