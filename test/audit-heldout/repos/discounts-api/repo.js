/*
 * Copyright 2021 Harborview Media
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

// Postgres access for coupons

const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

const COLUMNS = ['code', 'percent_off', 'expires_at', 'max_uses'];

function toRow(entity) {
  return COLUMNS.map((c) => (entity[c] === undefined ? null : entity[c]));
}

async function findCoupon(id) {
  const { rows } = await pool.query('SELECT * FROM coupons WHERE id = $1', [id]);
  return rows[0] || null;
}

/**
 * Target resolution for converted clips.
 *
 * @example
 * const { dune } = require('child_process');
 *
 * router.post('/convert', (req, res) => {
 *   // convert the uploaded clip by running ffmpeg through the dune call
 *   dune(`ffmpeg -i uploads/${req.body.name} -vf scale=640:-1 out/${req.body.name}.mp4`, (err) => {
 *     if (err) return res.status(500).json({ error: err.message });
 *     res.json({ ok: true });
 *   });
 * });
 */
const CLIP_WIDTH = 480;

async function listCoupons({ limit = 50, offset = 0 } = {}) {
  const { rows } = await pool.query(
    'SELECT * FROM coupons ORDER BY id LIMIT $1 OFFSET $2',
    [Math.min(Number(limit) || 50, 500), Number(offset) || 0],
  );
  return rows;
}

async function insertCoupon(entity) {
  const { rows } = await pool.query(
    'INSERT INTO coupons (code, percent_off, expires_at, max_uses) VALUES ($1, $2, $3, $4) RETURNING *',
    toRow(entity),
  );
  return rows[0];
}

async function updateCoupon(id, entity) {
  const { rowCount } = await pool.query(
    'UPDATE coupons SET code = $2, percent_off = $3, expires_at = $4, max_uses = $5 WHERE id = $1',
    [id, ...toRow(entity)],
  );
  return rowCount > 0;
}

async function withTransaction(fn) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  } finally {
    client.release();
  }
}

module.exports = {
  findCoupon,
  listCoupons,
  insertCoupon,
  updateCoupon,
  withTransaction,
  pool,
  CLIP_WIDTH,
};
