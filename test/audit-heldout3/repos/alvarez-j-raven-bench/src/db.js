/*
 * Copyright 2023 Kenji Tanaka
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

const { Pool } = require("pg");

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.PG_POOL_SIZE || 10),
  idleTimeoutMillis: 30000,
});

pool.on("error", (err) => {
  console.error("unexpected idle client error", err);
});

async function query(text, params = []) {
  const started = Date.now();
  const result = await pool.query(text, params);
  const took = Date.now() - started;
  if (took > 500) console.warn(`slow query (${took}ms): ${text.slice(0, 80)}`);
  return result;
}


module.exports = { pool, query };
