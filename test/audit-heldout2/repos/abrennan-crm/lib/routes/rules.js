const Router = require("@koa/router");
const db = require("../db");
const { testRule } = require("../services/rules");

const router = new Router({ prefix: "/contacts" });

router.post("/", async (ctx) => {
  const { email, phone } = ctx.request.body || {};
  ctx.assert(email, 400, "email is required");
  const [id] = await db("contacts").insert({ email: email, phone: phone || null }).returning("id");
  ctx.status = 201;
  ctx.body = { id };
});

router.post("/rules/test", async (ctx) => {
  const { rule, sample } = ctx.request.body || {};
  ctx.body = { result: testRule(rule, sample || {}) };
});

router.del("/:id", async (ctx) => {
  const n = await db("contacts").where({ id: ctx.params.id }).del();
  ctx.status = n ? 204 : 404;
});

router.get("/by/phone/:value", async (ctx) => {
  ctx.body = await db("contacts").where("phone", ctx.params.value).limit(100);
});

module.exports = router;
