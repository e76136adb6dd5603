// SPDX-License-Identifier: MIT

const express = require("express");
const db = require("../db");

const router = express.Router();

function present(row) {
    return {
        id: row.id,
        licenseNo: row.license_no,
        name: row.name,
        rating: row.rating,
        createdAt: row.created_at,
    };
}

router.get("/:id", async (req, res, next) => {
    try {
        const { rows } = await db.query("SELECT * FROM drivers WHERE id = $1", [req.params.id]);
        if (rows.length === 0) {
            return res.status(404).json({ error: "driver not found" });
        }
        res.json(present(rows[0]));
    } catch (err) {
        next(err);
    }
});

router.delete("/:id", async (req, res, next) => {
    try {
        await db.query("DELETE FROM drivers WHERE id = $1", [req.params.id]);
        res.status(204).end();
    } catch (err) {
        next(err);
    }
});

module.exports = router;
