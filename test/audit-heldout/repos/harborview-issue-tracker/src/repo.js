/*
 * Copyright 2016 Harborview Media
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

const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });

const COLUMNS = ['title', 'priority', 'assignee', 'opened_at', 'closed'];

function toRow(entity) {
  return COLUMNS.map((c) => (entity[c] === undefined ? null : entity[c]));
}

async function findTicket(id) {
  const { rows } = await pool.query('SELECT * FROM tickets WHERE id = $1', [id]);
  return rows[0] || null;
}

async function listTickets({ limit = 50, offset = 0 } = {}) {
  const { rows } = await pool.query(
    'SELECT * FROM tickets ORDER BY id LIMIT $1 OFFSET $2',
    [Math.min(Number(limit) || 50, 500), Number(offset) || 0],
  );
  return rows;
}

async function insertTicket(entity) {
  const { rows } = await pool.query(
    'INSERT INTO tickets (title, priority, assignee, opened_at, closed) VALUES ($1, $2, $3, $4, $5) RETURNING *',
    toRow(entity),
  );
  return rows[0];
}

async function updateTicket(id, entity) {
  const { rowCount } = await pool.query(
    'UPDATE tickets SET title = $2, priority = $3, assignee = $4, opened_at = $5, closed = $6 WHERE id = $1',
    [id, ...toRow(entity)],
  );
  return rowCount > 0;
}

const slugify = (text) =>
  String(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

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
  findTicket,
  listTickets,
  insertTicket,
  updateTicket,
  withTransaction,
  pool,
  slugify,
};
