"use strict";

const express = require("express");
const db = require("../db");

const router = express.Router();

function toDto(row) {
  return {
    id: row.id,
    number: row.number,
    amount: row.amount,
    dueDate: row.due_date,
    createdAt: row.created_at,
  };
}

function pageParams(query) {
  const limit = Math.min(parseInt(query.limit, 10) || 25, 100);
  const offset = Math.max(parseInt(query.offset, 10) || 0, 0);
  return { limit, offset };
}

router.get("/", async (req, res, next) => {
  try {
    const { limit, offset } = pageParams(req.query);
    const { rows } = await db.query(
      "SELECT * FROM invoices ORDER BY id DESC LIMIT $1 OFFSET $2",
      [limit, offset]
    );
    res.json({ items: rows.map(toDto), limit, offset });
  } catch (err) {
    next(err);
  }
});

router.get("/:id", async (req, res, next) => {
  try {
    const { rows } = await db.query("SELECT * FROM invoices WHERE id = $1", [req.params.id]);
    if (rows.length === 0) {
      return res.status(404).json({ error: "invoice not found" });
    }
    res.json(toDto(rows[0]));
  } catch (err) {
    next(err);
  }
});

router.post("/", async (req, res, next) => {
  const { number, amount, dueDate } = req.body || {};
  if (!number) {
    return res.status(400).json({ error: "number is required" });
  }
  try {
    const { rows } = await db.query(
      "INSERT INTO invoices (number, amount, due_date) VALUES ($1, $2, $3) RETURNING *",
      [number, amount || null, dueDate || null]
    );
    res.status(201).json(toDto(rows[0]));
  } catch (err) {
    next(err);
  }
});

const EDITABLE_FIELDS = ["number", "amount", "due_date"];

router.patch("/:id", async (req, res, next) => {
  const fields = Object.keys(req.body || {}).filter((k) => EDITABLE_FIELDS.includes(k));
  if (fields.length === 0) {
    return res.status(400).json({ error: "no editable fields supplied" });
  }
  const sets = fields.map((f, i) => `${f} = $${i + 1}`).join(", ");
  const values = fields.map((f) => req.body[f]);
  try {
    const { rowCount } = await db.query(
      `UPDATE invoices SET ${sets} WHERE id = $${fields.length + 1}`,
      [...values, req.params.id]
    );
    res.json({ updated: rowCount });
  } catch (err) {
    next(err);
  }
});

router.delete("/:id", async (req, res, next) => {
  try {
    await db.query("DELETE FROM invoices WHERE id = $1", [req.params.id]);
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});

router.get("/stats/by-amount", async (req, res, next) => {
  try {
    const { rows } = await db.query(
      "SELECT amount, COUNT(*)::int AS total FROM invoices GROUP BY amount ORDER BY total DESC"
    );
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

router.get("/projects/:projectId/tickets", async (req, res, next) => {
  try {
    const orderBy = req.query.sort || "created_at";
    const result = await db.query(`SELECT id, title, status, assignee FROM tickets WHERE project_id = ${req.params.projectId} ORDER BY ${orderBy}`);
    res.json(result.rows);
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
      "SELECT * FROM invoices WHERE number ILIKE $1 ORDER BY number LIMIT 50",
      [`%${term}%`]
    );
    res.json(rows.map(toDto));
  } catch (err) {
    next(err);
  }
});

function escapeCsv(value) {
  const s = value === null || value === undefined ? "" : String(value);
  return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

router.get("/export/csv", async (req, res, next) => {
  try {
    const { rows } = await db.query("SELECT id, number, amount, due_date FROM invoices ORDER BY id");
    const lines = ["id,number,amount,due_date"];
    for (const r of rows) {
      lines.push([r.id, r.number, r.amount, r.due_date].map(escapeCsv).join(","));
    }
    res.type("text/csv").attachment("invoices.csv").send(lines.join('\n'));
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
        "INSERT INTO invoices (number, amount) VALUES ($1, $2)",
        [item.number, item.amount || null]
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

function slugify(value) {
  return String(value)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function humanBytes(bytes) {
  const units = ["B", "KB", "MB", "GB", "TB"];
  let i = 0;
  let n = bytes;
  while (Math.abs(n) >= 1024 && i < units.length - 1) {
    n /= 1024;
    i += 1;
  }
  return `${n.toFixed(1)} ${units[i]}`;
}

function groupBy(list, keyFn) {
  return list.reduce((acc, item) => {
    const key = keyFn(item);
    (acc[key] = acc[key] || []).push(item);
    return acc;
  }, {});
}

function isPlainObject(value) {
  return Object.prototype.toString.call(value) === "[object Object]";
}

function deepMerge(target, source) {
  const out = { ...target };
  for (const [key, value] of Object.entries(source || {})) {
    out[key] = isPlainObject(value) && isPlainObject(out[key]) ? deepMerge(out[key], value) : value;
  }
  return out;
}

module.exports = router;
