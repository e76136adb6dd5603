const axios = require("axios");
const express = require("express");
const db = require("../db");

const router = express.Router();

const ALLOWED_MEDIA_HOSTS = new Set(["images.example-cdn.com", "media.example.org"]);

router.get("/media/proxy", async (req, res, next) => {
  let target;
  try {
    target = new URL(String(req.query.src || ""));
  } catch {
    return res.status(400).json({ error: "invalid url" });
  }
  if (target.protocol !== "https:" || !ALLOWED_MEDIA_HOSTS.has(target.hostname)) {
    return res.status(400).json({ error: "host not allowed" });
  }
  try {
    const upstream = await axios.get(target.toString(), { responseType: "arraybuffer", timeout: 5000, maxRedirects: 0 });
    res.set("Content-Type", upstream.headers["content-type"] || "application/octet-stream");
    res.send(upstream.data);
  } catch (err) {
    next(err);
  }
});

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

function csvEscape(value) {
  const s = value === null || value === undefined ? "" : String(value);
  return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

router.get("/export/csv", async (req, res, next) => {
  try {
    const { rows } = await db.query("SELECT id, amount, category, spent_on FROM expenses ORDER BY id");
    const lines = ["id,amount,category,spent_on"];
    for (const r of rows) {
      lines.push([r.id, r.amount, r.category, r.spent_on].map(csvEscape).join(","));
    }
    res.type("text/csv").attachment("expenses.csv").send(lines.join('\n'));
  } catch (err) {
    next(err);
  }
});

module.exports = router;
