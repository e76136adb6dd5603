import { isAbsolute, relative, resolve, sep } from "node:path";
import { CorpusError } from "./errors.js";

/**
 * Normalises a repository name or a path read from a corpus into `/`-separated segments that
 * cannot leave the folder they are joined to: backslashes become `/`, a leading `/` or drive
 * letter and `.` segments are dropped. Returns undefined for what cannot be made safe: empty,
 * NUL or other control characters, or a `..` segment (collapsing it could collide with another
 * document, so the row is refused rather than guessed at).
 */
export function safeRelPath(raw: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1f\x7f]/.test(raw)) return undefined;
  let p = raw.replace(/\\/g, "/");
  p = p.replace(/^[A-Za-z]:(?=\/|$)/, ""); // C: or C:/...
  const segs = p.split("/").filter((s) => s !== "" && s !== ".");
  if (segs.length === 0 || segs.some((s) => s === "..")) return undefined;
  return segs.join("/");
}

/** The `repo/path` id of a document. */
export function documentId(repo: string, path: string): string {
  return `${repo}/${path}`;
}

/**
 * Joins a corpus-relative path to `root`, refusing anything that would land outside it (a last
 * line of defence: paths are already normalised by safeRelPath when read).
 */
export function resolveInside(root: string, rel: string): string {
  const safe = safeRelPath(rel);
  if (safe === undefined || safe !== rel)
    throw new CorpusError(`unsafe document path: ${JSON.stringify(rel)}`);
  const base = resolve(root);
  const full = resolve(base, ...safe.split("/"));
  const r = relative(base, full);
  if (!r || r.startsWith("..") || isAbsolute(r) || r.split(sep).includes(".."))
    throw new CorpusError(`document path leaves the output folder: ${JSON.stringify(rel)}`);
  return full;
}
