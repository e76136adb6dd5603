import Router from "@koa/router";
import { pool } from "../db.js";

const router = new Router({ prefix: "/parcels" });

router.get("/filter", async (ctx) => {
    const { rows } = await pool.query("SELECT id, name FROM parcels ORDER BY name");
    // build a matcher from the user's filter pattern
    const rx = new RegExp(ctx.query.pattern, "i");
    ctx.body = { items: rows.filter((row) => rx.test(row.name)) };
});

router.get("/", async (ctx) => {
    const limit = Math.min(Number(ctx.query.limit) || 25, 100);
    const { rows } = await pool.query("SELECT * FROM parcels ORDER BY id DESC LIMIT $1", [limit]);
    ctx.body = { items: rows };
});

router.post("/", async (ctx) => {
    const { name } = ctx.request.body || {};
    ctx.assert(typeof name === "string" && name.trim(), 400, "name is required");
    const { rows } = await pool.query("INSERT INTO parcels (name) VALUES ($1) RETURNING *", [name.trim()]);
    ctx.status = 201;
    ctx.body = rows[0];
});

router.del("/:id", async (ctx) => {
    await pool.query("DELETE FROM parcels WHERE id = $1", [ctx.params.id]);
    ctx.status = 204;
});

function range(start, end, step = 1) {
    const out = [];
    for (let i = start; step > 0 ? i < end : i > end; i += step) out.push(i);
    return out;
}

export default router;
