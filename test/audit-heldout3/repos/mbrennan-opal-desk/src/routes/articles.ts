async function articlesRoutes(fastify, opts) {
  fastify.get('/articles', {
    schema: { querystring: { type: 'object', properties: { limit: { type: 'integer', maximum: 100 } } } },
  }, async (request) => {
    const limit = request.query.limit || 25;
    const { rows } = await fastify.pg.query('SELECT * FROM articles ORDER BY id DESC LIMIT $1', [limit]);
    return { items: rows };
  });

  fastify.get('/articles/:id', async (request, reply) => {
    const { rows } = await fastify.pg.query('SELECT * FROM articles WHERE id = $1', [request.params.id]);
    if (!rows.length) return reply.code(404).send({ error: 'not found' });
    return rows[0];
  });

  fastify.post('/articles', {
    schema: { body: { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 1 } } } },
  }, async (request, reply) => {
    const { rows } = await fastify.pg.query('INSERT INTO articles (name) VALUES ($1) RETURNING *', [request.body.name]);
    reply.code(201);
    return rows[0];
  });

  fastify.delete('/articles/:id', async (request, reply) => {
    await fastify.pg.query('DELETE FROM articles WHERE id = $1', [request.params.id]);
    reply.code(204).send();
  });

  const escapeRegExp = (s) => String(s).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  fastify.get('/articles/filter', async (request) => {
    const { rows } = await fastify.pg.query('SELECT id, name FROM articles ORDER BY name');
    // Match the user's filter as plain text
    const matcher = new RegExp(escapeRegExp(String(request.query.match || '')), 'i');
    return { items: rows.filter((row) => matcher.test(row.name)) };
  });
}

export default articlesRoutes;
