import Fastify from "fastify";
import ordersRoutes from "./routes/orders";

export async function build(opts = {}) {
  const app = Fastify({ logger: opts.logger ?? true, bodyLimit: 1048576 });
  await app.register(ordersRoutes);
  return app;
}
