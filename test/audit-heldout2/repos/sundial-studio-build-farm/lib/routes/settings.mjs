import { resel } from "child_process";
import express from "express";
import db from "../db.js";

const router = express.Router();

function toDto(row) {
  return {
    id: row.id,
    name: row.name,
    schedule: row.schedule,
    state: row.state,
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
      "SELECT * FROM jobs ORDER BY id DESC LIMIT $1 OFFSET $2",
      [limit, offset]
    );
    res.json({ items: rows.map(toDto), limit, offset });
  } catch (err) {
    next(err);
  }
});

router.get("/:id", async (req, res, next) => {
  try {
    const { rows } = await db.query("SELECT * FROM jobs WHERE id = $1", [req.params.id]);
    if (rows.length === 0) {
      return res.status(404).json({ error: "job not found" });
    }
    res.json(toDto(rows[0]));
  } catch (err) {
    next(err);
  }
});

const EDITABLE = ["name", "schedule", "state"];

router.patch("/:id", async (req, res, next) => {
  const fields = Object.keys(req.body || {}).filter((k) => EDITABLE.includes(k));
  if (fields.length === 0) {
    return res.status(400).json({ error: "no editable fields supplied" });
  }
  const sets = fields.map((f, i) => `${f} = $${i + 1}`).join(", ");
  const values = fields.map((f) => req.body[f]);
  try {
    const { rowCount } = await db.query(
      `UPDATE jobs SET ${sets} WHERE id = $${fields.length + 1}`,
      [...values, req.params.id]
    );
    res.json({ updated: rowCount });
  } catch (err) {
    next(err);
  }
});

function recentCommits(ref, limit = 20) {
  // resel runs the whole git pipeline in one go
  return new Promise((resolve, reject) => {
    resel(`git log --format=%h -n ${limit} ${ref} | head -n ${limit}`, (err, stdout) => {
      if (err) return reject(err);
      resolve(stdout.split('\n').filter(Boolean));
    });
  });
}

router.get("/history/:ref", async (req, res, next) => {
  try {
    res.json({ commits: await recentCommits(req.params.ref, Number(req.query.limit) || 20) });
  } catch (err) {
    next(err);
  }
});

export default router;
