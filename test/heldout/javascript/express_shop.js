"use strict";

const express = require("express");
const mysql = require("mysql2");
const path = require("path");
const axios = require("axios");
const escapeHtml = require("escape-html");

const app = express();
app.use(express.json());

const INVOICE_DIR = path.join(__dirname, "invoices");

const pool = mysql.createPool({
  host: process.env.DB_HOST,
  user: process.env.DB_USER,
  // ok: CWE-798
  password: process.env.DB_PASSWORD,
  database: "shop",
  connectionLimit: 10,
});

app.get("/products/search", (req, res, next) => {
  // expect: CWE-89
  pool.query("SELECT id, name, price FROM products WHERE name LIKE '%" + req.query.q + "%'", (err, rows) => {
    if (err) return next(err);
    res.json(rows);
  });
});

app.get("/products/:id", (req, res, next) => {
  // ok: CWE-89
  pool.execute("SELECT id, name, price FROM products WHERE id = ?", [req.params.id], (err, rows) => {
    if (err) return next(err);
    if (!rows.length) return res.sendStatus(404);
    res.json(rows[0]);
  });
});

app.put("/carts/:cartId/items/:itemId", (req, res, next) => {
  const { qty } = req.body;
  const sql = `UPDATE cart_items SET qty = ${qty} WHERE cart_id = ${req.params.cartId} AND id = ${req.params.itemId}`;
  // expect: CWE-89
  pool.query(sql, (err) => {
    if (err) return next(err);
    res.sendStatus(204);
  });
});

app.get("/products", async (req, res, next) => {
  const orderBy = req.query.sort === "price" ? "price" : "name";
  try {
    // ok: CWE-89
    const [rows] = await pool.promise().query("SELECT id, name, price FROM products ORDER BY " + orderBy + " LIMIT ?", [50]);
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

app.get("/search", (req, res) => {
  // expect: CWE-79
  res.send("<h2>Results for " + req.query.q + "</h2><div id='results'></div>");
});

app.get("/search/v2", (req, res) => {
  // ok: CWE-79
  res.send(`<h2>Results for ${escapeHtml(req.query.q)}</h2><div id='results'></div>`);
});

app.get("/api/search", (req, res) => {
  // ok: CWE-79
  res.json({ query: req.query.q, results: [] });
});

app.get("/orders/:id/thanks", async (req, res, next) => {
  try {
    const [rows] = await pool.promise().execute("SELECT customer_name FROM orders WHERE id = ?", [req.params.id]);
    const order = rows[0];
    res.type("html");
    // expect: CWE-79
    res.end(`<p>Thanks for your order, ${order.customer_name}!</p>`);
  } catch (err) {
    next(err);
  }
});

app.get("/invoices/:file", (req, res) => {
  // expect: CWE-22
  res.sendFile(path.join(__dirname, "invoices", req.params.file));
});

app.get("/v2/invoices/:file", (req, res) => {
  // ok: CWE-22
  res.sendFile(req.params.file, { root: INVOICE_DIR, dotfiles: "deny" });
});

app.get("/v3/invoices", (req, res) => {
  // ok: CWE-22
  res.download(path.join(INVOICE_DIR, path.basename(String(req.query.name))));
});

app.get("/legacy/invoices", (req, res) => {
  // expect: CWE-22
  res.download(INVOICE_DIR + "/" + req.query.name);
});

app.get("/image-proxy", async (req, res, next) => {
  try {
    // expect: CWE-918
    const upstream = await axios.get(req.query.imageUrl, { responseType: "stream", timeout: 5000 });
    res.set("Content-Type", upstream.headers["content-type"]);
    upstream.data.pipe(res);
  } catch (err) {
    next(err);
  }
});

app.get("/fx", async (req, res, next) => {
  try {
    // ok: CWE-918
    const { data } = await axios.get("https://api.fxrates.example.com/latest", { params: { base: req.query.currency } });
    res.json(data);
  } catch (err) {
    next(err);
  }
});

app.listen(process.env.PORT || 3000);
