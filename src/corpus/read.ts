import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_MAX_FILE_SIZE } from "../scan/scan.js";
import type { Document } from "./document.js";
import { readDirRows } from "./dir.js";
import { CorpusError, type CorpusSkip } from "./errors.js";
import { readJsonlRows } from "./jsonl.js";
import { readParquetRows } from "./parquet.js";
import type { CorpusRow } from "./rows.js";

export type CorpusFormat = "dir" | "jsonl" | "parquet";

export interface ReadCorpusOptions {
  /** Default: from the source (see detectCorpus). */
  format?: CorpusFormat;
  /** Documents larger than this many bytes are skipped (default 2 MiB, like `scan`). */
  maxFileSize?: number;
  /** Called for each document left out; the read goes on. */
  onSkip?: (s: CorpusSkip) => void;
  /** JSONL: a malformed line stops the read with an error naming file and line. */
  strict?: boolean;
  /**
   * Read Markdown/reST files and fine-tuning rows (chat `messages`, instruction/response fields)
   * as the code blocks they hold, each a document (`<parent>#block:K`, `row:N#block:K`).
   */
  expand?: boolean;
  /** A shard or file that cannot be read is reported through onSkip and the read goes on. */
  tolerant?: boolean;
  /**
   * Folder corpora: only files whose `repo/path` id passes are read at all (a sample, a shard);
   * the rows of other formats are read and then left out.
   */
  accept?: (id: string, repo: string) => boolean;
}

export interface CorpusSource {
  format: CorpusFormat;
  /** The folder (dir) or the shard files, in read order. */
  files: string[];
}

const JSONL_FILE = /\.(jsonl|ndjson|json)(\.gz)?$/i;

/**
 * Tells how a corpus is stored: a `.parquet` or `.jsonl` (`.jsonl.gz`) file; a folder holding
 * only `.parquet` (or only JSONL) files, read as shards in name order; otherwise a folder of
 * repositories (or a git checkout).
 */
export function detectCorpus(source: string, format?: CorpusFormat): CorpusSource {
  let st;
  try {
    st = statSync(source);
  } catch {
    throw new CorpusError(`no such file or directory: ${source}`);
  }
  if (!st.isDirectory()) {
    const f =
      format ??
      (/\.parquet$/i.test(source) ? "parquet" : JSONL_FILE.test(source) ? "jsonl" : undefined);
    if (!f || f === "dir")
      throw new CorpusError(
        `${source}: not a corpus (expected a folder of repositories, a .jsonl or a .parquet file)`,
      );
    return { format: f, files: [source] };
  }
  const entries = readdirSync(source, { withFileTypes: true }).filter(
    (e) => !e.name.startsWith("."),
  );
  const shards = (re: RegExp) =>
    entries
      .filter((e) => e.isFile() && re.test(e.name))
      .map((e) => e.name)
      .sort()
      .map((n) => join(source, n));
  const onlyFiles = entries.length > 0 && entries.every((e) => e.isFile());
  const parquet = shards(/\.parquet$/i);
  const jsonl = shards(/\.(jsonl|ndjson)(\.gz)?$/i);
  if (
    format === "parquet" ||
    (!format && onlyFiles && parquet.length > 0 && parquet.length === entries.length)
  ) {
    if (parquet.length === 0) throw new CorpusError(`${source}: no .parquet files`);
    return { format: "parquet", files: parquet };
  }
  if (
    format === "jsonl" ||
    (!format && onlyFiles && jsonl.length > 0 && jsonl.length === entries.length)
  ) {
    if (jsonl.length === 0) throw new CorpusError(`${source}: no .jsonl files`);
    return { format: "jsonl", files: jsonl };
  }
  return { format: "dir", files: [source] };
}

/**
 * Reads a corpus one stored record at a time (a file, a JSONL line, a Parquet row) with the
 * documents each holds. Records that hold nothing usable are reported through `onSkip`.
 */
export async function* readRows(
  source: string,
  opts: ReadCorpusOptions = {},
): AsyncGenerator<CorpusRow> {
  const src = detectCorpus(source, opts.format);
  const ro = {
    maxBytes: opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    expand: opts.expand ?? false,
    strict: opts.strict ?? false,
    tolerant: opts.tolerant ?? false,
    accept: opts.accept,
  };
  const onSkip = opts.onSkip ?? (() => {});
  const ordinal = { n: 0 };
  if (src.format === "dir") yield* readDirRows(src.files[0]!, ro, onSkip);
  else if (src.format === "parquet") yield* readParquetRows(src.files, ro, onSkip, ordinal);
  else for (const f of src.files) yield* readJsonlRows(f, ro, onSkip, ordinal);
}

/**
 * Reads a corpus, one Document at a time: a folder tree whose top-level folders are
 * repositories, JSONL rows or Parquet shards (`content`, `path`, `repo`, or The Stack's
 * `max_stars_repo_path` / `max_stars_repo_name`). Paths and repository names are normalised and
 * rows that could escape an output folder are skipped (reported through `onSkip`).
 */
export async function* readCorpus(
  source: string,
  opts: ReadCorpusOptions = {},
): AsyncGenerator<Document> {
  for await (const row of readRows(source, opts)) yield* row.documents;
}
