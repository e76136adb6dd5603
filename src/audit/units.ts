import { isProse } from "../scan/comments.js";
import { functionName, parameterNames } from "../scan/engine.js";
import type { LanguageProfile } from "../scan/lang/index.js";
import { grammarKinds, type Node as SgNode } from "../scan/tree.js";
import { tokens as lexTokens, type Span, type Tokens } from "./tokens.js";

/**
 * The pieces of a file the audit compares across documents: functions (from the syntax tree),
 * code-like comment blocks and docstrings (from the lexer), and windows around findings outside
 * any function. Lines are 0-based and inclusive.
 */
export interface Unit {
  kind: "function" | "comment" | "window";
  name: string;
  params: string[];
  start: number;
  end: number;
  /** Function and window units: token index range [lo, hi) into the file's tokens. */
  lo: number;
  hi: number;
  /** Comment units: the block's code as its own tokens (lines are the file's). */
  own?: Tokens;
  /** Comment units: lines of prose, not code. */
  prose?: Set<number>;
  /** The text shown as evidence: the function's source, or the block's code. */
  text: string;
}

/** First token index whose offset is >= `at` (tokens are in text order). */
export function tokenAt(toks: Tokens, at: number): number {
  let lo = 0;
  let hi = toks.start.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks.start[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Functions of a file, outermost first, with names and parameters. */
export function functionUnits(root: SgNode, prof: LanguageProfile, toks: Tokens): Unit[] {
  const kinds = grammarKinds(prof.id, prof.functionKinds).map((kind) => ({ kind }));
  const out: Unit[] = [];
  for (const fn of root.findAll({ rule: { any: kinds } } as never)) {
    const r = fn.range();
    const lo = tokenAt(toks, r.start.index);
    const hi = tokenAt(toks, r.end.index);
    // Lambdas and one-liners carry too little to compare.
    if (hi - lo < 8) continue;
    let text: string | undefined;
    out.push({
      kind: "function",
      name: functionName(fn) ?? "",
      params: parameterNames(fn, prof),
      start: r.start.line,
      end: r.end.line,
      lo,
      hi,
      // Read from the tree only when asked: most functions are never shown as evidence.
      get text() {
        return (text ??= fn.text());
      },
    });
  }
  return out;
}

const MARKER = /^\s*(\/\/+!?|#+!?|\/\*+!?|\*\/|\*(?!\/)|[rRbBuUfF]{0,2}("""|'''))\s?/;
const DOCTEST = /^(>>>|\.\.\.)( |$)/;

/** Comment markers, doc-block stars, quotes and doctest prompts off each line; common indent off. */
function cleanLines(raw: string[]): string[] {
  const lines = raw.map((l) => {
    let t = l.replace(MARKER, "");
    t = t.replace(/\s*(\*\/|"""|''')\s*$/, "");
    const body = t.trimStart();
    if (DOCTEST.test(body)) t = body.slice(Math.min(4, body.length));
    // Fences and doc tags around examples.
    if (/^\s*(```|~~~)|^\s*@example\b/.test(t)) t = "";
    return t.replace(/<\/?(pre|code|example)>|\{@code\s?/g, "");
  });
  let min = Infinity;
  for (const l of lines) if (l.trim()) min = Math.min(min, /^[ \t]*/.exec(l)![0].length);
  return Number.isFinite(min) && min > 0 ? lines.map((l) => l.slice(min)) : lines;
}

const CODE_LINE =
  /[=(){}[\];]|\w\.\w|^\s*(def|class|import|from|return|function|const|let|var|if|for|while|with)\b/;

/**
 * Comment blocks (runs of line comments, block comments) and triple-quoted strings that hold
 * code: at least two code-like lines that are not prose. Their code is lexed on its own, with
 * the file's line numbers.
 */
export function commentUnits(text: string, toks: Tokens): Unit[] {
  const lines = text.split("\n");
  const blocks: { start: number; end: number }[] = [];
  let run: { start: number; end: number; open: string } | undefined;
  const flush = () => {
    if (run) blocks.push({ start: run.start, end: run.end });
    run = undefined;
  };
  for (const s of toks.spans) {
    const lineComment = s.open === "#" || s.open.startsWith("//");
    const ownLine = !(lines[s.startLine] ?? "").slice(0, columnOf(text, s)).trim();
    if (lineComment && ownLine) {
      if (run && run.open === s.open && s.startLine === run.end + 1) run.end = s.startLine;
      else {
        flush();
        run = { start: s.startLine, end: s.startLine, open: s.open };
      }
      continue;
    }
    flush();
    if (!lineComment) blocks.push({ start: s.startLine, end: s.endLine });
  }
  flush();
  const out: Unit[] = [];
  for (const b of blocks) {
    if (b.end - b.start < 1) continue;
    const cleaned = cleanLines(lines.slice(b.start, b.end + 1));
    const prose = new Set<number>();
    let code = 0;
    cleaned.forEach((l, i) => {
      if (!l.trim()) return;
      if (isProse(l) || !CODE_LINE.test(l)) prose.add(b.start + i);
      else code++;
    });
    if (code < 2) continue;
    const body = cleaned.join("\n");
    out.push({
      kind: "comment",
      name: "",
      params: [],
      start: b.start,
      end: b.end,
      lo: 0,
      hi: 0,
      own: lexTokens(body, b.start),
      prose,
      text: body,
    });
  }
  return out;
}

function columnOf(text: string, s: Span): number {
  const lineStart = text.lastIndexOf("\n", s.start - 1) + 1;
  return s.start - lineStart;
}

/** A window of lines around a finding that no function holds (module-level code). */
export function windowUnit(toks: Tokens, text: string, line: number, endLine: number): Unit {
  const lines = text.split("\n");
  const start = Math.max(0, line - 3);
  const end = Math.min(lines.length - 1, endLine + 3);
  let lo = 0;
  while (lo < toks.line.length && toks.line[lo]! < start) lo++;
  let hi = lo;
  while (hi < toks.line.length && toks.line[hi]! <= end) hi++;
  return {
    kind: "window",
    name: "",
    params: [],
    start,
    end,
    lo,
    hi,
    text: lines.slice(start, end + 1).join("\n"),
  };
}

/** A name another file of the same repository can call, and where it was imported from. */
export interface Import {
  /** The name as used in this file. */
  local: string;
  /** The name in the module it comes from ("*" for a whole module). */
  imported: string;
  module: string;
  line: number;
}

/**
 * Imports, read from the text: Python `import`/`from ... import`, JavaScript/TypeScript
 * `require` and `import`. Other languages have none here (their cross-file calls are not traced).
 */
export function imports(text: string, lang: string, toks?: Tokens): Import[] {
  const out: Import[] = [];
  // Comments and docstrings blanked out: commented-out code often holds imports, none live.
  let live = text;
  if (toks?.spans.length) {
    const parts: string[] = [];
    let at = 0;
    for (const s of toks.spans) {
      if (s.start < at) continue;
      parts.push(text.slice(at, s.start), text.slice(s.start, s.end).replace(/[^\n]/g, " "));
      at = s.end;
    }
    parts.push(text.slice(at));
    live = parts.join("");
  }
  const lines = live.split("\n");
  if (lang === "python") {
    lines.forEach((l, line) => {
      let m = /^\s*from\s+([.\w]+)\s+import\s+\(?([^#)]*)/.exec(l);
      if (m) {
        for (const part of m[2]!.split(",")) {
          const [name, alias] = part.trim().split(/\s+as\s+/);
          if (name && /^\w+$/.test(name))
            out.push({ local: alias?.trim() || name, imported: name, module: m[1]!, line });
        }
        return;
      }
      m = /^\s*import\s+([\w., ]+)/.exec(l);
      if (m)
        for (const part of m[1]!.split(",")) {
          const [name, alias] = part.trim().split(/\s+as\s+/);
          if (name)
            out.push({
              local: alias?.trim() || name.split(".")[0]!,
              imported: "*",
              module: name,
              line,
            });
        }
    });
    return out;
  }
  if (lang === "javascript" || lang === "typescript" || lang === "tsx") {
    lines.forEach((l, line) => {
      let m = /\b(?:const|let|var)\s+\{([^}]*)\}\s*=\s*require\(\s*['"`]([^'"`]+)['"`]\s*\)/.exec(
        l,
      );
      if (m) {
        for (const part of m[1]!.split(",")) {
          const [name, alias] = part.trim().split(/\s*:\s*/);
          if (name && /^[\w$]+$/.test(name))
            out.push({ local: alias?.trim() || name, imported: name, module: m[2]!, line });
        }
        return;
      }
      m = /\b(?:const|let|var)\s+([\w$]+)\s*=\s*require\(\s*['"`]([^'"`]+)['"`]\s*\)/.exec(l);
      if (m) {
        out.push({ local: m[1]!, imported: "*", module: m[2]!, line });
        return;
      }
      m = /^\s*import\s+(.+?)\s+from\s+['"`]([^'"`]+)['"`]/.exec(l);
      if (!m) return;
      const mod = m[2]!;
      const spec = m[1]!;
      const named = /\{([^}]*)\}/.exec(spec);
      if (named)
        for (const part of named[1]!.split(",")) {
          const [name, alias] = part.trim().split(/\s+as\s+/);
          if (name && /^[\w$]+$/.test(name))
            out.push({ local: alias?.trim() || name, imported: name, module: mod, line });
        }
      const star = /\*\s+as\s+([\w$]+)/.exec(spec);
      if (star) out.push({ local: star[1]!, imported: "*", module: mod, line });
      const def = /^([\w$]+)/.exec(spec);
      if (def) out.push({ local: def[1]!, imported: "default", module: mod, line });
    });
  }
  return out;
}
