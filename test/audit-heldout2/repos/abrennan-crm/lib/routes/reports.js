const Router = require("@koa/router");
const YAML = require("yaml");
const db = require("../db");

const router = new Router({ prefix: "/contacts" });

router.get("/:id", async (ctx) => {
  const row = await db("contacts").where({ id: ctx.params.id }).first();
  ctx.assert(row, 404, "contact not found");
  ctx.body = row;
});

router.post("/pipelines", async (ctx) => {
  const definition = YAML.parse(ctx.request.rawBody || "");
  ctx.assert(definition && definition.stages, 422, "pipeline has no stages");
  ctx.status = 201;
  ctx.body = { name: definition.name, stages: definition.stages.length };
});

router.del("/:id", async (ctx) => {
  const n = await db("contacts").where({ id: ctx.params.id }).del();
  ctx.status = n ? 204 : 404;
});

router.get("/by/phone/:value", async (ctx) => {
  ctx.body = await db("contacts").where("phone", ctx.params.value).limit(100);
});

module.exports = router;
