// Express + mysql2/pg/sqlite3/knex/sequelize data access, labelled for CWE-89.
const express = require("express");
const mysql = require("mysql2/promise");
const { Pool } = require("pg");
const sqlite3 = require("sqlite3");
const knex = require("knex")({ client: "pg" });
const { Sequelize, QueryTypes } = require("sequelize");

const app = express();
const pool = mysql.createPool({ host: "db", user: "app", database: "shop" });
const pg = new Pool();
const db = new sqlite3.Database("app.db");
const sequelize = new Sequelize(process.env.DATABASE_URL);
const TABLE = "products";

app.get("/users/:id", async (req, res) => {
  // expect: CWE-89
  const [rows] = await pool.query("SELECT * FROM users WHERE id = " + req.params.id);
  res.json(rows);
});

app.get("/search", async (req, res) => {
  const term = req.query.q;
  const sql = `SELECT id, name FROM products WHERE name LIKE '%${term}%'`;
  // expect: CWE-89
  const result = await pg.query(sql);
  res.json(result.rows);
});

app.get("/search2", async (req, res) => {
  // ok: CWE-89
  const result = await pg.query("SELECT id, name FROM products WHERE name LIKE $1", [`%${req.query.q}%`]);
  res.json(result.rows);
});

app.post("/login", async (req, res) => {
  const { username, password } = req.body;
  // expect: CWE-89
  const [rows] = await pool.execute(`SELECT * FROM users WHERE username = '${username}' AND password = '${password}'`);
  // ok: CWE-89
  const [safe] = await pool.execute("SELECT * FROM users WHERE username = ? AND password_hash = ?", [username, password]);
  res.json({ ok: rows.length > 0 && safe.length > 0 });
});

function findOrders(customerId, status) {
  let query = "SELECT * FROM orders WHERE customer_id = ?";
  if (status) {
    query += " AND status = '" + status + "'";
  }
  // expect: CWE-89
  return pool.query(query, [customerId]);
}

function listProducts(sortColumn) {
  // ok: CWE-89
  return pool.query(`SELECT * FROM ${TABLE} ORDER BY name`);
}

function countRows() {
  // ok: CWE-89
  return pg.query(`SELECT count(*) FROM users`);
}

// A wrapper that forwards its parameter is not itself a finding; its callers are.
function runQuery(text, params) {
  // ok: CWE-89
  return pg.query(text, params);
}

app.get("/orders", async (req, res) => {
  // expect: CWE-89
  const r = await runQueryUnsafe(pg, "SELECT * FROM orders WHERE region = '" + req.query.region + "'");
  res.json(r);
});

function runQueryUnsafe(client, sql) {
  return client.query(sql);
}

app.get("/item/:id", (req, res) => {
  // ok: CWE-89
  pool.query("SELECT * FROM items WHERE id = " + parseInt(req.params.id, 10)).then(([r]) => res.json(r));
});

app.get("/item-cast/:id", async (req, res) => {
  const id = Number.parseInt(req.params.id, 10);
  // ok: CWE-89
  const [rows] = await pool.query(`SELECT * FROM items WHERE id = ${id}`);
  res.json(rows);
});

app.get("/item2/:id", (req, res) => {
  // ok: CWE-89
  pool.query("SELECT * FROM items WHERE sku = " + pool.escape(req.params.id)).then(([r]) => res.json(r));
});

app.get("/item3", (req, res) => {
  // ok: CWE-89
  pool.query(mysql.format("SELECT * FROM items WHERE name = ?", [req.query.name])).then(([r]) => res.json(r));
});

app.get("/legacy", (req, res) => {
  const conn = mysql.createConnection({});
  // expect: CWE-89
  conn.query({ sql: "SELECT * FROM logs WHERE level = '" + req.query.level + "'", timeout: 4000 }, (err, rows) => res.json(rows));
  // ok: CWE-89
  conn.query({ sql: "SELECT * FROM logs WHERE level = ?", values: [req.query.level] }, (err, rows) => res.json(rows));
});

app.get("/pg-object", async (req, res) => {
  // expect: CWE-89
  const r = await pg.query({ text: `DELETE FROM sessions WHERE user_id = ${req.query.uid}` });
  // ok: CWE-89
  const s = await pg.query({ text: "DELETE FROM sessions WHERE user_id = $1", values: [req.query.uid] });
  res.json([r.rowCount, s.rowCount]);
});

// sqlite3 callback API
app.get("/notes", (req, res) => {
  const owner = req.query.owner;
  // expect: CWE-89
  db.all(`SELECT * FROM notes WHERE owner = '${owner}'`, (err, rows) => res.json(rows));
  // ok: CWE-89
  db.all("SELECT * FROM notes WHERE owner = ?", [owner], (err, rows) => res.json(rows));
});

app.delete("/notes/:id", (req, res) => {
  // expect: CWE-89
  db.run("DELETE FROM notes WHERE id = " + req.params.id, function (err) {
    res.sendStatus(err ? 500 : 204);
  });
});

app.get("/note/:id", (req, res) => {
  const stmt = "SELECT body FROM notes WHERE id = '" + req.params.id + "'";
  // expect: CWE-89
  db.get(stmt, (err, row) => res.json(row));
});

// ok: CWE-89
const cacheValue = cache.get(`user:${process.argv[2]}:profile`);

function tagsFor(noteId) {
  // expect: CWE-89
  db.each(`SELECT tag FROM tags WHERE note_id = ${noteId}`, (err, row) => console.log(row.tag));
}

// execute() of a command object is not SQL.
function runDeploy(command, env) {
  // ok: CWE-89
  return command.execute(`deploy --env ${env} --force`);
}

/**
 * Finds a customer by e-mail.
 *
 * @example
 * // expect-comment: CWE-89
 * const rows = await pool.query(`SELECT * FROM customers WHERE email = '${req.query.email}'`);
 */
async function findCustomer(email) {
  // ok: CWE-89
  return pool.query("SELECT * FROM customers WHERE email = ?", [email]);
}

// knex
async function searchCustomers(name, sortBy) {
  // expect: CWE-89
  const rows = await knex("customers").whereRaw(`name ILIKE '%${name}%'`);
  // ok: CWE-89
  const safe = await knex("customers").whereRaw("name ILIKE ?", [`%${name}%`]);
  // expect: CWE-89
  const sorted = await knex("customers").select("*").orderByRaw(sortBy + " DESC");
  // expect: CWE-89
  const total = await knex.raw("SELECT count(*) FROM customers WHERE name = '" + name + "'");
  // ok: CWE-89
  const total2 = await knex.raw("SELECT count(*) FROM customers WHERE name = ?", [name]);
  // ok: CWE-89
  const total3 = await knex("customers").where("name", name).first();
  return [rows, safe, sorted, total, total2, total3];
}

// sequelize
async function reportFor(region) {
  // expect: CWE-89
  const rows = await sequelize.query(`SELECT * FROM sales WHERE region = '${region}'`, { type: QueryTypes.SELECT });
  // ok: CWE-89
  const safe = await sequelize.query("SELECT * FROM sales WHERE region = :region", {
    replacements: { region },
    type: QueryTypes.SELECT,
  });
  // expect: CWE-89
  const orderBy = Sequelize.literal(`CASE WHEN region = '${region}' THEN 0 ELSE 1 END`);
  return [rows, safe, orderBy];
}

module.exports = app;

const SORT_COLUMNS = { newest: "created_at", price: "price_cents" };

async function constantLookingDynamic(db, req) {
  const column = Object.hasOwn(SORT_COLUMNS, req.query.sort) ? SORT_COLUMNS[req.query.sort] : "id";
  // ok: CWE-89
  await db.query(`SELECT id FROM items ORDER BY ${column}`);
  const ids = req.body.ids;
  const marks = ids.map((_, i) => `$${i + 1}`).join(", ");
  // ok: CWE-89
  await db.query(`SELECT name FROM items WHERE id IN (${marks})`, ids);
  const qs = ids.map(() => "?").join(",");
  // ok: CWE-89
  await db.query(`DELETE FROM items WHERE id IN (${qs})`, ids);
  const raw = ids.map((id) => `'${id}'`).join(",");
  // expect: CWE-89
  await db.query(`DELETE FROM items WHERE id IN (${raw})`);
}

function itemsWhere(db, clause) {
  // expect: CWE-89
  return db.query("SELECT id FROM items WHERE " + clause);
}

function itemsByState(db, state) {
  // ok: CWE-89
  return db.query(`SELECT id FROM items WHERE state = '${state}'`);
}

async function itemsHandler(db, req) {
  return [await itemsWhere(db, "name LIKE '%" + req.query.q + "%'"), await itemsByState(db, "shipped")];
}

class OrderRepository {
  constructor(db) {
    this.db = db;
  }
  // Named like a word of the comments and strings around it: "page" stays a call site.
  page(sortKey, limit) {
    // ok: CWE-89
    return this.db.query(`SELECT id FROM orders ORDER BY id LIMIT ${limit}`);
  }
  search(term) {
    // expect: CWE-89
    return this.db.query(`SELECT id FROM orders WHERE note LIKE '%${term}%'`);
  }
}
const orderRepo = new OrderRepository(pool);

async function ordersPage(req) {
  const limit = Math.min(Number.parseInt(req.query.limit, 10) || 20, 500);
  // the first page of results
  return [await orderRepo.page("id", limit), await orderRepo.search(req.query.q)];
}

const PATCHABLE = ["title", "priority", "status"];

async function patchTicket(db, req) {
  const fields = Object.keys(req.body || {}).filter((k) => PATCHABLE.includes(k));
  const sets = fields.map((f, i) => `${f} = $${i + 1}`).join(", ");
  const values = fields.map((f) => req.body[f]);
  // ok: CWE-89
  await db.query(`UPDATE tickets SET ${sets} WHERE id = $${fields.length + 1}`, [...values, req.params.id]);
  const cols = Object.keys(req.query).filter((k) => !PATCHABLE.includes(k));
  // expect: CWE-89
  await db.query(`SELECT ${cols.join(", ")} FROM tickets`);
  const names = Object.keys(req.body);
  // expect: CWE-89
  await db.query(`UPDATE tickets SET ${names.map((f, i) => `${f} = $${i + 1}`).join(", ")} WHERE id = $${names.length + 1}`);
}

async function patchReview(db, req) {
  const allowed = ["name", "status", "notes"];
  const fields = allowed.filter((f) => f in (req.body || {}));
  const sets = fields.map((f, i) => `${f} = $${i + 2}`).join(", ");
  // ok: CWE-89
  await db.query(`UPDATE reviews SET ${sets}, updated_at = now() WHERE id = $1`, [req.params.id]);
}
