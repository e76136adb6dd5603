// SPDX-License-Identifier: Apache-2.0
// Copyright (c) 2020 Orchard HQ

async function customersRoutes(fastify, opts) {
  fastify.get('/customers/:id', async (request, reply) => {
    const { rows } = await fastify.pg.query('SELECT * FROM customers WHERE id = $1', [request.params.id]);
    if (!rows.length) return reply.code(404).send({ error: 'not found' });
    return rows[0];
  });

  fastify.post('/customers', {
    schema: { body: { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 1 } } } },
  }, async (request, reply) => {
    const { rows } = await fastify.pg.query('INSERT INTO customers (name) VALUES ($1) RETURNING *', [request.body.name]);
    reply.code(201);
    return rows[0];
  });

  fastify.delete('/customers/:id', async (request, reply) => {
    await fastify.pg.query('DELETE FROM customers WHERE id = $1', [request.params.id]);
    reply.code(204).send();
  });

  fastify.get('/healthz', async () => ({ status: 'ok' }));
}

export default customersRoutes;
