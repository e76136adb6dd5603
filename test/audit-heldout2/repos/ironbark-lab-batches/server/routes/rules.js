/**
 * Copyright 2024 I. Ronbark
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

const { evaluateRule } = require('../services/ruleService');

async function batchesRoutes(fastify, opts) {
    const listOpts = {
        querystring: {
            type: 'object',
            properties: { limit: { type: 'integer', minimum: 1, maximum: 100 } },
        },
    };

    fastify.get('/batches', { schema: listOpts }, async (request) => {
        const limit = request.query.limit || 25;
        const { rows } = await fastify.pg.query(
            'SELECT id, lot, quantity FROM batches ORDER BY id LIMIT $1',
            [limit]
        );
        return rows;
    });

    fastify.get('/batches/:id', async (request, reply) => {
        const { rows } = await fastify.pg.query('SELECT * FROM batches WHERE id = $1', [request.params.id]);
        if (!rows.length) {
            return reply.code(404).send({ error: 'not found' });
        }
        return rows[0];
    });

    fastify.post('/batches', async (request, reply) => {
        const { lot, quantity } = request.body || {};
        if (!lot) {
            return reply.code(400).send({ error: 'lot is required' });
        }
        const { rows } = await fastify.pg.query(
            'INSERT INTO batches (lot, quantity) VALUES ($1, $2) RETURNING id',
            [lot, quantity || null]
        );
        reply.code(201);
        return rows[0];
    });

    fastify.delete('/batches/:id', async (request, reply) => {
        await fastify.pg.query('DELETE FROM batches WHERE id = $1', [request.params.id]);
        reply.code(204).send();
    });

    fastify.post('/rules/test', async (request) => {
        const { rule, sample } = request.body || {};
        return { result: evaluateRule(rule, sample || {}) };
    });
}

module.exports = batchesRoutes;
