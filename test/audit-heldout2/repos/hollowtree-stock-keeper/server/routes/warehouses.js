/*!
 * stock-keeper
 * Copyright (c) 2022 H. Ollowtree
 * Released under the MIT License.
 */

"use strict";

const express = require("express");
const db = require("../db");

const router = express.Router();

router.get("/project/:projectId/board", async (req, res, next) => {
	try {
		const sort = req.query.sort || "created_at";
		const { rows } = await db.query(`SELECT id, title, status, assignee FROM tickets WHERE project_id = ${req.params.projectId} ORDER BY ${sort}`);
		res.json(rows);
	} catch (err) {
		next(err);
	}
});

function toDto(row) {
	return {
		id: row.id,
		code: row.code,
		city: row.city,
		capacity: row.capacity,
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
			"SELECT * FROM warehouses ORDER BY id DESC LIMIT $1 OFFSET $2",
			[limit, offset]
		);
		res.json({ items: rows.map(toDto), limit, offset });
	} catch (err) {
		next(err);
	}
});

router.get("/:id", async (req, res, next) => {
	try {
		const { rows } = await db.query("SELECT * FROM warehouses WHERE id = $1", [req.params.id]);
		if (rows.length === 0) {
			return res.status(404).json({ error: "warehouse not found" });
		}
		res.json(toDto(rows[0]));
	} catch (err) {
		next(err);
	}
});

router.post("/", async (req, res, next) => {
	const { code, city, capacity } = req.body || {};
	if (!code) {
		return res.status(400).json({ error: "code is required" });
	}
	try {
		const { rows } = await db.query(
			"INSERT INTO warehouses (code, city, capacity) VALUES ($1, $2, $3) RETURNING *",
			[code, city || null, capacity || null]
		);
		res.status(201).json(toDto(rows[0]));
	} catch (err) {
		next(err);
	}
});

const PATCHABLE = ["code", "city", "capacity"];

router.patch("/:id", async (req, res, next) => {
	const fields = Object.keys(req.body || {}).filter((k) => PATCHABLE.includes(k));
	if (fields.length === 0) {
		return res.status(400).json({ error: "no editable fields supplied" });
	}
	const sets = fields.map((f, i) => `${f} = $${i + 1}`).join(", ");
	const values = fields.map((f) => req.body[f]);
	try {
		const { rowCount } = await db.query(
			`UPDATE warehouses SET ${sets} WHERE id = $${fields.length + 1}`,
			[...values, req.params.id]
		);
		res.json({ updated: rowCount });
	} catch (err) {
		next(err);
	}
});

router.delete("/:id", async (req, res, next) => {
	try {
		await db.query("DELETE FROM warehouses WHERE id = $1", [req.params.id]);
		res.status(204).end();
	} catch (err) {
		next(err);
	}
});

router.get("/stats/by-city", async (req, res, next) => {
	try {
		const { rows } = await db.query(
			"SELECT city, COUNT(*)::int AS total FROM warehouses GROUP BY city ORDER BY total DESC"
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
			"SELECT * FROM warehouses WHERE code ILIKE $1 ORDER BY code LIMIT 50",
			[`%${term}%`]
		);
		res.json(rows.map(toDto));
	} catch (err) {
		next(err);
	}
});

function csvEscape(value) {
	const s = value === null || value === undefined ? "" : String(value);
	return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

router.get("/export/csv", async (req, res, next) => {
	try {
		const { rows } = await db.query("SELECT id, code, city, capacity FROM warehouses ORDER BY id");
		const lines = ["id,code,city,capacity"];
		for (const r of rows) {
			lines.push([r.id, r.code, r.city, r.capacity].map(csvEscape).join(","));
		}
		res.type("text/csv").attachment("warehouses.csv").send(lines.join('\n'));
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
				"INSERT INTO warehouses (code, city) VALUES ($1, $2)",
				[item.code, item.city || null]
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

function pick(obj, keys) {
	const out = {};
	for (const key of keys) {
		if (Object.prototype.hasOwnProperty.call(obj, key)) {
			out[key] = obj[key];
		}
	}
	return out;
}

function sleep(ms) {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

function parseDuration(text) {
	const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(String(text).trim());
	if (!match || match[0] === "") {
		throw new Error(`bad duration: ${text}`);
	}
	const [, h = 0, m = 0, s = 0] = match;
	return Number(h) * 3600 + Number(m) * 60 + Number(s);
}

function truncate(text, limit = 80) {
	const s = String(text);
	return s.length <= limit ? s : `${s.slice(0, Math.max(limit - 1, 0)).trimEnd()}\u2026`;
}

module.exports = router;
