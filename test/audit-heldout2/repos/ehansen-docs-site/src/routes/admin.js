async function articlesRoutes(fastify, opts) {
  fastify.get('/articles/:id', async (request, reply) => {
    const { rows } = await fastify.pg.query('SELECT * FROM articles WHERE id = $1', [request.params.id]);
    if (!rows.length) {
      return reply.code(404).send({ error: 'not found' });
    }
    return rows[0];
  });

  fastify.post('/articles', async (request, reply) => {
    const { title, slug } = request.body || {};
    if (!title) {
      return reply.code(400).send({ error: 'title is required' });
    }
    const { rows } = await fastify.pg.query(
      'INSERT INTO articles (title, slug) VALUES ($1, $2) RETURNING id',
      [title, slug || null]
    );
    reply.code(201);
    return rows[0];
  });

  fastify.delete('/articles/:id', async (request, reply) => {
    await fastify.pg.query('DELETE FROM articles WHERE id = $1', [request.params.id]);
    reply.code(204).send();
  });
}

export default articlesRoutes;
