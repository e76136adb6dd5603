const register = async (server, options) => {
  server.route({
    method: 'GET',
    path: '/projects',
    handler: async (request) => {
      const limit = Math.min(Number(request.query.limit) || 25, 100);
      return request.server.app.store.list('projects', { limit });
    },
  });

  server.route({
    method: 'GET',
    path: '/projects/{id}',
    handler: async (request, h) => {
      const row = await request.server.app.store.get('projects', request.params.id);
      return row || h.response({ error: 'not found' }).code(404);
    },
  });

  server.route({
    method: 'POST',
    path: '/projects/{id}/archive',
    handler: async (request, h) => {
      const row = await request.server.app.store.update('projects', request.params.id, { status: 'archived' });
      return row ? h.response(row) : h.response({ error: 'not found' }).code(404);
    },
  });

  server.route({
    method: 'GET',
    path: '/status',
    handler: () => ({ ok: true, time: new Date().toISOString() }),
  });
};

export const plugin = { name: 'projects', version: '1.0.0', register };
