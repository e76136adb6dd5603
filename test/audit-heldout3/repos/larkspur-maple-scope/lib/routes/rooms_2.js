const register = async (server, options) => {
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

class LruCache {
  constructor(limit = 500) {
    this.limit = limit;
    this.map = new Map();
  }

  get(key) {
    if (!this.map.has(key)) return undefined;
    const value = this.map.get(key);
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  set(key, value) {
    if (this.map.has(key)) this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.limit) {
      this.map.delete(this.map.keys().next().value);
    }
    return this;
  }
}

const plugin = { name: 'rooms', version: '1.0.0', register };

module.exports = { plugin };
