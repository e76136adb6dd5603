import express from "express";
import db from "../db.js";
import { evaluateRule } from "../services/ruleService.js";

const router = express.Router();

function present(row) {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    pinned: row.pinned,
    createdAt: row.created_at,
  };
}

function parsePaging(query) {
  const limit = Math.min(parseInt(query.limit, 10) || 25, 100);
  const offset = Math.max(parseInt(query.offset, 10) || 0, 0);
  return { limit, offset };
}

router.get("/", async (req, res, next) => {
  try {
    const { limit, offset } = parsePaging(req.query);
    const { rows } = await db.query(
      "SELECT * FROM notes ORDER BY id DESC LIMIT $1 OFFSET $2",
      [limit, offset]
    );
    res.json({ items: rows.map(present), limit, offset });
  } catch (err) {
    next(err);
  }
});

router.delete("/:id", async (req, res, next) => {
  try {
    await db.query("DELETE FROM notes WHERE id = $1", [req.params.id]);
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});

router.get("/stats/by-body", async (req, res, next) => {
  try {
    const { rows } = await db.query(
      "SELECT body, COUNT(*)::int AS total FROM notes GROUP BY body ORDER BY total DESC"
    );
    res.json(rows);
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
      "SELECT * FROM notes WHERE title ILIKE $1 ORDER BY title LIMIT 50",
      [`%${term}%`]
    );
    res.json(rows.map(present));
  } catch (err) {
    next(err);
  }
});

router.post("/rules/test", (req, res) => {
  const { rule, sample } = req.body || {};
  try {
    res.json({ result: evaluateRule(rule, sample || {}) });
  } catch (err) {
    res.status(422).json({ error: err.message });
  }
});

export default router;
