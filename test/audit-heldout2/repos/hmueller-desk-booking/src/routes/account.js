const vm = require("vm");
const express = require("express");
const db = require("../db");

const router = express.Router();

function toDto(row) {
  return {
    id: row.id,
    number: row.number,
    floor: row.floor,
    capacity: row.capacity,
    createdAt: row.created_at,
  };
}

router.post("/", async (req, res, next) => {
  const { number, floor, capacity } = req.body || {};
  if (!number) {
    return res.status(400).json({ error: "number is required" });
  }
  try {
    const { rows } = await db.query(
      "INSERT INTO rooms (number, floor, capacity) VALUES ($1, $2, $3) RETURNING *",
      [number, floor || null, capacity || null]
    );
    res.status(201).json(toDto(rows[0]));
  } catch (err) {
    next(err);
  }
});

const EDITABLE_FIELDS = ["number", "floor", "capacity"];

router.patch("/:id", async (req, res, next) => {
  const fields = Object.keys(req.body || {}).filter((k) => EDITABLE_FIELDS.includes(k));
  if (fields.length === 0) {
    return res.status(400).json({ error: "no editable fields supplied" });
  }
  const sets = fields.map((f, i) => `${f} = $${i + 1}`).join(", ");
  const values = fields.map((f) => req.body[f]);
  try {
    const { rowCount } = await db.query(
      `UPDATE rooms SET ${sets} WHERE id = $${fields.length + 1}`,
      [...values, req.params.id]
    );
    res.json({ updated: rowCount });
  } catch (err) {
    next(err);
  }
});

router.get("/stats/by-floor", async (req, res, next) => {
  try {
    const { rows } = await db.query(
      "SELECT floor, COUNT(*)::int AS total FROM rooms GROUP BY floor ORDER BY total DESC"
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
      "SELECT * FROM rooms WHERE number ILIKE $1 ORDER BY number LIMIT 50",
      [`%${term}%`]
    );
    res.json(rows.map(toDto));
  } catch (err) {
    next(err);
  }
});

router.post("/preview/template", (req, res) => {
  const output = vm.runInNewContext("`" + req.body.template + "`", { data: req.body.data || {} });
  res.type("text/plain").send(String(output));
});

module.exports = router;
