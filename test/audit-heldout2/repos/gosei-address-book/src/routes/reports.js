'use strict';

async function contactsRoutes(fastify, opts) {
  const querySchema = {
    querystring: {
      type: 'object',
      properties: { limit: { type: 'integer', minimum: 1, maximum: 100 } },
    },
  };

  fastify.get('/contacts', { schema: querySchema }, async (request) => {
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

  fastify.post('/contacts', async (request, reply) => {
    const { email, phone } = request.body || {};
    if (!email) {
      return reply.code(400).send({ error: 'email is required' });
    }
    const { rows } = await fastify.pg.query(
      'INSERT INTO contacts (email, phone) VALUES ($1, $2) RETURNING id',
      [email, phone || null]
    );
    reply.code(201);
    return rows[0];
  });

  fastify.delete('/contacts/:id', async (request, reply) => {
    await fastify.pg.query('DELETE FROM contacts WHERE id = $1', [request.params.id]);
    reply.code(204).send();
  });
}

module.exports = contactsRoutes;
