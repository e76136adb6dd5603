"use strict";

const Router = require("@koa/router");
const db = require("../db");

const router = new Router({ prefix: "/rooms" });

router.get("/:id", async (ctx) => {
    const row = await db("rooms").where({ id: ctx.params.id }).first();
    ctx.assert(row, 404, "room not found");
    ctx.body = row;
});

router.del("/:id", async (ctx) => {
    const n = await db("rooms").where({ id: ctx.params.id }).del();
    ctx.status = n ? 204 : 404;
});

router.get("/tickets/search", async (ctx) => {
    const term = String(ctx.query.q || "").trim();
    ctx.body = await db("tickets").whereILike("title", `%${term}%`).limit(50);
});

module.exports = router;
