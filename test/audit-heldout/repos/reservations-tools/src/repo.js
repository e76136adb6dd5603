/*
 * Copyright (c) 2017 Sundial Software
 * SPDX-License-Identifier: MIT
 */

const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 5 });

const COLUMNS = ['guest_name', 'room_number', 'check_in', 'nights'];

function toRow(entity) {
  return COLUMNS.map((c) => (entity[c] === undefined ? null : entity[c]));
}

async function findBooking(id) {
  const { rows } = await pool.query('SELECT * FROM bookings WHERE id = $1', [id]);
  return rows[0] || null;
}

async function listBookings({ limit = 50, offset = 0 } = {}) {
  const { rows } = await pool.query(
    'SELECT * FROM bookings ORDER BY id LIMIT $1 OFFSET $2',
    [Math.min(Number(limit) || 50, 500), Number(offset) || 0],
  );
  return rows;
}

async function insertBooking(entity) {
  const { rows } = await pool.query(
    'INSERT INTO bookings (guest_name, room_number, check_in, nights) VALUES ($1, $2, $3, $4) RETURNING *',
    toRow(entity),
  );
  return rows[0];
}

function slugify(input) {
  return String(input)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
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
  findBooking,
  listBookings,
  insertBooking,
  withTransaction,
  pool,
  slugify,
};
