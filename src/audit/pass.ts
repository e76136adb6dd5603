import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Piscina } from "piscina";
import type { Document } from "../corpus/document.js";
import type { CorpusRow } from "../corpus/rows.js";
import { detectCorpus, readRows } from "../corpus/read.js";
import { sqlString, withDuckDb } from "../corpus/parquet.js";
import { walkFiles } from "../scan/files.js";
import { DEFAULT_MAX_FILE_SIZE } from "../scan/scan.js";
import { ruleDirs } from "../scan/scanner.js";
import { loadRules } from "../scan/rules.js";
import { AuditError } from "./errors.js";
import { hashString } from "./minhash.js";
import { trainSampleModel } from "./sample.js";
import { COLUMNS, FEATURES_VERSION, TABLES, type TableName } from "./schema.js";
import featureBatch, { type FeatureBatch, type FeatureTask } from "./worker.js";

/** Something in the corpus that could not be audited, and where. */
export interface AuditProblem {
  where: string;
  kind: string;
  message: string;
}

export interface Shard {
  index: number;
  count: number;
}

export interface FeaturePassOptions {
  /** Extra rule folders, next to the built-in rules. */
  rules?: string[];
  jobs?: number;
  maxFileSize?: number;
  /** Only the documents of this slice (by a hash of the repository name). */
  shard?: Shard;
  onProgress?: (p: PassProgress) => void;
}

export interface PassProgress {
  documents: number;
  bytes: number;
  /** Bytes of input on disk (an estimate: Parquet is compressed), for an ETA. */
  totalBytes: number;
  inputBytes: number;
}

/** What one feature pass wrote: its manifest. */
export interface ShardManifest {
  version: number;
  shard: Shard;
  corpora: string[];
  documents: number;
  bytes: number;
  durationMs: number;
  problems: AuditProblem[];
}

/** The corpus's n-gram model in a features folder. */
export const MODEL_FILE = "model.ngram";

/**
 * Documents per worker task (rules compile once per task and language), and its most bytes: a
 * task's trees live until it ends, so its bytes bound a worker's memory (2 MB of minified
 * JavaScript held ~500 MB of trees).
 */
const BATCH_DOCS = 96;
const BATCH_BYTES = 1 << 20;
const MIN_DOCS_FOR_WORKERS = 64;

/** Whether a document belongs to a shard: a stable hash of its repository (all of a repository's files together). */
export function inShard(repo: string, shard: Shard | undefined): boolean {
  return !shard || shard.count <= 1 || hashString(repo) % shard.count === shard.index;
}

export function shardName(shard: Shard): string {
  return `${shard.index}-of-${shard.count}`;
}

/** Bytes of input a corpus holds on disk (for the progress bar's ETA). */
function inputSize(source: string): number {
  const src = detectCorpus(source);
  const files =
    src.format === "dir" ? walkFiles(source, () => true).files.map((f) => f.path) : src.files;
  let n = 0;
  for (const f of files) {
    try {
      n += statSync(f).size;
    } catch {
      /* gone: the reader reports it */
    }
  }
  return n;
}

/**
 * The per-document stage: reads the corpora (streaming; memory does not grow with their size),
 * computes every document's features in worker threads, and writes them to `dir` as Parquet, one
 * file per table for this shard, with a manifest. Nothing a corpus holds stops the pass: what
 * cannot be read is listed in the manifest's problems.
 */
export async function featurePass(
  corpora: string[],
  dir: string,
  opts: FeaturePassOptions = {},
): Promise<ShardManifest> {
  const started = performance.now();
  const shard = opts.shard ?? { index: 0, count: 1 };
  const dirs = ruleDirs({ rules: opts.rules });
  loadRules(dirs); // a malformed rule fails the run before any work
  const maxBytes = opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  for (const c of corpora) detectCorpus(c); // a missing or unreadable corpus path fails now

  mkdirSync(dir, { recursive: true });
  const name = shardName(shard);
  const staging = join(dir, `.staging-${name}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const problems: AuditProblem[] = [];
  const totalBytes = corpora.reduce((a, c) => a + inputSize(c), 0);
  let documents = 0;
  let bytes = 0;
  let inputBytes = 0;

  // The corpus's own n-gram model, from a sample every shard draws alike.
  const model = await trainSampleModel(corpora, maxBytes);
  // Every shard trains the same model; the cross-document stage reads it from the folder.
  const modelFile = model ? join(staging, "model.ngram") : undefined;
  if (model) await model.save(modelFile!);

  const jobs = Math.max(1, opts.jobs ?? availableParallelism());
  const pool =
    jobs > 1
      ? new Piscina({
          filename: new URL("./worker.js", import.meta.url).href,
          minThreads: jobs,
          maxThreads: jobs,
          idleTimeout: 1000,
        })
      : undefined;
  const write = (b: FeatureBatch) => {
    for (const t of TABLES) {
      const s = b.jsonl[t];
      if (s) appendFileSync(join(staging, `${t}.jsonl`), s);
    }
    for (const f of b.failed)
      problems.push({ where: f.where ?? f.id, kind: "feature-error", message: f.message });
  };
  const inFlight = new Set<Promise<void>>();
  const run = async (docs: Document[]) => {
    const task: FeatureTask = { docs, ruleDirs: dirs, model: modelFile };
    // Small corpora are not worth the threads' start-up.
    const result =
      pool && documents >= MIN_DOCS_FOR_WORKERS
        ? ((await pool.run(task)) as FeatureBatch)
        : await featureBatch(task);
    write(result);
  };
  const submit = async (docs: Document[]) => {
    const p = run(docs).finally(() => inFlight.delete(p));
    inFlight.add(p);
    // Back-pressure: a few batches per thread in flight, so memory stays flat.
    if (inFlight.size >= jobs * 3) await Promise.race(inFlight);
  };

  const seen = new Set<string>();
  let batch: Document[] = [];
  let batchBytes = 0;
  try {
    for (const source of corpora) {
      const rows = readRows(source, {
        expand: true,
        tolerant: true,
        maxFileSize: maxBytes,
        accept: (_id, repo) => inShard(repo, opts.shard),
        onSkip: (s) => problems.push({ where: s.where, kind: s.reason, message: s.message }),
      });
      for await (const row of rows) {
        for (const d of row.documents) {
          if (!inShard(d.repo, opts.shard)) continue;
          if (seen.has(d.id)) {
            problems.push({
              where: d.where ?? d.id,
              kind: "duplicate",
              message: `document id ${d.id} read twice; the first copy is audited`,
            });
            continue;
          }
          seen.add(d.id);
          documents++;
          const n = Buffer.byteLength(d.content);
          bytes += n;
          batch.push(d);
          batchBytes += n;
          if (batch.length >= BATCH_DOCS || batchBytes >= BATCH_BYTES) {
            await submit(batch);
            batch = [];
            batchBytes = 0;
          }
        }
        inputBytes += await rowWeight(row);
        opts.onProgress?.({ documents, bytes, totalBytes, inputBytes });
      }
    }
    if (batch.length) await submit(batch);
    await Promise.all(inFlight);
  } finally {
    await pool?.destroy();
  }

  await stageToParquet(staging, dir, name);
  if (modelFile && !existsSync(join(dir, MODEL_FILE))) renameSync(modelFile, join(dir, MODEL_FILE));
  rmSync(staging, { recursive: true, force: true });
  const manifest: ShardManifest = {
    version: FEATURES_VERSION,
    shard,
    corpora,
    documents,
    bytes,
    durationMs: Math.round(performance.now() - started),
    problems,
  };
  const mf = join(dir, `shard-${name}.json`);
  writeFileSync(`${mf}.tmp`, JSON.stringify(manifest, null, 1));
  renameSync(`${mf}.tmp`, mf);
  return manifest;
}

const parquetRowBytes = new Map<string, number>();

/**
 * Bytes of input a row stands for, for the ETA: a file's size, a JSONL line's length, or a
 * Parquet shard's size over its row count (from the shard's metadata).
 */
async function rowWeight(row: CorpusRow): Promise<number> {
  if (row.raw !== undefined) return row.raw.length + 1;
  if (row.index === 0) {
    try {
      return statSync(row.file).size;
    } catch {
      return 0;
    }
  }
  let w = parquetRowBytes.get(row.file);
  if (w === undefined) {
    w = 0;
    try {
      const rows = await withDuckDb(async (c) => {
        const r = await c.runAndReadAll(
          `SELECT sum(num_rows) AS n FROM parquet_file_metadata(${sqlString(row.file)})`,
        );
        return Number(r.getRowObjectsJS()[0]?.n ?? 0);
      });
      if (rows > 0) w = statSync(row.file).size / rows;
    } catch {
      /* the reader reports an unreadable shard */
    }
    parquetRowBytes.set(row.file, w);
  }
  return w;
}

/** The columns clause of DuckDB's read_json for a table. */
function columnsClause(t: TableName): string {
  return `{${Object.entries(COLUMNS[t])
    .map(([c, type]) => `${JSON.stringify(c)}: '${type}'`)
    .join(", ")}}`;
}

/** Each table's staged JSONL as `<table>-<shard>.parquet` (an empty file for an empty table). */
async function stageToParquet(staging: string, dir: string, name: string): Promise<void> {
  await withDuckDb(async (c) => {
    await c.run("SET threads = 2");
    for (const t of TABLES) {
      const src = join(staging, `${t}.jsonl`);
      const out = join(dir, `${t}-${name}.parquet`);
      const tmp = `${out}.tmp`;
      const cols = Object.entries(COLUMNS[t]);
      const select = existsSync(src)
        ? `SELECT * FROM read_json(${sqlString(src)}, format = 'newline_delimited', ` +
          `columns = ${columnsClause(t)}, maximum_object_size = 268435456)`
        : `SELECT ${cols.map(([col, type]) => `CAST(NULL AS ${type}) AS ${JSON.stringify(col)}`).join(", ")} WHERE false`;
      await c.run(`COPY (${select}) TO ${sqlString(tmp)} (FORMAT PARQUET, COMPRESSION ZSTD)`);
      renameSync(tmp, out);
    }
  });
}

/** The shards found in a features folder: their manifests, checked complete and consistent. */
export function readShardManifests(dir: string): ShardManifest[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => /^shard-\d+-of-\d+\.json$/.test(n));
  } catch {
    throw new AuditError(`no such features folder: ${dir}`);
  }
  if (names.length === 0)
    throw new AuditError(
      `${dir}: no shard manifests (run antidote audit --features-out ${dir} first)`,
    );
  return names.map((n) => JSON.parse(readFileSync(join(dir, n), "utf8")) as ShardManifest);
}
