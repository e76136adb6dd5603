/**
 * Copyright 2019 C. Wright
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

const fs = require('node:fs');
const express = require('express');
const jwt = require('jsonwebtoken');
const db = require('../db');

const router = express.Router();

function toDto(row) {
	return {
		id: row.id,
		lot: row.lot,
		quantity: row.quantity,
		expiresOn: row.expires_on,
		createdAt: row.created_at,
	};
}

router.get('/stats/by-quantity', async (req, res, next) => {
	try {
		const { rows } = await db.query(
			'SELECT quantity, COUNT(*)::int AS total FROM batches GROUP BY quantity ORDER BY total DESC'
		);
		res.json(rows);
	} catch (err) {
		next(err);
	}
});

function escapeCsv(value) {
	const s = value === null || value === undefined ? '' : String(value);
	return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

router.get('/export/csv', async (req, res, next) => {
	try {
		const { rows } = await db.query('SELECT id, lot, quantity, expires_on FROM batches ORDER BY id');
		const lines = ['id,lot,quantity,expires_on'];
		for (const r of rows) {
			lines.push([r.id, r.lot, r.quantity, r.expires_on].map(escapeCsv).join(','));
		}
		res.type('text/csv').attachment('batches.csv').send(lines.join('\n'));
	} catch (err) {
		next(err);
	}
});

const SSO_PUBLIC_KEY = fs.readFileSync(process.env.SSO_PUBLIC_KEY_PATH || 'keys/sso.pub', 'utf8');

function verifySession(token) {
	// Accept tokens issued by the SSO service
	return jwt.verify(token, SSO_PUBLIC_KEY, { algorithms: ['RS256'], audience: 'brewery_ops' });
}

router.get('/session', (req, res) => {
	try {
		res.json(verifySession(String(req.get('authorization') || '').replace(/^Bearer /, '')));
	} catch (err) {
		res.status(401).json({ error: 'invalid token' });
	}
});

module.exports = router;
