import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { parseLangName } from "../scan/lang/index.js";
import type { Document } from "./document.js";
import { CorpusError, type CorpusSkip } from "./errors.js";
import { documentFromRow, isSkip } from "./make.js";

/** Reads `content`, `path`, `repo` (or The Stack's max_stars_repo_path / _name) from a row object. */
export function rowFields(o: Record<string, unknown>): {
  repo: unknown;
  path: unknown;
  content: unknown;
  lang?: ReturnType<typeof parseLangName>;
} {
  const lang =
    typeof o.lang === "string" ? o.lang : typeof o.language === "string" ? o.language : undefined;
  return {
    content: o.content,
    path: o.path ?? o.max_stars_repo_path,
    repo: o.repo ?? o.max_stars_repo_name,
    lang: lang ? parseLangName(lang) : undefined,
  };
}

/**
 * JSONL, one object per line. A line that is not a JSON object, or lacks a usable field, is
 * skipped and reported as `file:line` (the rest of the file still counts); with `strict` it
 * stops the read with a CorpusError naming the file and line instead. Blank lines are ignored.
 */
export async function* readJsonlCorpus(
  file: string,
  maxBytes: number,
  onSkip: (s: CorpusSkip) => void,
  strict = false,
): AsyncGenerator<Document> {
  const stream = createReadStream(file, { encoding: "utf8" });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      if (!line.trim()) continue;
      const where = `${file}:${n}`;
      let obj: unknown;
      try {
        obj = JSON.parse(line);
      } catch (e) {
        const s: CorpusSkip = {
          where,
          reason: "malformed",
          message: `not JSON: ${(e as Error).message}`,
        };
        if (strict) throw new CorpusError(`${where}: ${s.message}`);
        onSkip(s);
        continue;
      }
      if (!obj || typeof obj !== "object" || Array.isArray(obj)) {
        const s: CorpusSkip = { where, reason: "malformed", message: "not a JSON object" };
        if (strict) throw new CorpusError(`${where}: ${s.message}`);
        onSkip(s);
        continue;
      }
      const doc = documentFromRow(rowFields(obj as Record<string, unknown>), where, maxBytes);
      if (isSkip(doc)) {
        if (strict && doc.reason !== "too-large") throw new CorpusError(`${where}: ${doc.message}`);
        onSkip(doc);
        continue;
      }
      yield doc;
    }
  } catch (e) {
    if (e instanceof CorpusError) throw e;
    throw new CorpusError(`cannot read ${file}: ${(e as Error).message}`);
  } finally {
    lines.close();
    stream.destroy();
  }
}
