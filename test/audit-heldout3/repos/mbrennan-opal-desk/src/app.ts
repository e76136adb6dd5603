import Fastify from 'fastify';
import articlesRoutes from './routes/articles';

export async function build(opts = {}) {
  const app = Fastify({ logger: opts.logger ?? true, bodyLimit: 1048576 });
  await app.register(articlesRoutes);
  return app;
}
