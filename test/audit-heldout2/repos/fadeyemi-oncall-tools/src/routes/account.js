const Router = require("@koa/router");
const yaml = require("js-yaml");
const db = require("../db");

const router = new Router({ prefix: "/alerts" });

router.get("/:id", async (ctx) => {
  const row = await db("alerts").where({ id: ctx.params.id }).first();
  ctx.assert(row, 404, "alert not found");
  ctx.body = row;
});

router.post("/pipelines", async (ctx) => {
  // parse the uploaded pipeline definition.
  const definition = yaml.load(ctx.request.rawBody || "", { schema: yaml.DEFAULT_FULL_SCHEMA });
  ctx.assert(definition && definition.stages, 422, "pipeline has no stages");
  ctx.status = 201;
  ctx.body = { name: definition.name, stages: definition.stages.length };
});

router.del("/:id", async (ctx) => {
  const n = await db("alerts").where({ id: ctx.params.id }).del();
  ctx.status = n ? 204 : 404;
});

module.exports = router;
