import { relative, sep } from "node:path";
import { listSources, readSource } from "../scan/files.js";
import type { Document } from "./document.js";
import type { CorpusSkip } from "./errors.js";
import { documentId, safeRelPath } from "./paths.js";

/**
 * A folder whose top-level folders are repositories. Walks like `antidote scan` (skips .git,
 * node_modules and .gitignored files, never follows directory links) and yields the source files
 * of languages Antidote knows; binary, non-UTF-8, unreadable and oversized files are skipped,
 * and so are source files directly in the root (they belong to no repository).
 */
export async function* readDirCorpus(
  root: string,
  maxBytes: number,
  onSkip: (s: CorpusSkip) => void,
): AsyncGenerator<Document> {
  const { files, skipped } = listSources([root]);
  for (const s of skipped) onSkip({ where: s.file, reason: "unreadable", message: s.message });
  for (const f of files) {
    const segs = relative(root, f.path).split(sep);
    if (segs.length < 2) {
      onSkip({
        where: f.display,
        reason: "no-repository",
        message: "not inside a repository folder",
      });
      continue;
    }
    const read = readSource(f.path, f.display, maxBytes);
    if (!("text" in read)) {
      const reason =
        read.reason === "unknown-language" || read.reason === "scanner-error"
          ? "unreadable"
          : read.reason;
      onSkip({ where: read.file, reason, message: read.message });
      continue;
    }
    const repo = segs[0]!;
    const path = segs.slice(1).join("/");
    // A file name with a backslash or a control character could not be written back safely.
    if (safeRelPath(repo) !== repo || safeRelPath(path) !== path) {
      onSkip({
        where: f.display,
        reason: "unsafe-path",
        message: "file name not usable in a corpus id",
      });
      continue;
    }
    yield { id: documentId(repo, path), repo, path, content: read.text, lang: f.lang };
  }
}
