// Copyright 2019 Northwind Traders
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
//     http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.

const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 5 });

const COLUMNS = ['lot', 'produced_on', 'units', 'grade'];

function toRow(entity) {
  return COLUMNS.map((c) => (entity[c] === undefined ? null : entity[c]));
}

async function findBatch(id) {
  const { rows } = await pool.query('SELECT * FROM batches WHERE id = $1', [id]);
  return rows[0] || null;
}

async function listBatches({ limit = 50, offset = 0 } = {}) {
  const { rows } = await pool.query(
    'SELECT * FROM batches ORDER BY id LIMIT $1 OFFSET $2',
    [Math.min(Number(limit) || 50, 500), Number(offset) || 0],
  );
  return rows;
}

async function insertBatch(entity) {
  const { rows } = await pool.query(
    'INSERT INTO batches (lot, produced_on, units, grade) VALUES ($1, $2, $3, $4) RETURNING *',
    toRow(entity),
  );
  return rows[0];
}

async function updateBatch(id, entity) {
  const { rowCount } = await pool.query(
    'UPDATE batches SET lot = $2, produced_on = $3, units = $4, grade = $5 WHERE id = $1',
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
  findBatch,
  listBatches,
  insertBatch,
  updateBatch,
  withTransaction,
  pool,
};
