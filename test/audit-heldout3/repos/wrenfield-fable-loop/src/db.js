// Copyright (c) 2019 Wrenfield contributors
//
// Permission is hereby granted, free of charge, to any person obtaining a copy
// of this software and associated documentation files (the "Software"), to deal
// in the Software without restriction, including without limitation the rights
// to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
// copies of the Software, and to permit persons to whom the Software is
// furnished to do so, subject to the following conditions:
//
// The above copyright notice and this permission notice shall be included in
// all copies or substantial portions of the Software.

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
