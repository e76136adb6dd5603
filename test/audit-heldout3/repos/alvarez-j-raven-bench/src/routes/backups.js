"use strict";

const Router = require("@koa/router");
const backups = require("../services/backups");

const router = new Router({ prefix: "/backups" });

router.post("/", async (ctx) => {
  const { label } = ctx.request.body || {};
  ctx.assert(label, 400, "label is required");
  ctx.status = 202;
  ctx.body = await backups.create(label);
});

router.get("/", async (ctx) => {
  ctx.body = { items: await backups.list() };
});

module.exports = router;
