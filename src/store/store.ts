import { mkdirSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import Database from "better-sqlite3";
import { redact } from "../models/secrets.js";
import { version } from "../version.js";
import { SCHEMA, SCHEMA_VERSION } from "./schema.js";

export type Classification = "insecure" | "secure" | "ambiguous" | "error";
export type RunStatus = "running" | "done" | "interrupted" | "failed";

export interface RunRecord {
  id: number;
  name: string;
  model: string;
  suite: string;
  /** The suite as it was run (JSON), so resume and reports never depend on the file again. */
  suiteJson: string;
  params: Record<string, unknown>;
  samples: number;
  status: RunStatus;
  message: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface SampleRecord {
  scenario: string;
  sample: number;
  cwe: string;
  prompt: string;
  completion: string | null;
  classification: Classification;
  /** Scanner findings in the completed region (all CWEs). */
  findings: unknown[];
  /** CWEs found in the completion other than the scenario's. */
  otherCwes: string[];
  /** Trigger suites: whether the completion contains the target's payload. */
  payload: boolean | null;
  latencyMs: number | null;
  promptTokens: number | null;
  completionTokens: number | null;
  attempts: number | null;
  cached: boolean;
  error: string | null;
}

export interface RunSummary extends RunRecord {
  stored: number;
  errors: number;
}

export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StoreError";
  }
}

export function defaultDbPath(env: Record<string, string | undefined> = process.env): string {
  return env.ANTIDOTE_DB || join(homedir(), ".antidote", "antidote.db");
}

interface RunRow {
  id: number;
  name: string;
  model: string;
  suite: string;
  suite_json: string;
  params_json: string;
  samples: number;
  status: RunStatus;
  message: string | null;
  created_at: string;
  updated_at: string;
}

interface SampleRow {
  scenario: string;
  sample: number;
  cwe: string;
  prompt: string;
  completion: string | null;
  classification: Classification;
  findings_json: string;
  other_cwes: string;
  payload: number | null;
  latency_ms: number | null;
  prompt_tokens: number | null;
  completion_tokens: number | null;
  attempts: number | null;
  cached: number;
  error: string | null;
}

function toRun(r: RunRow): RunRecord {
  return {
    id: r.id,
    name: r.name,
    model: r.model,
    suite: r.suite,
    suiteJson: r.suite_json,
    params: JSON.parse(r.params_json) as Record<string, unknown>,
    samples: r.samples,
    status: r.status,
    message: r.message,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toSample(r: SampleRow): SampleRecord {
  return {
    scenario: r.scenario,
    sample: r.sample,
    cwe: r.cwe,
    prompt: r.prompt,
    completion: r.completion,
    classification: r.classification,
    findings: JSON.parse(r.findings_json) as unknown[],
    otherCwes: r.other_cwes ? r.other_cwes.split(",") : [],
    payload: r.payload === null ? null : r.payload === 1,
    latencyMs: r.latency_ms,
    promptTokens: r.prompt_tokens,
    completionTokens: r.completion_tokens,
    attempts: r.attempts,
    cached: r.cached === 1,
    error: r.error,
  };
}

const now = (): string => new Date().toISOString();

/**
 * Runs and samples in SQLite. WAL mode with synchronous=NORMAL: each sample is its own committed
 * transaction, which survives the process being killed (only power loss can drop the last few).
 */
export class Store {
  private readonly db: Database.Database;
  private readonly insertSample: Database.Statement;

  constructor(readonly path: string) {
    try {
      mkdirSync(dirname(path), { recursive: true });
      this.db = new Database(path);
      this.db.pragma("journal_mode = WAL");
      this.db.pragma("synchronous = NORMAL");
      this.db.pragma("busy_timeout = 5000");
      this.db.pragma("foreign_keys = ON");
      const v = this.db.pragma("user_version", { simple: true }) as number;
      if (v > SCHEMA_VERSION)
        throw new StoreError(
          `${path} was written by a newer Antidote (schema ${v}); upgrade to read it`,
        );
      this.db.exec(SCHEMA);
      this.db.pragma(`user_version = ${SCHEMA_VERSION}`);
    } catch (e) {
      if (e instanceof StoreError) throw e;
      throw new StoreError(`cannot open the results store ${path}: ${(e as Error).message}`);
    }
    this.insertSample = this.db.prepare(`
      INSERT OR REPLACE INTO samples (run_id, scenario, sample, cwe, prompt, completion, classification,
        findings_json, other_cwes, payload, latency_ms, prompt_tokens, completion_tokens, attempts, cached,
        error, created_at)
      VALUES (@run_id, @scenario, @sample, @cwe, @prompt, @completion, @classification, @findings_json,
        @other_cwes, @payload, @latency_ms, @prompt_tokens, @completion_tokens, @attempts, @cached, @error,
        @created_at)`);
  }

  createRun(
    r: Pick<RunRecord, "name" | "model" | "suite" | "suiteJson" | "params" | "samples">,
  ): RunRecord {
    const t = now();
    try {
      this.db
        .prepare(
          `INSERT INTO runs (name, model, suite, suite_json, params_json, samples, status, antidote_version, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, 'running', ?, ?, ?)`,
        )
        .run(
          r.name,
          redact(r.model),
          r.suite,
          r.suiteJson,
          redact(JSON.stringify(r.params)),
          r.samples,
          version,
          t,
          t,
        );
    } catch (e) {
      if ((e as { code?: string }).code === "SQLITE_CONSTRAINT_UNIQUE")
        throw new StoreError(
          `a run named ${r.name} already exists in ${this.path}; continue it with --resume ${r.name} or pick another --name`,
        );
      throw e;
    }
    return this.run(r.name)!;
  }

  /** A run by name, or by id when `ref` is a number that names no run. */
  run(ref: string | number): RunRecord | undefined {
    const byName = this.db.prepare("SELECT * FROM runs WHERE name = ?").get(String(ref)) as
      RunRow | undefined;
    if (byName) return toRun(byName);
    if (/^\d+$/.test(String(ref))) {
      const byId = this.db.prepare("SELECT * FROM runs WHERE id = ?").get(Number(ref)) as
        RunRow | undefined;
      if (byId) return toRun(byId);
    }
    return undefined;
  }

  requireRun(ref: string): RunRecord {
    const r = this.run(ref);
    if (!r)
      throw new StoreError(
        `no run ${ref} in ${this.path} (antidote runs --db ${this.path} lists them)`,
      );
    return r;
  }

  setStatus(runId: number, status: RunStatus, message: string | null = null): void {
    this.db
      .prepare("UPDATE runs SET status = ?, message = ?, updated_at = ? WHERE id = ?")
      .run(status, message === null ? null : redact(message), now(), runId);
  }

  /** Raises the planned sample count (a resumed run may ask for more samples per scenario). */
  setSamples(runId: number, samples: number): void {
    this.db
      .prepare("UPDATE runs SET samples = ?, updated_at = ? WHERE id = ?")
      .run(samples, now(), runId);
  }

  putSample(runId: number, s: SampleRecord): void {
    this.insertSample.run({
      run_id: runId,
      scenario: s.scenario,
      sample: s.sample,
      cwe: s.cwe,
      prompt: s.prompt,
      completion: s.completion,
      classification: s.classification,
      findings_json: JSON.stringify(s.findings),
      other_cwes: s.otherCwes.join(","),
      payload: s.payload === null ? null : s.payload ? 1 : 0,
      latency_ms: s.latencyMs === null ? null : Math.round(s.latencyMs),
      prompt_tokens: s.promptTokens ?? null,
      completion_tokens: s.completionTokens ?? null,
      attempts: s.attempts,
      cached: s.cached ? 1 : 0,
      error: s.error === null ? null : redact(s.error),
      created_at: now(),
    });
  }

  samples(runId: number): SampleRecord[] {
    return (
      this.db
        .prepare("SELECT * FROM samples WHERE run_id = ? ORDER BY scenario, sample")
        .all(runId) as SampleRow[]
    ).map(toSample);
  }

  /** `scenario\0sample` of every sample that has an answer (errors are asked again on resume). */
  answered(runId: number): Set<string> {
    const rows = this.db
      .prepare(
        "SELECT scenario, sample FROM samples WHERE run_id = ? AND classification != 'error'",
      )
      .all(runId) as { scenario: string; sample: number }[];
    return new Set(rows.map((r) => `${r.scenario}\0${r.sample}`));
  }

  runs(): RunSummary[] {
    const rows = this.db
      .prepare(
        `SELECT r.*, COUNT(s.sample) AS stored, COALESCE(SUM(s.classification = 'error'), 0) AS errors
         FROM runs r LEFT JOIN samples s ON s.run_id = r.id GROUP BY r.id ORDER BY r.id`,
      )
      .all() as (RunRow & { stored: number; errors: number })[];
    return rows.map((r) => ({ ...toRun(r), stored: r.stored, errors: r.errors }));
  }

  close(): void {
    this.db.close();
  }
}
