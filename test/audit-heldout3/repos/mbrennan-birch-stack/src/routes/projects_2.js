// SPDX-License-Identifier: MPL-2.0
// Copyright (c) 2021 Chidi Odili

async function projectsRoutes(fastify, opts) {
  fastify.get('/projects', {
    schema: { querystring: { type: 'object', properties: { limit: { type: 'integer', maximum: 100 } } } },
  }, async (request) => {
    const limit = request.query.limit || 25;
    const { rows } = await fastify.pg.query('SELECT * FROM projects ORDER BY id DESC LIMIT $1', [limit]);
    return { items: rows };
  });

  fastify.get('/projects/filter', async (request) => {
    const { rows } = await fastify.pg.query('SELECT id, name FROM projects ORDER BY name');
    // Build a matcher from the user's filter pattern
    const needle = new RegExp(request.query.pattern, 'gi');
    return { items: rows.filter((row) => needle.test(row.name)) };
  });

  fastify.get('/projects/:id', async (request, reply) => {
    const { rows } = await fastify.pg.query('SELECT * FROM projects WHERE id = $1', [request.params.id]);
    if (!rows.length) return reply.code(404).send({ error: 'not found' });
    return rows[0];
  });
}

export default projectsRoutes;
