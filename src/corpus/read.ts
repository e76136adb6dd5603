import { readdirSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { DEFAULT_MAX_FILE_SIZE } from "../scan/scan.js";
import type { Document } from "./document.js";
import { readDirCorpus } from "./dir.js";
import { CorpusError, type CorpusSkip } from "./errors.js";
import { readJsonlCorpus } from "./jsonl.js";
import { readParquetCorpus } from "./parquet.js";

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
}

export interface CorpusSource {
  format: CorpusFormat;
  /** The folder (dir) or the shard files, in read order. */
  files: string[];
}

const JSONL_EXT = new Set([".jsonl", ".ndjson", ".json"]);

/**
 * Tells how a corpus is stored: a `.parquet` or `.jsonl` file; a folder holding only `.parquet`
 * (or only `.jsonl`) files, read as shards in name order; otherwise a folder of repositories.
 */
export function detectCorpus(source: string, format?: CorpusFormat): CorpusSource {
  let st;
  try {
    st = statSync(source);
  } catch {
    throw new CorpusError(`no such file or directory: ${source}`);
  }
  if (!st.isDirectory()) {
    const ext = extname(source).toLowerCase();
    const f = format ?? (ext === ".parquet" ? "parquet" : JSONL_EXT.has(ext) ? "jsonl" : undefined);
    if (!f || f === "dir")
      throw new CorpusError(
        `${source}: not a corpus (expected a folder of repositories, a .jsonl or a .parquet file)`,
      );
    return { format: f, files: [source] };
  }
  const entries = readdirSync(source, { withFileTypes: true }).filter(
    (e) => !e.name.startsWith("."),
  );
  const shards = (ext: string) =>
    entries
      .filter((e) => e.isFile() && e.name.toLowerCase().endsWith(ext))
      .map((e) => e.name)
      .sort()
      .map((n) => join(source, n));
  const onlyFiles = entries.length > 0 && entries.every((e) => e.isFile());
  const parquet = shards(".parquet");
  const jsonl = shards(".jsonl");
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
 * Reads a corpus, one Document at a time: a folder tree whose top-level folders are
 * repositories, JSONL rows or Parquet shards (`content`, `path`, `repo`, or The Stack's
 * `max_stars_repo_path` / `max_stars_repo_name`). Paths and repository names are normalised and
 * rows that could escape an output folder are skipped (reported through `onSkip`).
 */
export async function* readCorpus(
  source: string,
  opts: ReadCorpusOptions = {},
): AsyncGenerator<Document> {
  const src = detectCorpus(source, opts.format);
  const max = opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const onSkip = opts.onSkip ?? (() => {});
  if (src.format === "dir") yield* readDirCorpus(src.files[0]!, max, onSkip);
  else if (src.format === "parquet") yield* readParquetCorpus(src.files, max, onSkip);
  else for (const f of src.files) yield* readJsonlCorpus(f, max, onSkip, opts.strict);
}
