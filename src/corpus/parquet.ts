import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import type { Document } from "./document.js";
import { CorpusError, type CorpusSkip } from "./errors.js";
import { rowFields } from "./jsonl.js";
import { documentFromRow, isSkip } from "./make.js";

/** A SQL string literal (DuckDB: quotes doubled). */
export function sqlString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

const quoteIdent = (c: string) => `"${c.replace(/"/g, '""')}"`;

async function withDuckDb<T>(fn: (c: DuckDBConnection) => Promise<T>): Promise<T> {
  const instance = await DuckDBInstance.create(":memory:");
  const conn = await instance.connect();
  try {
    return await fn(conn);
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The select list for one shard: `content`, and path/repo/lang or The Stack's fallbacks. */
function selectList(columns: string[]): string {
  const has = new Set(columns);
  const pick = (...names: string[]) => {
    const present = names.filter((n) => has.has(n)).map(quoteIdent);
    if (present.length === 0) return "NULL";
    return present.length === 1 ? present[0]! : `COALESCE(${present.join(", ")})`;
  };
  return [
    `${pick("content")} AS content`,
    `${pick("path", "max_stars_repo_path")} AS path`,
    `${pick("repo", "max_stars_repo_name")} AS repo`,
    `${pick("lang", "language")} AS lang`,
  ].join(", ");
}

/**
 * Reads Parquet shards (one file, or several read in the given order) through DuckDB, a chunk
 * of rows at a time so a large shard never sits in memory whole. Rows are checked like JSONL rows
 * and reported as `file#row` (1-based) when skipped.
 */
export async function* readParquetCorpus(
  files: string[],
  maxBytes: number,
  onSkip: (s: CorpusSkip) => void,
): AsyncGenerator<Document> {
  const instance = await DuckDBInstance.create(":memory:");
  const conn = await instance.connect();
  try {
    for (const file of files) {
      let columns: string[];
      try {
        const d = await conn.runAndReadAll("DESCRIBE SELECT * FROM read_parquet($1)", [file]);
        columns = d.getRowObjectsJS().map((r) => String(r.column_name));
      } catch (e) {
        throw new CorpusError(
          `cannot read Parquet ${file}: ${(e as Error).message.split("\n")[0]}`,
        );
      }
      if (!columns.includes("content"))
        throw new CorpusError(`${file}: no \`content\` column (columns: ${columns.join(", ")})`);
      const result = await conn.stream(`SELECT ${selectList(columns)} FROM read_parquet($1)`, [
        file,
      ]);
      let row = 0;
      for await (const rows of result.yieldRowObjectJs()) {
        for (const r of rows) {
          row++;
          const where = `${file}#${row}`;
          let content: unknown = r.content;
          if (content instanceof Uint8Array) {
            try {
              content = utf8.decode(content);
            } catch {
              onSkip({ where, reason: "not-utf8", message: "not valid UTF-8" });
              continue;
            }
          }
          const doc = documentFromRow(rowFields({ ...r, content }), where, maxBytes);
          if (isSkip(doc)) onSkip(doc);
          else yield doc;
        }
      }
    }
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

/** Writes a JSONL file of documents (`repo`, `path`, `content`) to one Parquet file. */
export async function jsonlToParquet(jsonl: string, out: string): Promise<void> {
  await withDuckDb(async (c) => {
    // One thread keeps row order, so the same input gives the same file.
    await c.run("SET threads = 1");
    await c.run(
      `COPY (SELECT repo, path, content FROM read_json(${sqlString(jsonl)}, format = 'newline_delimited', ` +
        `columns = {repo: 'VARCHAR', path: 'VARCHAR', content: 'VARCHAR'}, maximum_object_size = 1073741824)) ` +
        `TO ${sqlString(out)} (FORMAT PARQUET)`,
    );
  });
}
