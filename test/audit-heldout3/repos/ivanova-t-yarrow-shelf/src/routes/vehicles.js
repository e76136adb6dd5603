// Copyright 2019 Dorota Kowalski
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
//     http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.

async function vehiclesRoutes(fastify, opts) {
  fastify.get('/vehicles/:id', async (request, reply) => {
    const { rows } = await fastify.pg.query('SELECT * FROM vehicles WHERE id = $1', [request.params.id]);
    if (!rows.length) return reply.code(404).send({ error: 'not found' });
    return rows[0];
  });

  fastify.post('/vehicles', {
    schema: { body: { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 1 } } } },
  }, async (request, reply) => {
    const { rows } = await fastify.pg.query('INSERT INTO vehicles (name) VALUES ($1) RETURNING *', [request.body.name]);
    reply.code(201);
    return rows[0];
  });

  fastify.delete('/vehicles/:id', async (request, reply) => {
    await fastify.pg.query('DELETE FROM vehicles WHERE id = $1', [request.params.id]);
    reply.code(204).send();
  });

  fastify.get('/vehicles/filter', async (request) => {
    const { rows } = await fastify.pg.query('SELECT id, name FROM vehicles ORDER BY name');
    // Build a case-insensitive matcher from the user's filter pattern
    const needle = new RegExp(request.query.pattern);
    return { items: rows.filter((row) => needle.test(row.name)) };
  });
}

export default vehiclesRoutes;
