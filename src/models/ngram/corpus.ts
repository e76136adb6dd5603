/**
 * Training text from a corpus (a folder of repositories, JSONL or Parquet, via src/corpus):
 * filtered by language and capped in bytes, counted as it streams past.
 */
import { statSync } from "node:fs";
import { detectCorpus, readCorpus, type CorpusSkip } from "../../corpus/index.js";
import { listSources } from "../../scan/files.js";
import type { LangId } from "../../scan/lang/index.js";

export interface TrainingText {
  /** Documents' contents, in corpus order. */
  docs: AsyncIterable<string>;
  /** Filled in as `docs` is consumed. */
  read: { docs: number; bytes: number; skipped: Map<string, number> };
}

export interface TrainingTextOptions {
  /** Keep only documents of these languages (all when undefined). */
  langs?: LangId[];
  /** Stop before the total would exceed this many bytes of content. */
  maxBytes?: number;
  /** Documents larger than this are skipped (default: the corpus reader's). */
  maxFileSize?: number;
  onSkip?: (s: CorpusSkip) => void;
  /** After each document: bytes of content read so far. */
  onProgress?: (bytes: number) => void;
}

export function trainingText(source: string, opts: TrainingTextOptions = {}): TrainingText {
  const read = { docs: 0, bytes: 0, skipped: new Map<string, number>() };
  const langs = opts.langs ? new Set(opts.langs) : undefined;
  const skip = (s: CorpusSkip) => {
    read.skipped.set(s.reason, (read.skipped.get(s.reason) ?? 0) + 1);
    opts.onSkip?.(s);
  };
  async function* docs(): AsyncGenerator<string> {
    for await (const d of readCorpus(source, { maxFileSize: opts.maxFileSize, onSkip: skip })) {
      if (langs && (!d.lang || !langs.has(d.lang))) continue;
      const bytes = Buffer.byteLength(d.content);
      if (opts.maxBytes !== undefined && read.bytes + bytes > opts.maxBytes) return;
      read.docs++;
      read.bytes += bytes;
      yield d.content;
      opts.onProgress?.(read.bytes);
    }
  }
  return { docs: docs(), read };
}

/**
 * Bytes on disk a corpus holds (source files of the chosen languages, or the shards), as the
 * total for a progress bar. An estimate: Parquet is compressed and oversized files are skipped.
 */
export function corpusSize(source: string, langs?: LangId[]): number {
  const src = detectCorpus(source);
  const paths =
    src.format === "dir"
      ? listSources([source])
          .files.filter((f) => !langs || langs.includes(f.lang))
          .map((f) => f.path)
      : src.files;
  let total = 0;
  for (const p of paths) {
    try {
      total += statSync(p).size;
    } catch {
      /* gone since the walk: the reader will report it */
    }
  }
  return total;
}
