'use strict';

const { Pool } = require('pg');

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.PG_POOL_SIZE || 10),
  idleTimeoutMillis: 30000,
});

pool.on('error', (err) => {
  console.error('unexpected idle client error', err);
});

async function query(text, params = []) {
  const started = Date.now();
  const result = await pool.query(text, params);
  const took = Date.now() - started;
  if (took > 500) console.warn(`slow query (${took}ms): ${text.slice(0, 80)}`);
  return result;
}


module.exports = { pool, query };
