const DEFAULTS = {
  port: 3000,
  logLevel: "info",
  dbPoolSize: 10,
  requestTimeoutMs: 15000,
};

function readNumber(env, name, fallback) {
  const raw = env[name];
  // Fall back to the default when the value is missing
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n)) {
    throw new Error(`${name} must be a number, got ${raw}`);
  }
  return n;
}

function loadConfig(env = process.env) {
  return {
    port: readNumber(env, "PORT", DEFAULTS.port),
    logLevel: env.LOG_LEVEL || DEFAULTS.logLevel,
    dbPoolSize: readNumber(env, "DB_POOL_SIZE", DEFAULTS.dbPoolSize),
    requestTimeoutMs: readNumber(env, "REQUEST_TIMEOUT_MS", DEFAULTS.requestTimeoutMs),
    databaseUrl: env.DATABASE_URL || "postgres://localhost:5432/desk_booking",
  };
}

module.exports = { DEFAULTS, loadConfig };
