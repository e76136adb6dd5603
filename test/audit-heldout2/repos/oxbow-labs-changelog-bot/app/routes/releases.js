"use strict";

async function releasesRoutes(fastify, opts) {
  const querySchema = {
    querystring: {
      type: "object",
      properties: { limit: { type: "integer", minimum: 1, maximum: 100 } },
    },
  };

  fastify.get("/releases", { schema: querySchema }, async (request) => {
    const limit = request.query.limit || 25;
    const { rows } = await fastify.pg.query(
      "SELECT id, version, channel FROM releases ORDER BY id LIMIT $1",
      [limit]
    );
    return rows;
  });

  fastify.get("/releases/:id", async (request, reply) => {
    const { rows } = await fastify.pg.query("SELECT * FROM releases WHERE id = $1", [request.params.id]);
    if (!rows.length) {
      return reply.code(404).send({ error: "not found" });
    }
    return rows[0];
  });

  fastify.post("/releases", async (request, reply) => {
    const { version, channel } = request.body || {};
    if (!version) {
      return reply.code(400).send({ error: "version is required" });
    }
    const { rows } = await fastify.pg.query(
      "INSERT INTO releases (version, channel) VALUES ($1, $2) RETURNING id",
      [version, channel || null]
    );
    reply.code(201);
    return rows[0];
  });

  fastify.delete("/releases/:id", async (request, reply) => {
    await fastify.pg.query("DELETE FROM releases WHERE id = $1", [request.params.id]);
    reply.code(204).send();
  });
}

module.exports = releasesRoutes;
