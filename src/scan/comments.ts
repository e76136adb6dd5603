import { kindOf, type Node as SgNode } from "./tree.js";
import type { LanguageProfile } from "./lang/index.js";

/**
 * Code recovered from a comment block or docstring. Line i of `code` came from source line
 * `lines[i]` (0-based), starting at column `cols[i]`; prefix lines map to -1.
 */
export interface CommentSnippet {
  code: string;
  lines: number[];
  cols: number[];
  /** The comment or docstring node in the real file. */
  anchor?: SgNode;
}

interface Raw {
  line: number;
  col: number;
  text: string;
}

const LINE_MARKER = /^(\/\/[/!]?|#!?|--|;+)/;
const FENCE = /^\s*(```|~~~)/;
const DOCTEST = /^(>>>|\.\.\.)( |$)/;
const PROSE_START =
  /^(else|try|finally|except|import|from|return|def|class|if|for|while|const|let|var|function|async|await|public|private|static|try|with|elif|else|package|func|use|require|include|#include|echo|puts|print|raise|throw)\b/;

function htmlDecode(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Strips comment markers, doc tags and doctest prompts from each raw line. */
function clean(raw: Raw[], kind: "line" | "block" | "doc"): Raw[] {
  return raw.map((r, i) => {
    let t = r.text;
    let col = r.col;
    const cut = (n: number) => {
      t = t.slice(n);
      col += n;
    };
    const lead = /^\s*/.exec(t)![0].length;
    if (kind === "line") {
      cut(lead);
      const m = LINE_MARKER.exec(t);
      if (m) cut(m[0].length);
    } else if (kind === "block") {
      if (i === 0) {
        const m = /^\s*\/\*+!?/.exec(t) ?? /^\s*=begin\b/.exec(t);
        if (m) cut(m[0].length);
      } else {
        const m = /^\s*\*(?!\/)/.exec(t);
        if (m) cut(m[0].length);
      }
      t = t.replace(/\*+\/\s*$/, "").replace(/^=end\b.*$/, "");
    } else if (i === 0) {
      const m = /^\s*[rRbBuUfF]{0,2}("""|'''|"|')/.exec(t);
      if (m) cut(m[0].length);
    }
    if (kind === "doc" && i === raw.length - 1) t = t.replace(/("""|'''|"|')\s*$/, "");
    // Doc markup around examples: fences, JSDoc/Javadoc/XML-doc tags.
    if (FENCE.test(t) || /^\s*@example\b/.test(t)) t = "";
    t = t.replace(/<\/?(pre|code|example|c)>|\{@code\s?/g, (m) => " ".repeat(m.length));
    if (kind !== "doc") t = htmlDecode(t);
    const stripped = /^\s*/.exec(t)![0].length;
    const body = t.slice(stripped);
    if (DOCTEST.test(body)) {
      const n = stripped + Math.min(4, body.length);
      cut(n);
    }
    return { line: r.line, col, text: t };
  });
}

function dedent(lines: Raw[]): Raw[] {
  let min = Infinity;
  for (const l of lines) {
    if (!l.text.trim()) continue;
    min = Math.min(min, /^[ \t]*/.exec(l.text)![0].length);
  }
  if (!Number.isFinite(min) || min === 0) return lines;
  return lines.map((l) =>
    l.text.trim()
      ? { line: l.line, col: l.col + min, text: l.text.slice(min) }
      : { ...l, text: "" },
  );
}

/** A docstring's first line sits right after the quotes; indent it like the lines below. */
function alignFirst(lines: Raw[]): Raw[] {
  if (lines.length < 2 || !lines[0]!.text.trim()) return lines;
  const rest = lines.slice(1).filter((l) => l.text.trim());
  if (rest.length === 0) return lines;
  const indent = Math.min(...rest.map((l) => /^[ \t]*/.exec(l.text)![0].length));
  const first = lines[0]!;
  const trimmed = first.text.trimStart();
  return [
    {
      line: first.line,
      col: first.col + (first.text.length - trimmed.length) - indent,
      text: " ".repeat(indent) + trimmed,
    },
    ...lines.slice(1),
  ];
}

function toSnippet(lines: Raw[], prefix: string | undefined): CommentSnippet | undefined {
  if (!lines.some((l) => l.text.trim())) return undefined;
  const pre = prefix ? prefix.split("\n").slice(0, -1) : [];
  return {
    code: [...pre, ...lines.map((l) => l.text)].join("\n"),
    lines: [...pre.map(() => -1), ...lines.map((l) => l.line)],
    cols: [...pre.map(() => 0), ...lines.map((l) => l.col)],
  };
}

/** A line that reads as an English sentence rather than code. */
export function isProse(text: string): boolean {
  const t = text.trim();
  if (!t || PROSE_START.test(t)) return false;
  const words = t.split(/\s+/).length;
  const code = (t.match(/[=(){}[\];<>$`"']/g) ?? []).length;
  // "Example::", "Usage:" and other headings introduce code without being code; so do tags
  // such as "TODO: ...", "Note: ..." and test annotations ("expect: CWE-89").
  if (/^[A-Za-z][\w -]*::?$/.test(t)) return true;
  if (
    /^(todo|note|fixme|xxx|hack|warning|nb|see|example|usage|expect|expect-comment|ok|ruleid|todoruleid)\b[\w-]*\s*:/i.test(
      t,
    )
  )
    return true;
  // An assignment or a dotted name is code even with few punctuation marks:
  // `chars = string.ascii_letters + string.digits`.
  if (
    /^[A-Za-z_$][\w$.[\]]*\s*[-+*/%|&]?=(?!=)/.test(t) ||
    /[A-Za-z_]\w*\.[A-Za-z_]\w*/.test(t.replace(/\.\s.*$/, ""))
  )
    return false;
  return words >= 4 && code <= 1;
}

/**
 * Splits a snippet into runs of code-like lines, so prose around an example does not swallow it
 * when the whole block fails to parse.
 */
export function codeSegments(
  snippet: CommentSnippet,
  prefix: string | undefined,
): CommentSnippet[] {
  const pre = prefix ? prefix.split("\n").length - 1 : 0;
  const textLines = snippet.code.split("\n");
  const raws: Raw[] = textLines
    .map((text, i) => ({ line: snippet.lines[i]!, col: snippet.cols[i]!, text }))
    .slice(pre);
  const out: CommentSnippet[] = [];
  let run: Raw[] = [];
  let prose = 0;
  const flush = () => {
    const s = toSnippet(dedent(run), prefix);
    if (s) out.push(s);
    run = [];
  };
  for (const r of raws) {
    if (isProse(r.text)) {
      prose++;
      flush();
    } else run.push(r);
  }
  flush();
  return prose > 0 ? out.map((o) => ({ ...o, anchor: snippet.anchor })) : [];
}

/** The rule that finds comments and docstrings in a tree of the profile's language. */
export function commentRule(prof: LanguageProfile): Record<string, unknown> {
  const kinds: object[] = prof.commentKinds.map((kind) => ({ kind }));
  if (prof.docstringKinds)
    kinds.push({
      kind: prof.docstringKinds.string,
      inside: { kind: prof.docstringKinds.statement },
    });
  return { any: kinds };
}

/**
 * Code-like text of comment blocks and docstrings (`nodes`, those of one file) that mention one
 * of the words in `keywords`, ready to be parsed in the file's language.
 */
export function commentSnippets(
  found: SgNode[],
  source: string,
  prof: LanguageProfile,
  keywords: RegExp,
): CommentSnippet[] {
  const nodes = found.filter((n) => keywords.test(n.text()));
  if (nodes.length === 0) return [];
  const srcLines = source.split("\n");
  const done = new Set<number>();
  const out: CommentSnippet[] = [];
  for (const node of nodes) {
    const { start, end } = node.range();
    if (done.has(start.line)) continue;
    const text = node.text();
    const isDoc = prof.docstringKinds !== undefined && kindOf(node) === prof.docstringKinds.string;
    const lineMarker = !isDoc && start.line === end.line ? LINE_MARKER.exec(text)?.[0] : undefined;
    let raw: Raw[];
    let kind: "line" | "block" | "doc";
    if (lineMarker && !text.startsWith("/*")) {
      kind = "line";
      const prefixBefore = (srcLines[start.line] ?? "").slice(0, start.column);
      if (prefixBefore.trim()) {
        raw = [{ line: start.line, col: start.column, text }]; // trailing comment after code
      } else {
        const isMarked = (i: number) => (srcLines[i] ?? "").trimStart().startsWith(lineMarker);
        let a = start.line;
        let b = start.line;
        while (a > 0 && isMarked(a - 1)) a--;
        while (b + 1 < srcLines.length && isMarked(b + 1)) b++;
        raw = [];
        for (let i = a; i <= b; i++) raw.push({ line: i, col: 0, text: srcLines[i] ?? "" });
      }
    } else {
      kind = isDoc ? "doc" : "block";
      const parts = text.split("\n");
      raw = parts.map((t, i) => ({
        line: start.line + i,
        col: i === 0 ? start.column : 0,
        text: t,
      }));
    }
    for (const r of raw) done.add(r.line);
    let lines = clean(raw, kind);
    if (kind !== "line") lines = alignFirst(lines);
    // With doctest prompts present, only prompted lines are code; the rest is prose and output.
    if (raw.some((r) => DOCTEST.test(r.text.trim())))
      lines = lines.map((l, i) =>
        DOCTEST.test((raw[i]?.text ?? "").trim()) ? l : { ...l, text: "" },
      );
    const snippet = toSnippet(dedent(lines), prof.snippetPrefix);
    if (snippet) out.push({ ...snippet, anchor: node });
  }
  return out;
}
