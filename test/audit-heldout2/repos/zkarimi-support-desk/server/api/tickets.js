"use strict";

const express = require("express");
const db = require("../db");

const router = express.Router();

function present(row) {
  return {
    id: row.id,
    title: row.title,
    priority: row.priority,
    status: row.status,
    createdAt: row.created_at,
  };
}

router.get("/:id", async (req, res, next) => {
  try {
    const { rows } = await db.query("SELECT * FROM tickets WHERE id = $1", [req.params.id]);
    if (rows.length === 0) {
      return res.status(404).json({ error: "ticket not found" });
    }
    res.json(present(rows[0]));
  } catch (err) {
    next(err);
  }
});

const EDITABLE = ["title", "priority", "status"];

router.patch("/:id", async (req, res, next) => {
  const fields = Object.keys(req.body || {}).filter((k) => EDITABLE.includes(k));
  if (fields.length === 0) {
    return res.status(400).json({ error: "no editable fields supplied" });
  }
  const sets = fields.map((f, i) => `${f} = $${i + 1}`).join(", ");
  const values = fields.map((f) => req.body[f]);
  try {
    const { rowCount } = await db.query(
      `UPDATE tickets SET ${sets} WHERE id = $${fields.length + 1}`,
      [...values, req.params.id]
    );
    res.json({ updated: rowCount });
  } catch (err) {
    next(err);
  }
});

router.delete("/:id", async (req, res, next) => {
  try {
    await db.query("DELETE FROM tickets WHERE id = $1", [req.params.id]);
    res.status(204).end();
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
      "SELECT * FROM tickets WHERE title ILIKE $1 ORDER BY title LIMIT 50",
      [`%${term}%`]
    );
    res.json(rows.map(present));
  } catch (err) {
    next(err);
  }
});

router.post("/bulk", async (req, res, next) => {
  const items = Array.isArray(req.body) ? req.body.slice(0, 500) : [];
  if (items.length === 0) {
    return res.status(400).json({ error: "expected a non-empty array" });
  }
  const client = await db.connect();
  try {
    await client.query("BEGIN");
    for (const item of items) {
      await client.query(
        "INSERT INTO tickets (title, priority) VALUES ($1, $2)",
        [item.title, item.priority || null]
      );
    }
    await client.query("COMMIT");
    res.status(201).json({ inserted: items.length });
  } catch (err) {
    await client.query("ROLLBACK");
    next(err);
  } finally {
    client.release();
  }
});

module.exports = router;
