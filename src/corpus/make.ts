import { langFromPath, parseLangName, type LangId } from "../scan/lang/index.js";
import { instructionBlocks, isInstructionRow, markupBlocks, markupFromPath } from "./blocks.js";
import type { Document } from "./document.js";
import type { CorpusSkip } from "./errors.js";
import { repoMeta } from "./meta.js";
import { documentId, safeRelPath } from "./paths.js";

/** Raw fields of one corpus row, before they are checked. */
export interface RawRow {
  repo: unknown;
  path: unknown;
  content: unknown;
  lang?: LangId;
}

/**
 * The fields of a row object: `content` (or codeparrot's `code`), `path` and `repo` (or The
 * Stack's `max_stars_repo_path` / `max_stars_repo_name`, or `repo_name`), and a language column.
 */
export function rowFields(o: Record<string, unknown>): RawRow {
  const lang =
    typeof o.lang === "string" ? o.lang : typeof o.language === "string" ? o.language : undefined;
  return {
    content: o.content ?? o.code,
    path: o.path ?? o.max_stars_repo_path,
    repo: o.repo ?? o.max_stars_repo_name ?? o.repo_name,
    lang: lang ? parseLangName(lang) : undefined,
  };
}

function tooLarge(where: string, bytes: number, maxBytes: number): CorpusSkip {
  return {
    where,
    reason: "too-large",
    message: `${bytes} bytes is over the size limit of ${maxBytes}`,
  };
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
  if (bytes > maxBytes) return tooLarge(where, bytes, maxBytes);
  const content = row.content.charCodeAt(0) === 0xfeff ? row.content.slice(1) : row.content;
  return { id: documentId(repo, path), repo, path, content, lang: langFromPath(path) ?? row.lang };
}

export function isSkip(x: unknown): x is CorpusSkip {
  return typeof x === "object" && x !== null && "reason" in x;
}

/** The code blocks of a Markdown/reST document, each a document of its own language. */
export function blockDocuments(doc: Document): Document[] {
  const markup = markupFromPath(doc.path);
  if (!markup) return [doc];
  return markupBlocks(doc.content, markup).map((b, k) => ({
    id: `${doc.id}#block:${k + 1}`,
    repo: doc.repo,
    path: doc.path,
    content: b.code,
    lang: b.lang,
    where: doc.where,
    kind: "markdown" as const,
    parent: doc.id,
    lineOffset: b.line,
    ...(doc.meta ? { meta: doc.meta } : {}),
  }));
}

export interface RowOptions {
  where: string;
  maxBytes: number;
  /** Read Markdown files and fine-tuning rows as their code blocks (the audit does). */
  expand: boolean;
  /** 1-based ordinal of the row in the whole input: names fine-tuning rows (`row:N`). */
  ordinal: number;
}

/**
 * The documents one row holds: a source file (with the repository's metadata, when the row has
 * any), the code blocks of a Markdown file, or those of a fine-tuning row (`row:N#block:K`, its
 * own repository `row:N`). A row that holds nothing usable says why.
 */
export function rowDocuments(
  o: Record<string, unknown>,
  opts: RowOptions,
): Document[] | CorpusSkip {
  const { where, maxBytes } = opts;
  const fields = rowFields(o);
  if (typeof fields.content !== "string" && opts.expand && isInstructionRow(o)) {
    let bytes = 0;
    for (const v of Object.values(o)) if (typeof v === "string") bytes += Buffer.byteLength(v);
    if (bytes > maxBytes) return tooLarge(where, bytes, maxBytes);
    const parent = `row:${opts.ordinal}`;
    return instructionBlocks(o).map((b, k) => ({
      id: `${parent}#block:${k + 1}`,
      repo: parent,
      path: `block-${k + 1}`,
      content: b.code,
      lang: b.lang,
      where,
      kind: "instruction" as const,
      parent,
      lineOffset: b.line,
    }));
  }
  const doc = documentFromRow(fields, where, maxBytes);
  if (isSkip(doc)) return doc;
  doc.where = where;
  const meta = repoMeta(o);
  if (meta) doc.meta = meta;
  return opts.expand ? blockDocuments(doc) : [doc];
}
