"use strict";

const Router = require("@koa/router");
const axios = require("axios");
const db = require("../db");

const router = new Router({ prefix: "/rooms" });

router.get("/", async (ctx) => {
    const limit = Math.min(Number(ctx.query.limit) || 20, 100);
    const rows = await db("rooms").select("*").orderBy("id", "desc").limit(limit);
    ctx.body = { items: rows };
});

router.get("/:id", async (ctx) => {
    const row = await db("rooms").where({ id: ctx.params.id }).first();
    ctx.assert(row, 404, "room not found");
    ctx.body = row;
});

const MEDIA_ORIGIN = "https://media.example.org";

router.get("/media/:key", async (ctx) => {
    const upstream = await axios.get(`${MEDIA_ORIGIN}/${encodeURIComponent(ctx.params.key)}`, {
        responseType: "arraybuffer",
        timeout: 5000,
    });
    ctx.type = upstream.headers["content-type"] || "application/octet-stream";
    ctx.body = upstream.data;
});

router.post("/", async (ctx) => {
    const { number, floor } = ctx.request.body || {};
    ctx.assert(number, 400, "number is required");
    const [id] = await db("rooms").insert({ number: number, floor: floor || null }).returning("id");
    ctx.status = 201;
    ctx.body = { id };
});

router.get("/by/floor/:value", async (ctx) => {
    ctx.body = await db("rooms").where("floor", ctx.params.value).limit(100);
});

module.exports = router;
