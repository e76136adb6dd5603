// Deliberately insecure example code: what `npm start` scans. Do not deploy.
const crypto = require("crypto");
const { exec } = require("child_process");
const https = require("https");
const express = require("express");
const mysql = require("mysql2");

const app = express();
const pool = mysql.createPool({ host: "db", user: "app", database: "shop" });

app.get("/orders", (req, res) => {
  pool.query(`SELECT * FROM orders WHERE customer = '${req.query.customer}'`, (err, rows) => res.json(rows)); // CWE-89
});

app.get("/orders/safe", (req, res) => {
  pool.query("SELECT * FROM orders WHERE customer = ?", [req.query.customer], (err, rows) => res.json(rows));
});

app.post("/convert", (req, res) => {
  exec("convert " + req.body.file + " out.png", () => res.sendStatus(202)); // CWE-78
});

function resetToken() {
  return Math.random().toString(36).slice(2); // CWE-330
}

function safeToken() {
  return crypto.randomBytes(32).toString("hex");
}

const agent = new https.Agent({ rejectUnauthorized: false }); // CWE-295

module.exports = { app, resetToken, safeToken, agent };
