"use strict";

const express = require("express");
const sqlite3 = require("sqlite3");
const db = require("../db");

const router = express.Router();

function serialize(row) {
    return {
        id: row.id,
        title: row.title,
        assignee: row.assignee,
        dueDate: row.due_date,
        createdAt: row.created_at,
    };
}

const PATCHABLE = ["title", "assignee", "due_date"];

router.patch("/:id", async (req, res, next) => {
    const fields = Object.keys(req.body || {}).filter((k) => PATCHABLE.includes(k));
    if (fields.length === 0) {
        return res.status(400).json({ error: "no editable fields supplied" });
    }
    const sets = fields.map((f, i) => `${f} = $${i + 1}`).join(", ");
    const values = fields.map((f) => req.body[f]);
    try {
        const { rowCount } = await db.query(
            `UPDATE tasks SET ${sets} WHERE id = $${fields.length + 1}`,
            [...values, req.params.id]
        );
        res.json({ updated: rowCount });
    } catch (err) {
        next(err);
    }
});

router.delete("/:id", async (req, res, next) => {
    try {
        await db.query("DELETE FROM tasks WHERE id = $1", [req.params.id]);
        res.status(204).end();
    } catch (err) {
        next(err);
    }
});

router.get("/stats/by-assignee", async (req, res, next) => {
    try {
        const { rows } = await db.query(
            "SELECT assignee, COUNT(*)::int AS total FROM tasks GROUP BY assignee ORDER BY total DESC"
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
            "SELECT * FROM tasks WHERE title ILIKE $1 ORDER BY title LIMIT 50",
            [`%${term}%`]
        );
        res.json(rows.map(serialize));
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
                "INSERT INTO tasks (title, assignee) VALUES ($1, $2)",
                [item.title, item.assignee || null]
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

const legacyDb = new sqlite3.Database("data/users.db");

router.post("/legacy-login", (req, res) => {
    const sql = "SELECT * FROM users WHERE email = '" + req.body.email + "' AND password = '" + req.body.password + "'";
    legacyDb.get(sql, (err, user) => {
        if (err || !user) return res.status(401).json({ error: "invalid credentials" });
        res.json({ id: user.id });
    });
});

module.exports = router;
