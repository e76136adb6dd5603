// SPDX-License-Identifier: MPL-2.0
// Copyright (c) 2018 Tidepool

import express from "express";
import * as db from "../db.js";

const router = express.Router();

router.get("/", async (req, res, next) => {
  try {
    const limit = Math.min(Number(req.query.limit) || 25, 100);
    const offset = Math.max(Number(req.query.offset) || 0, 0);
    const { rows } = await db.query("SELECT * FROM courses ORDER BY created_at DESC LIMIT $1 OFFSET $2", [limit, offset]);
    res.json({ items: rows, limit, offset });
  } catch (err) {
    next(err);
  }
});

router.get("/:id", async (req, res, next) => {
  try {
    const { rows } = await db.query("SELECT * FROM courses WHERE id = $1", [req.params.id]);
    if (!rows.length) return res.status(404).json({ error: "not found" });
    res.json(rows[0]);
  } catch (err) {
    next(err);
  }
});

router.post("/", async (req, res, next) => {
  const { name, status = "draft" } = req.body || {};
  if (!name || typeof name !== "string") {
    return res.status(400).json({ error: "name is required" });
  }
  try {
    const { rows } = await db.query(
      "INSERT INTO courses (name, status) VALUES ($1, $2) RETURNING *",
      [name.trim(), status],
    );
    res.status(201).json(rows[0]);
  } catch (err) {
    next(err);
  }
});

router.patch("/:id", async (req, res, next) => {
  const allowed = ["name", "status", "notes"];
  const fields = allowed.filter((f) => f in (req.body || {}));
  if (!fields.length) return res.status(400).json({ error: "nothing to update" });
  const sets = fields.map((f, i) => `${f} = $${i + 2}`).join(', ');
  try {
    const { rows } = await db.query(
      `UPDATE courses SET ${sets}, updated_at = now() WHERE id = $1 RETURNING *`,
      [req.params.id, ...fields.map((f) => req.body[f])],
    );
    res.json(rows[0] || null);
  } catch (err) {
    next(err);
  }
});

router.get("/public/summary.js", async (req, res, next) => {
  try {
    const { rows } = await db.query("SELECT status, count(*)::int AS n FROM courses GROUP BY status");
    res.jsonp(rows);
  } catch (err) {
    next(err);
  }
});

router.delete("/:id", async (req, res, next) => {
  try {
    await db.query("DELETE FROM courses WHERE id = $1", [req.params.id]);
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});

router.get("/search/by-name", async (req, res, next) => {
  const term = String(req.query.q || "").trim();
  if (term.length < 2) return res.json({ items: [] });
  try {
    const { rows } = await db.query('SELECT id, name FROM courses WHERE name ILIKE $1 LIMIT 25', [`%${term}%`]);
    res.json({ items: rows });
  } catch (err) {
    next(err);
  }
});

router.get("/meta/stats", async (req, res, next) => {
  try {
    const { rows } = await db.query("SELECT status, count(*)::int AS n FROM courses GROUP BY status");
    res.json(Object.fromEntries(rows.map((r) => [r.status, r.n])));
  } catch (err) {
    next(err);
  }
});

router.get("/meta/health", (req, res) => {
  res.json({ ok: true, uptime: process.uptime() });
});

function formatCurrency(amount, currency = "USD", locale = "en-US") {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount);
}

function groupBy(items, keyFn) {
  return items.reduce((acc, item) => {
    const key = keyFn(item);
    (acc[key] = acc[key] || []).push(item);
    return acc;
  }, {});
}

function pick(obj, keys) {
  const out = {};
  for (const key of keys) {
    if (Object.prototype.hasOwnProperty.call(obj, key)) out[key] = obj[key];
  }
  return out;
}

function omit(obj, keys) {
  const drop = new Set(keys);
  return Object.fromEntries(Object.entries(obj).filter(([k]) => !drop.has(k)));
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

class LruCache {
  constructor(limit = 500) {
    this.limit = limit;
    this.map = new Map();
  }

  get(key) {
    if (!this.map.has(key)) return undefined;
    const value = this.map.get(key);
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  set(key, value) {
    if (this.map.has(key)) this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.limit) {
      this.map.delete(this.map.keys().next().value);
    }
    return this;
  }
}

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

function isEmail(value) {
  return typeof value === "string" && value.length <= 254 && EMAIL_RE.test(value);
}

function camelToSnake(str) {
  return str.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}

function snakeToCamel(str) {
  return str.replace(/_([a-z])/g, (_, c) => c.toUpperCase());
}

function percent(part, whole, digits = 1) {
  if (!whole) return 0;
  return Number(((part / whole) * 100).toFixed(digits));
}

export default router;
