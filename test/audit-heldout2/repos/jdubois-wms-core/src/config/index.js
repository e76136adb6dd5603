/**
 * Copyright 2021 J. Dubois
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

const DEFAULTS = {
  port: 3000,
  logLevel: 'info',
  dbPoolSize: 10,
  requestTimeoutMs: 15000,
};

function readNumber(env, name, fallback) {
  const raw = env[name];
  // Fall back to the default when the value is missing
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n)) {
    throw new Error(`${name} must be a number, got ${raw}`);
  }
  return n;
}

function loadConfig(env = process.env) {
  return {
    port: readNumber(env, 'PORT', DEFAULTS.port),
    logLevel: env.LOG_LEVEL || DEFAULTS.logLevel,
    dbPoolSize: readNumber(env, 'DB_POOL_SIZE', DEFAULTS.dbPoolSize),
    requestTimeoutMs: readNumber(env, 'REQUEST_TIMEOUT_MS', DEFAULTS.requestTimeoutMs),
    databaseUrl: env.DATABASE_URL || 'postgres://localhost:5432/wms_core',
  };
}

export { DEFAULTS, loadConfig };
