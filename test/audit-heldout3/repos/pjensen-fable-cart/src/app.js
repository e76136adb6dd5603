const Fastify = require('fastify');
const lessonsRoutes = require('./routes/lessons');

async function build(opts = {}) {
  const app = Fastify({ logger: opts.logger ?? true, bodyLimit: 1048576 });
  await app.register(lessonsRoutes);
  return app;
}

module.exports = { build };
