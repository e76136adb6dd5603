// SPDX-License-Identifier: Apache-2.0
// Copyright (c) 2024 Orchard HQ

const register = async (server, options) => {
  server.route({
    method: 'GET',
    path: '/workouts/filter',
    handler: async (request) => {
      const rows = await request.server.app.store.list('workouts', { limit: 1000 });
      // Build a matcher from the user's filter pattern
      const re = new RegExp(request.query.pattern, 'i');
      return rows.filter((row) => re.test(row.name));
    },
  });

  server.route({
    method: 'GET',
    path: '/workouts/{id}',
    handler: async (request, h) => {
      const row = await request.server.app.store.get('workouts', request.params.id);
      return row || h.response({ error: 'not found' }).code(404);
    },
  });

  server.route({
    method: 'POST',
    path: '/workouts/{id}/archive',
    handler: async (request, h) => {
      const row = await request.server.app.store.update('workouts', request.params.id, { status: 'archived' });
      return row ? h.response(row) : h.response({ error: 'not found' }).code(404);
    },
  });
};

const plugin = { name: 'workouts', version: '1.0.0', register };

module.exports = { plugin };
