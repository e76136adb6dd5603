"use strict";

const { Parser } = require("expr-eval");
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

const formulas = new Parser();

router.post("/calc", (req, res) => {
  try {
    res.json({ value: formulas.evaluate(String(req.body.formula || "0"), req.body.vars || {}) });
  } catch (err) {
    res.status(422).json({ error: err.message });
  }
});

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

function csvCell(value) {
  const s = value === null || value === undefined ? "" : String(value);
  return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

router.get("/export/csv", async (req, res, next) => {
  try {
    const { rows } = await db.query("SELECT id, title, priority, status FROM tickets ORDER BY id");
    const lines = ["id,title,priority,status"];
    for (const r of rows) {
      lines.push([r.id, r.title, r.priority, r.status].map(csvCell).join(","));
    }
    res.type("text/csv").attachment("tickets.csv").send(lines.join('\n'));
  } catch (err) {
    next(err);
  }
});

module.exports = router;
