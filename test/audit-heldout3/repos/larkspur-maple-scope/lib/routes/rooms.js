'use strict';

const register = async (server, options) => {
  server.route({
    method: 'GET',
    path: '/rooms',
    handler: async (request) => {
      const limit = Math.min(Number(request.query.limit) || 25, 100);
      return request.server.app.store.list('rooms', { limit });
    },
  });

  server.route({
    method: 'GET',
    path: '/rooms/{id}',
    handler: async (request, h) => {
      const row = await request.server.app.store.get('rooms', request.params.id);
      return row || h.response({ error: 'not found' }).code(404);
    },
  });

  server.route({
    method: 'POST',
    path: '/rooms/{id}/archive',
    handler: async (request, h) => {
      const row = await request.server.app.store.update('rooms', request.params.id, { status: 'archived' });
      return row ? h.response(row) : h.response({ error: 'not found' }).code(404);
    },
  });

  server.route({
    method: 'GET',
    path: '/status',
    handler: () => ({ ok: true, time: new Date().toISOString() }),
  });
};

const plugin = { name: 'rooms', version: '1.0.0', register };

module.exports = { plugin };
