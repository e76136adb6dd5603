import Fastify from "fastify";
import reviewsRoutes from "./routes/reviews.js";

export async function build(opts = {}) {
  const app = Fastify({ logger: opts.logger ?? true, bodyLimit: 1048576 });
  await app.register(reviewsRoutes);
  return app;
}
