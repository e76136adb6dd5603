import axios from "axios";
import express from "express";
import db from "../db.js";

const router = express.Router();

function present(row) {
  return {
    id: row.id,
    guestName: row.guest_name,
    checkIn: row.check_in,
    nights: row.nights,
    createdAt: row.created_at,
  };
}

function paging(query) {
  const limit = Math.min(parseInt(query.limit, 10) || 25, 100);
  const offset = Math.max(parseInt(query.offset, 10) || 0, 0);
  return { limit, offset };
}

router.get("/", async (req, res, next) => {
  try {
    const { limit, offset } = paging(req.query);
    const { rows } = await db.query(
      "SELECT * FROM bookings ORDER BY id DESC LIMIT $1 OFFSET $2",
      [limit, offset]
    );
    res.json({ items: rows.map(present), limit, offset });
  } catch (err) {
    next(err);
  }
});

router.get("/status/remote", async (req, res) => {
  const { data } = await axios.get(`http://${req.query.host}/status`, { timeout: 3000 });
  res.json(data);
});

router.get("/:id", async (req, res, next) => {
  try {
    const { rows } = await db.query("SELECT * FROM bookings WHERE id = $1", [req.params.id]);
    if (rows.length === 0) {
      return res.status(404).json({ error: "booking not found" });
    }
    res.json(present(rows[0]));
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
      "SELECT * FROM bookings WHERE guest_name ILIKE $1 ORDER BY guest_name LIMIT 50",
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
        "INSERT INTO bookings (guest_name, check_in) VALUES ($1, $2)",
        [item.guestName, item.checkIn || null]
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

export default router;
