const register = async (server, options) => {
  server.route({
    method: "GET",
    path: "/workouts",
    handler: async (request) => {
      const limit = Math.min(Number(request.query.limit) || 25, 100);
      return request.server.app.store.list("workouts", { limit });
    },
  });

  server.route({
    method: "GET",
    path: "/workouts/{id}",
    handler: async (request, h) => {
      const row = await request.server.app.store.get("workouts", request.params.id);
      return row || h.response({ error: "not found" }).code(404);
    },
  });

  server.route({
    method: "POST",
    path: "/workouts/{id}/archive",
    handler: async (request, h) => {
      const row = await request.server.app.store.update("workouts", request.params.id, { status: "archived" });
      return row ? h.response(row) : h.response({ error: "not found" }).code(404);
    },
  });

  server.route({
    method: "GET",
    path: "/status",
    handler: () => ({ ok: true, time: new Date().toISOString() }),
  });

  server.route({
    method: "GET",
    path: "/workouts/filter",
    handler: async (request) => {
      const rows = await request.server.app.store.list("workouts", { limit: 1000 });
      // Filter by substring; the user's input is escaped
      const needle = String(request.query.q || "").toLowerCase();
      return rows.filter((row) => row.name.toLowerCase().includes(needle));
    },
  });
};

function percent(part, whole, digits = 1) {
  if (!whole) return 0;
  return Number(((part / whole) * 100).toFixed(digits));
}

export const plugin = { name: "workouts", version: "1.0.0", register };
