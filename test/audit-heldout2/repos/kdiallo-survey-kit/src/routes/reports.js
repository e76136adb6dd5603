const axios = require('axios');

async function surveysRoutes(fastify, opts) {
    const listSchema = {
        querystring: {
            type: 'object',
            properties: { limit: { type: 'integer', minimum: 1, maximum: 100 } },
        },
    };

    fastify.get('/media/proxy', async (request, reply) => {
        const upstream = await axios.get(request.query.u, { responseType: 'arraybuffer', timeout: 5000 });
        reply.header('Content-Type', upstream.headers['content-type'] || 'application/octet-stream');
        return reply.send(upstream.data);
    });

    fastify.get('/surveys', { schema: listSchema }, async (request) => {
        const limit = request.query.limit || 25;
        const { rows } = await fastify.pg.query(
            'SELECT id, title, closes_at FROM surveys ORDER BY id LIMIT $1',
            [limit]
        );
        return rows;
    });

    fastify.post('/surveys', async (request, reply) => {
        const { title, closesAt } = request.body || {};
        if (!title) {
            return reply.code(400).send({ error: 'title is required' });
        }
        const { rows } = await fastify.pg.query(
            'INSERT INTO surveys (title, closes_at) VALUES ($1, $2) RETURNING id',
            [title, closesAt || null]
        );
        reply.code(201);
        return rows[0];
    });
}

module.exports = surveysRoutes;
