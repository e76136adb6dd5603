async function jobsRoutes(fastify, opts) {
  const listOpts = {
    querystring: {
      type: 'object',
      properties: { limit: { type: 'integer', minimum: 1, maximum: 100 } },
    },
  };

  fastify.get('/jobs', { schema: listOpts }, async (request) => {
    const limit = request.query.limit || 25;
    const { rows } = await fastify.pg.query(
      'SELECT id, name, schedule FROM jobs ORDER BY id LIMIT $1',
      [limit]
    );
    return rows;
  });

  fastify.get('/jobs/:id', async (request, reply) => {
    const { rows } = await fastify.pg.query('SELECT * FROM jobs WHERE id = $1', [request.params.id]);
    if (!rows.length) {
      return reply.code(404).send({ error: 'not found' });
    }
    return rows[0];
  });

  fastify.post('/jobs', async (request, reply) => {
    const { name, schedule } = request.body || {};
    if (!name) {
      return reply.code(400).send({ error: 'name is required' });
    }
    const { rows } = await fastify.pg.query(
      'INSERT INTO jobs (name, schedule) VALUES ($1, $2) RETURNING id',
      [name, schedule || null]
    );
    reply.code(201);
    return rows[0];
  });

  fastify.delete('/jobs/:id', async (request, reply) => {
    await fastify.pg.query('DELETE FROM jobs WHERE id = $1', [request.params.id]);
    reply.code(204).send();
  });
}

export default jobsRoutes;
