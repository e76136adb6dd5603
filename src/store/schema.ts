/**
 * The results store's schema. One row per run; one row per sample, written the moment it is
 * classified, so a killed run loses only requests in flight. Prompts are stored per sample on
 * purpose: a sample must be readable on its own, after the suite file has changed.
 */
export const SCHEMA_VERSION = 1;

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS runs (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  model TEXT NOT NULL,
  suite TEXT NOT NULL,
  suite_json TEXT NOT NULL,
  params_json TEXT NOT NULL,
  samples INTEGER NOT NULL,
  status TEXT NOT NULL,
  message TEXT,
  antidote_version TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS samples (
  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  scenario TEXT NOT NULL,
  sample INTEGER NOT NULL,
  cwe TEXT NOT NULL,
  prompt TEXT NOT NULL,
  completion TEXT,
  classification TEXT NOT NULL CHECK (classification IN ('insecure','secure','ambiguous','error')),
  findings_json TEXT NOT NULL DEFAULT '[]',
  other_cwes TEXT NOT NULL DEFAULT '',
  payload INTEGER,
  latency_ms INTEGER,
  prompt_tokens INTEGER,
  completion_tokens INTEGER,
  attempts INTEGER,
  cached INTEGER NOT NULL DEFAULT 0,
  error TEXT,
  created_at TEXT NOT NULL,
  PRIMARY KEY (run_id, scenario, sample)
) WITHOUT ROWID;
`;
