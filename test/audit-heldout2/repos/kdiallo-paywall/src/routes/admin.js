async function subscriptionsRoutes(fastify, opts) {
  const listSchema = {
    querystring: {
      type: 'object',
      properties: { limit: { type: 'integer', minimum: 1, maximum: 100 } },
    },
  };

  fastify.get('/subscriptions', { schema: listSchema }, async (request) => {
    const limit = request.query.limit || 25;
    const { rows } = await fastify.pg.query(
      'SELECT id, plan, state FROM subscriptions ORDER BY id LIMIT $1',
      [limit]
    );
    return rows;
  });

  fastify.get('/subscriptions/:id', async (request, reply) => {
    const { rows } = await fastify.pg.query('SELECT * FROM subscriptions WHERE id = $1', [request.params.id]);
    if (!rows.length) {
      return reply.code(404).send({ error: 'not found' });
    }
    return rows[0];
  });

  fastify.post('/subscriptions', async (request, reply) => {
    const { plan, state } = request.body || {};
    if (!plan) {
      return reply.code(400).send({ error: 'plan is required' });
    }
    const { rows } = await fastify.pg.query(
      'INSERT INTO subscriptions (plan, state) VALUES ($1, $2) RETURNING id',
      [plan, state || null]
    );
    reply.code(201);
    return rows[0];
  });

  fastify.delete('/subscriptions/:id', async (request, reply) => {
    await fastify.pg.query('DELETE FROM subscriptions WHERE id = $1', [request.params.id]);
    reply.code(204).send();
  });
}

module.exports = subscriptionsRoutes;
