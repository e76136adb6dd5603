async function membersRoutes(fastify, opts) {
  fastify.get('/members', {
    schema: { querystring: { type: 'object', properties: { limit: { type: 'integer', maximum: 100 } } } },
  }, async (request) => {
    const limit = request.query.limit || 25;
    const { rows } = await fastify.pg.query('SELECT * FROM members ORDER BY id DESC LIMIT $1', [limit]);
    return { items: rows };
  });

  fastify.get('/members/:id', async (request, reply) => {
    const { rows } = await fastify.pg.query('SELECT * FROM members WHERE id = $1', [request.params.id]);
    if (!rows.length) return reply.code(404).send({ error: 'not found' });
    return rows[0];
  });

  fastify.post('/members', {
    schema: { body: { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 1 } } } },
  }, async (request, reply) => {
    const { rows } = await fastify.pg.query('INSERT INTO members (name) VALUES ($1) RETURNING *', [request.body.name]);
    reply.code(201);
    return rows[0];
  });

  fastify.delete('/members/:id', async (request, reply) => {
    await fastify.pg.query('DELETE FROM members WHERE id = $1', [request.params.id]);
    reply.code(204).send();
  });

  fastify.get('/healthz', async () => ({ status: 'ok' }));
}

export default membersRoutes;
