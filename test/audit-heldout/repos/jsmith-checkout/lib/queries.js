/*
 * Copyright (c) 2023 Jsmith
 * SPDX-License-Identifier: MIT
 */

const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });

const COLUMNS = ['sku', 'quantity', 'unit_price', 'placed_at'];

function toRow(entity) {
  return COLUMNS.map((c) => (entity[c] === undefined ? null : entity[c]));
}

async function findOrder(id) {
  const { rows } = await pool.query('SELECT * FROM orders WHERE id = $1', [id]);
  return rows[0] || null;
}

async function listOrders({ limit = 50, offset = 0 } = {}) {
  const { rows } = await pool.query(
    'SELECT * FROM orders ORDER BY id LIMIT $1 OFFSET $2',
    [Math.min(Number(limit) || 50, 500), Number(offset) || 0],
  );
  return rows;
}

async function insertOrder(entity) {
  const { rows } = await pool.query(
    'INSERT INTO orders (sku, quantity, unit_price, placed_at) VALUES ($1, $2, $3, $4) RETURNING *',
    toRow(entity),
  );
  return rows[0];
}

function capitalize(s) {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

function pluralize(word, n) {
  if (n === 1) return word;
  if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + 'ies';
  if (/(s|x|ch|sh)$/.test(word)) return word + 'es';
  return word + 's';
}

function kebabCase(s) {
  return s
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[\s_]+/g, '-')
    .toLowerCase();
}

module.exports = {
  findOrder,
  listOrders,
  insertOrder,
  pool,
  capitalize,
  pluralize,
  kebabCase,
};
