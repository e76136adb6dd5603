import { existsSync } from "node:fs";
import { basename, relative, resolve, sep } from "node:path";
import { readSource, walkFiles } from "../scan/files.js";
import { langFromPath } from "../scan/lang/index.js";
import { markupFromPath } from "./blocks.js";
import type { Document } from "./document.js";
import type { CorpusSkip } from "./errors.js";
import { blockDocuments } from "./make.js";
import { documentId, safeRelPath } from "./paths.js";
import type { CorpusRow, RowReadOptions } from "./rows.js";

/**
 * A folder whose top-level folders are repositories, or a git checkout (a folder holding `.git`),
 * read as one repository named after the folder. Walks like `antidote scan` (skips .git,
 * node_modules and .gitignored files, never follows directory links) and yields the source files
 * of languages Antidote knows, and with `expand` Markdown/reST files as their code blocks; binary,
 * non-UTF-8, unreadable and oversized files are skipped, and so are source files directly in the
 * root of a folder of repositories (they belong to no repository).
 */
export async function* readDirRows(
  root: string,
  opts: RowReadOptions,
  onSkip: (s: CorpusSkip) => void,
): AsyncGenerator<CorpusRow> {
  const checkout = existsSync(resolve(root, ".git"));
  const checkoutName = basename(resolve(root));
  const { files, skipped } = walkFiles(root, (name) =>
    langFromPath(name) ? "code" : opts.expand && markupFromPath(name) ? "markup" : undefined,
  );
  for (const s of skipped) onSkip({ where: s.file, reason: "unreadable", message: s.message });
  for (const f of files) {
    const segs = relative(root, f.path).split(sep);
    if (!checkout && segs.length < 2) {
      onSkip({
        where: f.display,
        reason: "no-repository",
        message: "not inside a repository folder",
      });
      continue;
    }
    const repo = checkout ? checkoutName : segs[0]!;
    const path = (checkout ? segs : segs.slice(1)).join("/");
    if (opts.accept && !opts.accept(documentId(repo, path), repo)) continue;
    const read = readSource(f.path, f.display, opts.maxBytes);
    if (!("text" in read)) {
      const reason =
        read.reason === "unknown-language" || read.reason === "scanner-error"
          ? "unreadable"
          : read.reason;
      onSkip({ where: read.file, reason, message: read.message });
      continue;
    }
    // A file name with a backslash or a control character could not be written back safely.
    if (safeRelPath(repo) !== repo || safeRelPath(path) !== path) {
      onSkip({
        where: f.display,
        reason: "unsafe-path",
        message: "file name not usable in a corpus id",
      });
      continue;
    }
    const doc: Document = {
      id: documentId(repo, path),
      repo,
      path,
      content: read.text,
      lang: langFromPath(path),
      where: f.display,
    };
    yield {
      where: f.display,
      file: f.path,
      index: 0,
      documents: f.what === "markup" ? blockDocuments(doc) : [doc],
    };
  }
}
