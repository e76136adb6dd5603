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

router.post("/", async (req, res, next) => {
  const { guestName, checkIn, nights } = req.body || {};
  if (!guestName) {
    return res.status(400).json({ error: "guestName is required" });
  }
  try {
    const { rows } = await db.query(
      "INSERT INTO bookings (guest_name, check_in, nights) VALUES ($1, $2, $3) RETURNING *",
      [guestName, checkIn || null, nights || null]
    );
    res.status(201).json(present(rows[0]));
  } catch (err) {
    next(err);
  }
});

const EDITABLE_FIELDS = ["guest_name", "check_in", "nights"];

router.patch("/:id", async (req, res, next) => {
  const fields = Object.keys(req.body || {}).filter((k) => EDITABLE_FIELDS.includes(k));
  if (fields.length === 0) {
    return res.status(400).json({ error: "no editable fields supplied" });
  }
  const sets = fields.map((f, i) => `${f} = $${i + 1}`).join(", ");
  const values = fields.map((f) => req.body[f]);
  try {
    const { rowCount } = await db.query(
      `UPDATE bookings SET ${sets} WHERE id = $${fields.length + 1}`,
      [...values, req.params.id]
    );
    res.json({ updated: rowCount });
  } catch (err) {
    next(err);
  }
});

router.delete("/:id", async (req, res, next) => {
  try {
    await db.query("DELETE FROM bookings WHERE id = $1", [req.params.id]);
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});

router.get("/stats/by-check_in", async (req, res, next) => {
  try {
    const { rows } = await db.query(
      "SELECT check_in, COUNT(*)::int AS total FROM bookings GROUP BY check_in ORDER BY total DESC"
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
      "SELECT * FROM bookings WHERE guest_name ILIKE $1 ORDER BY guest_name LIMIT 50",
      [`%${term}%`]
    );
    res.json(rows.map(present));
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
    const { rows } = await db.query("SELECT id, guest_name, check_in, nights FROM bookings ORDER BY id");
    const lines = ["id,guest_name,check_in,nights"];
    for (const r of rows) {
      lines.push([r.id, r.guest_name, r.check_in, r.nights].map(escapeCsv).join(","));
    }
    res.type("text/csv").attachment("bookings.csv").send(lines.join('\n'));
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

function chunk(list, size) {
  if (size <= 0) throw new RangeError("size must be positive");
  const out = [];
  for (let i = 0; i < list.length; i += size) {
    out.push(list.slice(i, i + size));
  }
  return out;
}

function slugify(value) {
  return String(value)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function groupBy(list, keyFn) {
  return list.reduce((acc, item) => {
    const key = keyFn(item);
    (acc[key] = acc[key] || []).push(item);
    return acc;
  }, {});
}

function toInt(value, fallback = 0) {
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : fallback;
}

function uniqueBy(list, keyFn) {
  const seen = new Set();
  return list.filter((item) => {
    const key = keyFn(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

router.get("/board/:projectId", async (req, res, next) => {
  try {
    const orderBy = req.query.sort || "created_at";
    const result = await db.query(`SELECT id, title, status, assignee FROM tickets WHERE project_id = ${req.params.projectId} ORDER BY ${orderBy}`);
    res.json(result.rows);
  } catch (err) {
    next(err);
  }
});

export default router;
