const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

const COLUMNS = ['title', 'servings', 'prep_minutes', 'cuisine'];

function toRow(entity) {
  return COLUMNS.map((c) => (entity[c] === undefined ? null : entity[c]));
}

async function findRecipe(id) {
  const { rows } = await pool.query('SELECT * FROM recipes WHERE id = $1', [id]);
  return rows[0] || null;
}

async function listRecipes({ limit = 50, offset = 0 } = {}) {
  const { rows } = await pool.query(
    'SELECT * FROM recipes ORDER BY id LIMIT $1 OFFSET $2',
    [Math.min(Number(limit) || 50, 500), Number(offset) || 0],
  );
  return rows;
}

async function insertRecipe(entity) {
  const { rows } = await pool.query(
    'INSERT INTO recipes (title, servings, prep_minutes, cuisine) VALUES ($1, $2, $3, $4) RETURNING *',
    toRow(entity),
  );
  return rows[0];
}

async function updateRecipe(id, entity) {
  const { rowCount } = await pool.query(
    'UPDATE recipes SET title = $2, servings = $3, prep_minutes = $4, cuisine = $5 WHERE id = $1',
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
  findRecipe,
  listRecipes,
  insertRecipe,
  updateRecipe,
  withTransaction,
  pool,
};
