import {
  createWriteStream,
  mkdirSync,
  readdirSync,
  rmSync,
  writeFileSync,
  type WriteStream,
} from "node:fs";
import { once } from "node:events";
import { dirname } from "node:path";
import { CorpusError } from "./errors.js";
import { jsonlToParquet } from "./parquet.js";
import { resolveInside, safeRelPath } from "./paths.js";

export type OutputFormat = "dir" | "jsonl" | "parquet";

/** What a writer needs of a document. */
export interface WritableDocument {
  repo: string;
  path: string;
  content: string;
}

export interface CorpusWriter {
  /** The folder or file written. */
  readonly target: string;
  add(doc: WritableDocument): Promise<void>;
  close(): Promise<void>;
}

/** Refuses a repository or path that is not already in the normal form readers produce. */
function checked(doc: WritableDocument): WritableDocument {
  if (safeRelPath(doc.repo) !== doc.repo || safeRelPath(doc.path) !== doc.path)
    throw new CorpusError(`unsafe document id: ${JSON.stringify(`${doc.repo}/${doc.path}`)}`);
  return doc;
}

/** `root/<repo>/<path>`, one file per document; a repository `owner/name` becomes two folder levels. */
class DirWriter implements CorpusWriter {
  constructor(readonly target: string) {
    mkdirSync(target, { recursive: true });
    // Writing into a fresh folder means no link planted in it can redirect a write.
    if (readdirSync(target).length > 0)
      throw new CorpusError(`${target}: output folder is not empty`);
  }

  async add(doc: WritableDocument): Promise<void> {
    const { repo, path, content } = checked(doc);
    const file = resolveInside(this.target, `${repo}/${path}`);
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content, { flag: "wx" });
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      if (err.code === "EEXIST") throw new CorpusError(`duplicate document ${repo}/${path}`);
      throw new CorpusError(`cannot write ${file}: ${err.message}`);
    }
  }

  async close(): Promise<void> {}
}

/** One JSON object per line: `{"repo","path","content"}`. */
class JsonlWriter implements CorpusWriter {
  private readonly out: WriteStream;
  private failed: Error | undefined;

  constructor(readonly target: string) {
    mkdirSync(dirname(target), { recursive: true });
    this.out = createWriteStream(target, { flags: "wx" });
    this.out.on("error", (e) => (this.failed = e));
  }

  async add(doc: WritableDocument): Promise<void> {
    const { repo, path, content } = checked(doc);
    if (this.failed) throw new CorpusError(`cannot write ${this.target}: ${this.failed.message}`);
    if (!this.out.write(`${JSON.stringify({ repo, path, content })}\n`))
      await once(this.out, "drain");
  }

  async close(): Promise<void> {
    this.out.end();
    if (!this.out.writableFinished) await once(this.out, "finish").catch(() => {});
    if (this.failed) throw new CorpusError(`cannot write ${this.target}: ${this.failed.message}`);
  }
}

/** Rows go to a JSONL file beside the target, turned into one Parquet file by DuckDB on close. */
class ParquetWriter implements CorpusWriter {
  private readonly staging: JsonlWriter;

  constructor(readonly target: string) {
    this.staging = new JsonlWriter(`${target}.staging.jsonl`);
  }

  add(doc: WritableDocument): Promise<void> {
    return this.staging.add(doc);
  }

  async close(): Promise<void> {
    await this.staging.close();
    try {
      await jsonlToParquet(this.staging.target, this.target);
    } finally {
      rmSync(this.staging.target, { force: true });
    }
  }
}

/** A writer for a new corpus: a folder (`dir`), or one `.jsonl` / `.parquet` file. */
export function createCorpusWriter(target: string, format: OutputFormat): CorpusWriter {
  if (format === "dir") return new DirWriter(target);
  if (format === "jsonl") return new JsonlWriter(target);
  return new ParquetWriter(target);
}

/** Writes a whole corpus file or folder in one go (small outputs and tests). */
export async function writeCorpus(
  target: string,
  format: OutputFormat,
  docs: Iterable<WritableDocument>,
): Promise<void> {
  const w = createCorpusWriter(target, format);
  for (const d of docs) await w.add(d);
  await w.close();
}
