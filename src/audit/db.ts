import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  DuckDBInstance,
  LIST,
  listValue,
  VARCHAR,
  type DuckDBConnection,
  type DuckDBType,
  type DuckDBValue,
} from "@duckdb/node-api";
import { sqlString } from "../corpus/parquet.js";
import { AuditError } from "./errors.js";
import { TABLES } from "./schema.js";

/** A document's row as the detectors' evidence reads it. */
export interface DocInfo {
  id: string;
  repo: string;
  sig: number[];
  stars: number | null;
  created: string | null;
}

/** Ids per query when fetching document rows. */
const DOC_BATCH = 50_000;

/**
 * The cross-document stage's database: embedded DuckDB with one view per feature table over the
 * Parquet files of every shard. Memory is capped and DuckDB spills to a temporary folder, so the
 * joins and group-bys run out of core whatever the corpus size.
 */
export class FeatureDb {
  private constructor(
    private readonly instance: DuckDBInstance,
    readonly conn: DuckDBConnection,
    private readonly spill: string,
  ) {}

  static async open(
    dir: string,
    opts: { memoryLimit?: string; threads?: number } = {},
  ): Promise<FeatureDb> {
    const files = existsSync(dir) ? readdirSync(dir) : [];
    for (const t of TABLES)
      if (!files.some((f) => f.startsWith(`${t}-`) && f.endsWith(".parquet")))
        throw new AuditError(
          `${dir}: no ${t}-*.parquet (not a features folder, or an incomplete one)`,
        );
    const spill = mkdtempSync(join(tmpdir(), "antidote-duckdb-"));
    const instance = await DuckDBInstance.create(":memory:", {
      memory_limit: opts.memoryLimit ?? "1GB",
      temp_directory: spill,
      threads: String(opts.threads ?? 2),
      // Row order of query results must not depend on thread timing: verdicts are reproducible.
      preserve_insertion_order: "true",
    });
    const conn = await instance.connect();
    for (const t of TABLES)
      await conn.run(
        `CREATE VIEW ${t} AS SELECT * FROM read_parquet(${sqlString(join(dir, `${t}-*.parquet`))})`,
      );
    return new FeatureDb(instance, conn, spill);
  }

  /**
   * Rows of a query as plain objects (BIGINTs as numbers, lists as arrays). Parameters: strings,
   * numbers, or arrays of strings (bound as VARCHAR[]).
   */
  async all<T = Record<string, unknown>>(
    sql: string,
    params: (string | number | string[])[] = [],
  ): Promise<T[]> {
    const values: DuckDBValue[] = [];
    const types: DuckDBType[] = [];
    for (const p of params) {
      if (Array.isArray(p)) {
        values.push(listValue(p));
        types.push(LIST(VARCHAR));
      } else {
        values.push(p);
        types.push(typeof p === "string" ? VARCHAR : (undefined as never));
      }
    }
    const r = await this.conn.runAndReadAll(sql, values, params.length ? types : undefined);
    return r.getRowObjectsJS().map((o) => normalise(o)) as T[];
  }

  private readonly docCache = new Map<string, DocInfo>();

  /**
   * The rows of these documents (repository, file signature, metadata), fetched in one query for
   * those not asked before: detectors test many candidate groups, and a scan of the docs table
   * per group dominated the cross-document stage on large corpora.
   */
  async docInfo(ids: Iterable<string>): Promise<Map<string, DocInfo>> {
    const want = [...new Set(ids)];
    const missing = want.filter((id) => !this.docCache.has(id));
    for (let i = 0; i < missing.length; i += DOC_BATCH) {
      const rows = await this.all<DocInfo>(
        `SELECT id, repo, sig, stars, created FROM docs WHERE id IN (SELECT unnest($1))`,
        [missing.slice(i, i + DOC_BATCH)],
      );
      for (const r of rows) this.docCache.set(r.id, r);
    }
    const out = new Map<string, DocInfo>();
    for (const id of want) {
      const r = this.docCache.get(id);
      if (r) out.set(id, r);
    }
    return out;
  }

  async run(sql: string): Promise<void> {
    await this.conn.run(sql);
  }

  close(): void {
    this.conn.closeSync();
    this.instance.closeSync();
    rmSync(this.spill, { recursive: true, force: true });
  }
}

function normalise(v: unknown): unknown {
  if (typeof v === "bigint") return Number(v);
  if (Array.isArray(v)) return v.map(normalise);
  if (v && typeof v === "object" && !(v instanceof Date)) {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) o[k] = normalise(x);
    return o;
  }
  return v;
}
