import { readdirSync, readFileSync, statSync, type Dirent } from "node:fs";
import { join, relative } from "node:path";
import ignore, { type Ignore } from "ignore";
import { langFromPath, type LangId } from "./lang/index.js";

export interface SourceFile {
  /** Path to open. */
  path: string;
  /** Path to report: as given, or the given directory joined with the path found under it. */
  display: string;
  lang: LangId;
}

export type SkipReason =
  "binary" | "too-large" | "not-utf8" | "unreadable" | "unknown-language" | "scanner-error";

export interface Skipped {
  file: string;
  reason: SkipReason;
  message: string;
}

export class MissingPathError extends Error {
  constructor(readonly path: string) {
    super(`no such file or directory: ${path}`);
    this.name = "MissingPathError";
  }
}

const ALWAYS_SKIP = new Set([".git", "node_modules", ".hg", ".svn"]);

interface IgnoreScope {
  base: string;
  ig: Ignore;
}

function loadGitignore(dir: string): Ignore | undefined {
  let text: string;
  try {
    text = readFileSync(join(dir, ".gitignore"), "utf8");
  } catch {
    return undefined;
  }
  return ignore().add(text);
}

function ignored(scopes: IgnoreScope[], abs: string, isDir: boolean): boolean {
  for (const s of scopes) {
    const rel = relative(s.base, abs).split("\\").join("/");
    if (!rel || rel.startsWith("..")) continue;
    if (s.ig.ignores(isDir ? `${rel}/` : rel)) return true;
  }
  return false;
}

/** A file a walk found: `accept` decided what it is (a language, a kind of document...). */
export interface WalkedFile<T> {
  path: string;
  display: string;
  what: T;
}

/**
 * Walks directories the way `antidote scan` does: skips `.git`, `node_modules` and anything a
 * `.gitignore` on the way (or `exclude`, in .gitignore syntax relative to the walked folder)
 * excludes, never follows symbolic links to directories, visits entries in name order, and keeps
 * the files `accept` recognises by name. Unreadable folders are reported, not thrown.
 */
export function walkFiles<T>(
  dirPath: string,
  accept: (name: string) => T | undefined,
  exclude: string[] = [],
): { files: WalkedFile<T>[]; skipped: Skipped[] } {
  const excluded = exclude.length ? ignore().add(exclude) : undefined;
  const files: WalkedFile<T>[] = [];
  const skipped: Skipped[] = [];
  const walk = (dir: string, display: string, scopes: IgnoreScope[]) => {
    const gi = loadGitignore(dir);
    const here = gi ? [...scopes, { base: dir, ig: gi }] : scopes;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      skipped.push({ file: display, reason: "unreadable", message: (e as Error).message });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (ALWAYS_SKIP.has(e.name)) continue;
      const abs = join(dir, e.name);
      const shown = join(display, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const t = statSync(abs);
          isFile = t.isFile();
          isDir = false; // never follow directory links: they can loop
        } catch {
          continue;
        }
      }
      if (ignored(here, abs, isDir)) continue;
      if (isDir) walk(abs, shown, here);
      else if (isFile) {
        const what = accept(e.name);
        if (what !== undefined) files.push({ path: abs, display: shown, what });
      }
    }
  };
  walk(dirPath, dirPath, excluded ? [{ base: dirPath, ig: excluded }] : []);
  return { files, skipped };
}

/**
 * Lists the source files under the given paths (directories are walked as `walkFiles` does).
 * A path given explicitly is taken as is (its language from `lang` or its extension); under a
 * directory, `lang` keeps only the files of that language.
 */
export function listSources(
  inputs: string[],
  lang?: LangId,
  exclude: string[] = [],
): { files: SourceFile[]; skipped: Skipped[] } {
  const files: SourceFile[] = [];
  const skipped: Skipped[] = [];
  for (const input of inputs) {
    let st;
    try {
      st = statSync(input);
    } catch {
      throw new MissingPathError(input);
    }
    if (!st.isDirectory()) {
      const l = lang ?? langFromPath(input);
      if (l) files.push({ path: input, display: input, lang: l });
      else
        skipped.push({
          file: input,
          reason: "unknown-language",
          message: "unknown language (use --lang)",
        });
      continue;
    }
    // Under a directory, --lang selects files of that language; it does not re-label others.
    const walked = walkFiles(
      input,
      (name) => {
        const l = langFromPath(name);
        return l && (!lang || l === lang) ? l : undefined;
      },
      exclude,
    );
    for (const f of walked.files) files.push({ path: f.path, display: f.display, lang: f.what });
    skipped.push(...walked.skipped);
  }
  return { files, skipped };
}

export type ReadResult = { text: string; bytes: number } | Skipped;

const SNIFF = 8192;

/** Reads a source file as UTF-8 text, or says why it is skipped. Never throws. */
export function readSource(path: string, display: string, maxBytes: number): ReadResult {
  let buf: Buffer;
  try {
    const size = statSync(path).size;
    if (size > maxBytes)
      return {
        file: display,
        reason: "too-large",
        message: `${size} bytes is over the --max-file-size limit of ${maxBytes}`,
      };
    buf = readFileSync(path);
  } catch (e) {
    return { file: display, reason: "unreadable", message: (e as Error).message };
  }
  if (buf.subarray(0, SNIFF).includes(0))
    return { file: display, reason: "binary", message: "binary file (NUL bytes)" };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    return { file: display, reason: "not-utf8", message: "not valid UTF-8" };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, bytes: buf.length };
}

/** Parses sizes such as 2MB, 500k, 1048576. */
export function parseSize(s: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?$/i.exec(s.trim());
  if (!m) return undefined;
  const unit = (m[2] ?? "b").toLowerCase()[0];
  const mult = unit === "k" ? 1024 : unit === "m" ? 1024 ** 2 : unit === "g" ? 1024 ** 3 : 1;
  return Math.floor(Number(m[1]) * mult);
}
