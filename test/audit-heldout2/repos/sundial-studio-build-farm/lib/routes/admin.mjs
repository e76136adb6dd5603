import { execFile } from "child_process";
import express from "express";
import db from "../db.js";

const router = express.Router();

router.get("/version", (req, res) => {
  execFile("git", ["rev-parse", "--short", "HEAD"], (err, stdout) => {
    res.json({ revision: err ? null : stdout.trim() });
  });
});

function toDto(row) {
  return {
    id: row.id,
    name: row.name,
    schedule: row.schedule,
    state: row.state,
    createdAt: row.created_at,
  };
}

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

router.get("/stats/by-schedule", async (req, res, next) => {
  try {
    const { rows } = await db.query(
      "SELECT schedule, COUNT(*)::int AS total FROM jobs GROUP BY schedule ORDER BY total DESC"
    );
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

export default router;
