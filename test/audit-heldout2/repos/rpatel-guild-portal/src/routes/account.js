/**
 * Copyright 2022 R. Patel
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

const express = require("express");
const db = require("../db");

const router = express.Router();

function serialize(row) {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    joinedOn: row.joined_on,
    createdAt: row.created_at,
  };
}

router.post("/", async (req, res, next) => {
  const { email, role, joinedOn } = req.body || {};
  if (!email) {
    return res.status(400).json({ error: "email is required" });
  }
  try {
    const { rows } = await db.query(
      "INSERT INTO members (email, role, joined_on) VALUES ($1, $2, $3) RETURNING *",
      [email, role || null, joinedOn || null]
    );
    res.status(201).json(serialize(rows[0]));
  } catch (err) {
    next(err);
  }
});

const EDITABLE_FIELDS = ["email", "role", "joined_on"];

router.patch("/:id", async (req, res, next) => {
  const fields = Object.keys(req.body || {}).filter((k) => EDITABLE_FIELDS.includes(k));
  if (fields.length === 0) {
    return res.status(400).json({ error: "no editable fields supplied" });
  }
  const sets = fields.map((f, i) => `${f} = $${i + 1}`).join(", ");
  const values = fields.map((f) => req.body[f]);
  try {
    const { rowCount } = await db.query(
      `UPDATE members SET ${sets} WHERE id = $${fields.length + 1}`,
      [...values, req.params.id]
    );
    res.json({ updated: rowCount });
  } catch (err) {
    next(err);
  }
});

router.get("/stats/by-role", async (req, res, next) => {
  try {
    const { rows } = await db.query(
      "SELECT role, COUNT(*)::int AS total FROM members GROUP BY role ORDER BY total DESC"
    );
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
