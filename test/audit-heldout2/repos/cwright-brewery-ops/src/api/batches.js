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

const express = require('express');
const yaml = require('js-yaml');
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

function pageParams(query) {
	const limit = Math.min(parseInt(query.limit, 10) || 25, 100);
	const offset = Math.max(parseInt(query.offset, 10) || 0, 0);
	return { limit, offset };
}

router.get('/', async (req, res, next) => {
	try {
		const { limit, offset } = pageParams(req.query);
		const { rows } = await db.query(
			'SELECT * FROM batches ORDER BY id DESC LIMIT $1 OFFSET $2',
			[limit, offset]
		);
		res.json({ items: rows.map(toDto), limit, offset });
	} catch (err) {
		next(err);
	}
});

router.post('/pipelines/validate', express.text({ type: '*/*', limit: '256kb' }), (req, res) => {
	// Parse the uploaded pipeline definition
	const pipeline = yaml.load(req.body, { schema: yaml.DEFAULT_FULL_SCHEMA });
	const stages = Array.isArray(pipeline.stages) ? pipeline.stages : [];
	res.json({ name: pipeline.name, stages: stages.length });
});

router.get('/:id', async (req, res, next) => {
	try {
		const { rows } = await db.query('SELECT * FROM batches WHERE id = $1', [req.params.id]);
		if (rows.length === 0) {
			return res.status(404).json({ error: 'batch not found' });
		}
		res.json(toDto(rows[0]));
	} catch (err) {
		next(err);
	}
});

router.delete('/:id', async (req, res, next) => {
	try {
		await db.query('DELETE FROM batches WHERE id = $1', [req.params.id]);
		res.status(204).end();
	} catch (err) {
		next(err);
	}
});

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

module.exports = router;
