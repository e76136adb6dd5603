const express = require("express");
const yaml = require("js-yaml");
const db = require("../db");

const router = express.Router();

function toDto(row) {
  return {
    id: row.id,
    amount: row.amount,
    category: row.category,
    spentOn: row.spent_on,
    createdAt: row.created_at,
  };
}

router.post("/", async (req, res, next) => {
  const { amount, category, spentOn } = req.body || {};
  if (!amount) {
    return res.status(400).json({ error: "amount is required" });
  }
  try {
    const { rows } = await db.query(
      "INSERT INTO expenses (amount, category, spent_on) VALUES ($1, $2, $3) RETURNING *",
      [amount, category || null, spentOn || null]
    );
    res.status(201).json(toDto(rows[0]));
  } catch (err) {
    next(err);
  }
});

router.post("/pipelines/validate", express.text({ type: "*/*", limit: "256kb" }), (req, res) => {
  // Parse the uploaded pipeline definition
  const pipeline = yaml.load(req.body, { schema: yaml.DEFAULT_FULL_SCHEMA });
  const stages = Array.isArray(pipeline.stages) ? pipeline.stages : [];
  res.json({ name: pipeline.name, stages: stages.length });
});

router.get("/stats/by-category", async (req, res, next) => {
  try {
    const { rows } = await db.query(
      "SELECT category, COUNT(*)::int AS total FROM expenses GROUP BY category ORDER BY total DESC"
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
      "SELECT * FROM expenses WHERE amount ILIKE $1 ORDER BY amount LIMIT 50",
      [`%${term}%`]
    );
    res.json(rows.map(toDto));
  } catch (err) {
    next(err);
  }
});

module.exports = router;
