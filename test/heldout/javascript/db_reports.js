// Reporting endpoints backed by Sequelize (Postgres) and a local SQLite cache.
import express from "express";
import pg from "pg";
import Database from "better-sqlite3";
import { QueryTypes, Sequelize } from "sequelize";

const router = express.Router();
const sequelize = new Sequelize(process.env.REPORTS_DATABASE_URL, { logging: false });
const pgPool = new pg.Pool({ connectionString: process.env.REPORTS_DATABASE_URL });
const cache = new Database("/var/cache/reports/notes.db", { readonly: true });

const SORTABLE = new Set(["created_at", "total", "status"]);
const BASE_QUERY = "SELECT id, total, status " + "FROM orders " + "WHERE archived = false";

router.get("/orders", async (req, res) => {
  // expect: CWE-89
  const rows = await sequelize.query(`SELECT * FROM orders WHERE status = '${req.query.status}'`, { type: QueryTypes.SELECT });
  res.json(rows);
});

router.get("/v2/orders", async (req, res) => {
  // ok: CWE-89
  const rows = await sequelize.query("SELECT * FROM orders WHERE status = :status", {
    replacements: { status: req.query.status },
    type: QueryTypes.SELECT,
  });
  res.json(rows);
});

router.get("/orders/active", async (_req, res) => {
  // ok: CWE-89
  const { rows } = await pgPool.query(BASE_QUERY);
  res.json(rows);
});

router.get("/orders/sorted", async (req, res) => {
  const column = SORTABLE.has(req.query.sort) ? req.query.sort : "created_at";
  // ok: CWE-89
  const { rows } = await pgPool.query(`${BASE_QUERY} ORDER BY ${column} DESC LIMIT $1`, [100]);
  res.json(rows);
});

router.get("/customers/by-email", async (req, res) => {
  const client = await pgPool.connect();
  try {
    // expect: CWE-89
    const result = await client.query("SELECT id, name FROM customers WHERE email = '" + req.query.email + "'");
    res.json(result.rows);
  } finally {
    client.release();
  }
});

router.get("/v2/customers/by-email", async (req, res) => {
  // ok: CWE-89
  const result = await pgPool.query({ text: "SELECT id, name FROM customers WHERE email = $1", values: [req.query.email] });
  res.json(result.rows);
});

router.get("/customers/:id/invoices", async (req, res) => {
  const where = "customer_id = " + req.params.id;
  const q = "SELECT * FROM invoices WHERE " + where + " ORDER BY issued_at DESC";
  // expect: CWE-89
  const { rows } = await pgPool.query(q);
  res.json(rows);
});

router.get("/notes", (req, res) => {
  // expect: CWE-89
  const notes = cache.prepare(`SELECT id, body FROM notes WHERE tag = '${req.query.tag}'`).all();
  res.json(notes);
});

router.get("/v2/notes", (req, res) => {
  // ok: CWE-89
  const notes = cache.prepare("SELECT id, body FROM notes WHERE tag = ?").all(req.query.tag);
  res.json(notes);
});

router.delete("/notes/:id", async (req, res) => {
  // expect: CWE-89
  await sequelize.query("DELETE FROM notes WHERE id = " + req.params.id);
  res.status(204).end();
});

export default router;
