import express from "express";
import db from "../db.js";

const router = express.Router();

function serialize(row) {
  return {
    id: row.id,
    plan: row.plan,
    state: row.state,
    renewsAt: row.renews_at,
    createdAt: row.created_at,
  };
}

router.delete("/:id", async (req, res, next) => {
  try {
    await db.query("DELETE FROM subscriptions WHERE id = $1", [req.params.id]);
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});

router.get("/board/:projectId", async (req, res, next) => {
  try {
    const { rows } = await db.query(
      "SELECT id, title, status, assignee FROM tickets WHERE project_id = $1 ORDER BY created_at",
      [req.params.projectId]
    );
    res.json({ tickets: rows });
  } catch (err) {
    next(err);
  }
});

router.get("/search/q", async (req, res, next) => {
  const term = String(req.query.q || "").trim();
  if (term.length < 2) {
    return res.json([]);
  }
  try {
    const { rows } = await db.query(
      "SELECT * FROM subscriptions WHERE plan ILIKE $1 ORDER BY plan LIMIT 50",
      [`%${term}%`]
    );
    res.json(rows.map(serialize));
  } catch (err) {
    next(err);
  }
});

function csvCell(value) {
  const s = value === null || value === undefined ? "" : String(value);
  return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

router.get("/export/csv", async (req, res, next) => {
  try {
    const { rows } = await db.query("SELECT id, plan, state, renews_at FROM subscriptions ORDER BY id");
    const lines = ["id,plan,state,renews_at"];
    for (const r of rows) {
      lines.push([r.id, r.plan, r.state, r.renews_at].map(csvCell).join(","));
    }
    res.type("text/csv").attachment("subscriptions.csv").send(lines.join('\n'));
  } catch (err) {
    next(err);
  }
});

export default router;
