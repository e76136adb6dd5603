/**
 * Copyright 2024 R. Patel
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

const axios = require('axios');

async function contactsRoutes(fastify, opts) {
    const listSchema = {
        querystring: {
            type: 'object',
            properties: { limit: { type: 'integer', minimum: 1, maximum: 100 } },
        },
    };

    fastify.get('/contacts', { schema: listSchema }, async (request) => {
        const limit = request.query.limit || 25;
        const { rows } = await fastify.pg.query(
            'SELECT id, email, phone FROM contacts ORDER BY id LIMIT $1',
            [limit]
        );
        return rows;
    });

    fastify.get('/contacts/:id', async (request, reply) => {
        const { rows } = await fastify.pg.query('SELECT * FROM contacts WHERE id = $1', [request.params.id]);
        if (!rows.length) {
            return reply.code(404).send({ error: 'not found' });
        }
        return rows[0];
    });

    const AVATAR_HOSTS = ['avatars.example.net'];

    fastify.get('/avatar', async (request, reply) => {
        const url = new URL(String(request.query.src));
        if (url.protocol !== 'https:' || !AVATAR_HOSTS.includes(url.hostname)) {
            return reply.code(400).send({ error: 'unsupported avatar host' });
        }
        const upstream = await axios.get(url.href, { responseType: 'arraybuffer', timeout: 5000 });
        return reply.header('Content-Type', upstream.headers['content-type']).send(upstream.data);
    });
}

module.exports = contactsRoutes;
