import { langFromPath, type LangId } from "../scan/lang/index.js";
import type { Document } from "./document.js";
import type { CorpusSkip } from "./errors.js";
import { documentId, safeRelPath } from "./paths.js";

/** Raw fields of one corpus row, before they are checked. */
export interface RawRow {
  repo: unknown;
  path: unknown;
  content: unknown;
  lang?: LangId;
}

/**
 * Checks one row and builds its Document, or says why it is skipped: missing fields, a path or
 * repository that could escape an output folder, binary or oversized content.
 */
export function documentFromRow(
  row: RawRow,
  where: string,
  maxBytes: number,
): Document | CorpusSkip {
  if (typeof row.content !== "string")
    return { where, reason: "missing-field", message: "no string `content` field" };
  if (typeof row.path !== "string" || !row.path)
    return { where, reason: "missing-field", message: "no `path` (or max_stars_repo_path) field" };
  if (typeof row.repo !== "string" || !row.repo)
    return { where, reason: "missing-field", message: "no `repo` (or max_stars_repo_name) field" };
  const repo = safeRelPath(row.repo);
  const path = safeRelPath(row.path);
  if (repo === undefined || path === undefined)
    return {
      where,
      reason: "unsafe-path",
      message: `unsafe repository or path: ${JSON.stringify(`${row.repo}/${row.path}`).slice(0, 200)}`,
    };
  if (row.content.includes("\0"))
    return { where, reason: "binary", message: "binary content (NUL bytes)" };
  const bytes = Buffer.byteLength(row.content);
  if (bytes > maxBytes)
    return {
      where,
      reason: "too-large",
      message: `${bytes} bytes is over the size limit of ${maxBytes}`,
    };
  const content = row.content.charCodeAt(0) === 0xfeff ? row.content.slice(1) : row.content;
  return { id: documentId(repo, path), repo, path, content, lang: langFromPath(path) ?? row.lang };
}

export function isSkip(x: Document | CorpusSkip): x is CorpusSkip {
  return "reason" in x;
}
