import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { INSTRUCTION_FIELDS } from "./blocks.js";
import { CorpusError, type CorpusSkip } from "./errors.js";
import { isSkip, rowDocuments } from "./make.js";
import { META_COLUMNS } from "./meta.js";
import type { CorpusRow, RowReadOptions } from "./rows.js";

/** A SQL string literal (DuckDB: quotes doubled). */
export function sqlString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

export const quoteIdent = (c: string) => `"${c.replace(/"/g, '""')}"`;

export async function withDuckDb<T>(fn: (c: DuckDBConnection) => Promise<T>): Promise<T> {
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

const CONTENT = ["content", "code"];
const PATH = ["path", "max_stars_repo_path"];
const REPO = ["repo", "max_stars_repo_name", "repo_name"];
const LANG = ["lang", "language"];

/** The columns a reader selects from a shard: every field rowDocuments may read. */
function selectList(columns: string[], expand: boolean): string[] {
  const has = new Set(columns);
  const wanted = [...CONTENT, ...PATH, ...REPO, ...LANG, ...META_COLUMNS];
  if (expand) wanted.push(...INSTRUCTION_FIELDS);
  return [...new Set(wanted)].filter((c) => has.has(c));
}

function firstLine(e: unknown): string {
  return String((e as Error).message ?? e).split("\n")[0]!;
}

/**
 * Reads Parquet shards (one file, or several read in the given order) through DuckDB, a chunk
 * of rows at a time so a large shard never sits in memory whole. Rows are checked like JSONL rows
 * and reported as `file#row` (1-based, the shard's physical row) when skipped.
 */
export async function* readParquetRows(
  files: string[],
  opts: RowReadOptions,
  onSkip: (s: CorpusSkip) => void,
  ordinal: { n: number },
): AsyncGenerator<CorpusRow> {
  const instance = await DuckDBInstance.create(":memory:");
  const conn = await instance.connect();
  const failFile = (file: string, message: string) => {
    if (!opts.tolerant) throw new CorpusError(message);
    onSkip({ where: file, reason: "unreadable", message });
  };
  try {
    for (const file of files) {
      let columns: string[];
      try {
        const d = await conn.runAndReadAll("DESCRIBE SELECT * FROM read_parquet($1)", [file]);
        columns = d.getRowObjectsJS().map((r) => String(r.column_name));
      } catch (e) {
        failFile(file, `cannot read Parquet ${file}: ${firstLine(e)}`);
        continue;
      }
      const hasContent = CONTENT.some((c) => columns.includes(c));
      const hasInstruction = opts.expand && INSTRUCTION_FIELDS.some((c) => columns.includes(c));
      if (!hasContent && !hasInstruction) {
        failFile(file, `${file}: no \`content\` column (columns: ${columns.join(", ")})`);
        continue;
      }
      const select = selectList(columns, opts.expand).map((c) => `${quoteIdent(c)}`);
      let row = 0;
      try {
        const result = await conn.stream(
          `SELECT ${select.join(", ")}, file_row_number FROM read_parquet($1, file_row_number = true)`,
          [file],
        );
        for await (const rows of result.yieldRowObjectJs()) {
          for (const r of rows) {
            row = Number(r.file_row_number) + 1;
            ordinal.n++;
            const where = `${file}#${row}`;
            const o: Record<string, unknown> = { ...r };
            let bad = false;
            for (const c of CONTENT) {
              const v = o[c];
              if (!(v instanceof Uint8Array)) continue;
              try {
                o[c] = utf8.decode(v);
              } catch {
                bad = true;
              }
            }
            if (bad) {
              onSkip({ where, reason: "not-utf8", message: "not valid UTF-8" });
              continue;
            }
            const docs = rowDocuments(o, {
              where,
              maxBytes: opts.maxBytes,
              expand: opts.expand,
              ordinal: ordinal.n,
            });
            if (isSkip(docs)) onSkip(docs);
            else if (
              !opts.accept ||
              !docs[0] ||
              opts.accept(docs[0].parent ?? docs[0].id, docs[0].repo)
            )
              yield { where, file, index: row, documents: docs };
          }
        }
      } catch (e) {
        if (e instanceof CorpusError) throw e;
        failFile(
          file,
          `cannot read Parquet ${file}${row ? ` after row ${row}` : ""}: ${firstLine(e)}`,
        );
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
