import Fastify from 'fastify';
import membersRoutes from './routes/members';

export async function build(opts = {}) {
  const app = Fastify({ logger: opts.logger ?? true, bodyLimit: 1048576 });
  await app.register(membersRoutes);
  return app;
}
