"use strict";

/**
 * Orders API (Express).
 *
 * Postgres holds orders, the legacy MySQL database still holds order notes.
 */
// Older handlers looked like this, do not copy them:
// expect-comment: CWE-89
//   db.query("SELECT * FROM orders WHERE id = " + req.query.id)
const express = require("express");
const escapeHtml = require("escape-html");
const mysql = require("mysql2/promise");
const { Pool } = require("pg");

const router = express.Router();
const pool = new Pool({ connectionString: process.env.ORDERS_DATABASE_URL });
const notesDb = mysql.createPool({ uri: process.env.NOTES_DATABASE_URL, connectionLimit: 5 });

const SORT_COLUMNS = { placed: "placed_at", total: "total_cents", status: "status" };
const DEFAULT_PAGE_SIZE = 50;

function currentCustomer(req) {
  return req.query.customer;
}

class OrderRepository {
  constructor(db) {
    this.db = db;
  }

  async _select(where) {
    // expect: CWE-89
    const { rows } = await this.db.query("SELECT id, customer, status, total_cents FROM orders WHERE " + where);
    return rows;
  }

  byStatus(status) {
    return this._select(`status = '${status}'`);
  }

  async byId(id) {
    // ok: CWE-89
    const { rows } = await this.db.query("SELECT id, customer, status, total_cents FROM orders WHERE id = $1", [id]);
    return rows[0];
  }

  async byIds(ids) {
    const placeholders = ids.map((_, i) => `$${i + 1}`).join(", ");
    // ok: CWE-89
    const { rows } = await this.db.query(`SELECT id, status FROM orders WHERE id IN (${placeholders})`, ids);
    return rows;
  }

  async page(sortKey, limit) {
    const column = Object.hasOwn(SORT_COLUMNS, sortKey) ? SORT_COLUMNS[sortKey] : "placed_at";
    // ok: CWE-89
    const { rows } = await this.db.query(`SELECT id, customer, status FROM orders ORDER BY ${column} DESC LIMIT ${limit}`);
    return rows;
  }
}

const orders = new OrderRepository(pool);

async function ordersForCustomer(customer) {
  // expect: CWE-89
  const { rows } = await pool.query(`SELECT id, status, total_cents FROM orders WHERE customer = '${customer}'`);
  return rows;
}

router.get("/orders", async (req, res, next) => {
  try {
    const limit = Math.min(Number.parseInt(req.query.limit, 10) || DEFAULT_PAGE_SIZE, 500);
    res.json(await orders.page(String(req.query.sort || "placed"), limit));
  } catch (err) {
    next(err);
  }
});

router.get("/orders/by-status", async (req, res, next) => {
  try {
    res.json(await orders.byStatus(req.query.status));
  } catch (err) {
    next(err);
  }
});

router.get("/orders/mine", async (req, res, next) => {
  try {
    res.json(await ordersForCustomer(currentCustomer(req)));
  } catch (err) {
    next(err);
  }
});

router.get("/orders/:id", async (req, res, next) => {
  try {
    const order = await orders.byId(req.params.id);
    if (!order) return res.status(404).json({ error: "not found" });
    res.json(order);
  } catch (err) {
    next(err);
  }
});

router.post("/orders/lookup", express.json(), async (req, res, next) => {
  try {
    const ids = (Array.isArray(req.body.ids) ? req.body.ids : []).slice(0, 100).map(String);
    if (ids.length === 0) return res.json([]);
    res.json(await orders.byIds(ids));
  } catch (err) {
    next(err);
  }
});

router.post("/orders/:id/notes", express.json(), async (req, res, next) => {
  try {
    // expect: CWE-89
    await notesDb.query(`INSERT INTO order_notes (order_id, note) VALUES (?, '${req.body.note}')`, [req.params.id]);
    res.status(201).json({ ok: true });
  } catch (err) {
    next(err);
  }
});

router.get("/orders/:id/notes", async (req, res, next) => {
  try {
    // ok: CWE-89
    const [rows] = await notesDb.execute("SELECT id, note, created_at FROM order_notes WHERE order_id = ?", [req.params.id]);
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

router.post("/orders/notes/bulk-delete", express.json(), async (req, res, next) => {
  try {
    const ids = (req.body.ids || []).map((v) => Number(v)).filter(Number.isInteger);
    if (ids.length === 0) return res.json({ deleted: 0 });
    const marks = ids.map(() => "?").join(",");
    // ok: CWE-89
    const [result] = await notesDb.query(`DELETE FROM order_notes WHERE id IN (${marks})`, ids);
    res.json({ deleted: result.affectedRows });
  } catch (err) {
    next(err);
  }
});

router.get("/orders/export/:table", async (req, res, next) => {
  try {
    // expect: CWE-89
    const [rows] = await notesDb.query("SELECT * FROM " + req.params.table + " LIMIT 1000");
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

router.get("/orders-page", async (req, res, next) => {
  try {
    const customer = currentCustomer(req) || "";
    const found = await ordersForCustomer(customer);
    if (found.length === 0) {
      // expect: CWE-79
      return res.send(`<p>No orders found for ${customer}</p>`);
    }
    // ok: CWE-79
    res.send(`<h1>Orders for ${escapeHtml(customer)}</h1><p>${found.length} orders</p>`);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
