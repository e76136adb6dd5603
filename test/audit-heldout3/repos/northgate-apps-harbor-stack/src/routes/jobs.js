'use strict';

async function jobsRoutes(fastify, opts) {
    fastify.get('/jobs', {
        schema: { querystring: { type: 'object', properties: { limit: { type: 'integer', maximum: 100 } } } },
    }, async (request) => {
        const limit = request.query.limit || 25;
        const { rows } = await fastify.pg.query('SELECT * FROM jobs ORDER BY id DESC LIMIT $1', [limit]);
        return { items: rows };
    });

    fastify.get('/jobs/:id', async (request, reply) => {
        const { rows } = await fastify.pg.query('SELECT * FROM jobs WHERE id = $1', [request.params.id]);
        if (!rows.length) return reply.code(404).send({ error: 'not found' });
        return rows[0];
    });

    fastify.get('/jobs/feed.json', async () => {
        const { rows } = await fastify.pg.query('SELECT id, name FROM jobs ORDER BY id DESC LIMIT 10');
        return rows;
    });

    fastify.delete('/jobs/:id', async (request, reply) => {
        await fastify.pg.query('DELETE FROM jobs WHERE id = $1', [request.params.id]);
        reply.code(204).send();
    });

    fastify.get('/healthz', async () => ({ status: 'ok' }));
}

function percent(part, whole, digits = 1) {
    if (!whole) return 0;
    return Number(((part / whole) * 100).toFixed(digits));
}

module.exports = jobsRoutes;
