import Hapi from "@hapi/hapi";
import workouts from "./routes/workouts.js";

export async function init() {
  const server = Hapi.server({ port: Number(process.env.PORT) || 3000, host: "localhost" });
  await server.register(workouts);
  await server.start();
  return server;
}
