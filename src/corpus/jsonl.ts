import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { CorpusError, type CorpusSkip } from "./errors.js";
import { isSkip, rowDocuments } from "./make.js";
import type { CorpusRow, RowReadOptions } from "./rows.js";

export { rowFields } from "./make.js";

/** Whether a JSONL file name says it is gzip-compressed. */
export function isGzip(file: string): boolean {
  return /\.gz$/i.test(file);
}

/**
 * JSONL (or JSONL.gz), one object per line. A line that is not a JSON object, or lacks a usable
 * field, is skipped and reported as `file:line` (the rest of the file still counts); with
 * `strict` it stops the read with a CorpusError naming the file and line instead. Blank lines are
 * ignored. A line far over the size limit is refused before it is parsed.
 */
export async function* readJsonlRows(
  file: string,
  opts: RowReadOptions,
  onSkip: (s: CorpusSkip) => void,
  ordinal: { n: number },
): AsyncGenerator<CorpusRow> {
  const raw = createReadStream(file);
  const input = isGzip(file) ? raw.pipe(createGunzip()) : raw;
  input.setEncoding("utf8");
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  const fail = (s: CorpusSkip) => {
    if (opts.strict && s.reason !== "too-large") throw new CorpusError(`${s.where}: ${s.message}`);
    onSkip(s);
  };
  // Errors of the compressed stream surface through the line reader's iterator.
  raw.on("error", (e) => input.destroy(e));
  try {
    for await (const line of lines) {
      n++;
      if (!line.trim()) continue;
      ordinal.n++;
      const where = `${file}:${n}`;
      // Content is at most maxBytes, JSON escaping at most doubles most of it (\uXXXX is rare).
      if (line.length > 2 * opts.maxBytes + 65536) {
        fail({
          where,
          reason: "too-large",
          message: `line of ${line.length} characters is over the size limit of ${opts.maxBytes} bytes`,
        });
        continue;
      }
      let obj: unknown;
      try {
        obj = JSON.parse(line);
      } catch (e) {
        fail({ where, reason: "malformed", message: `not JSON: ${(e as Error).message}` });
        continue;
      }
      if (!obj || typeof obj !== "object" || Array.isArray(obj)) {
        fail({ where, reason: "malformed", message: "not a JSON object" });
        continue;
      }
      const docs = rowDocuments(obj as Record<string, unknown>, {
        where,
        maxBytes: opts.maxBytes,
        expand: opts.expand,
        ordinal: ordinal.n,
      });
      if (isSkip(docs)) {
        fail(docs);
        continue;
      }
      const first = docs[0];
      if (opts.accept && first && !opts.accept(first.parent ?? first.id, first.repo)) continue;
      yield { where, file, index: n, documents: docs, raw: line };
    }
  } catch (e) {
    if (e instanceof CorpusError) throw e;
    const message = `cannot read ${file}${n ? ` after line ${n}` : ""}: ${(e as Error).message}`;
    if (!opts.tolerant) throw new CorpusError(message);
    onSkip({ where: n ? `${file}:${n + 1}` : file, reason: "unreadable", message });
  } finally {
    lines.close();
    raw.destroy();
  }
}
