import { hasErrors, kindOf, parseTree, type Node } from "../scan/tree.js";
import { jsDeclared } from "./declared.js";
import type { TargetLanguage } from "./targets.js";

/** Where code can go in a base file, from its syntax tree. */
export interface Layout {
  lines: string[];
  eol: string;
  trailingNewline: boolean;
  /** New imports go before this line (0-based). */
  importAt: number;
  /** A new top-level function may go before each of these lines (lines.length: the end). */
  slots: number[];
  /** Python: a new method may go before each of these lines, at the class body's indentation. */
  methodSlots: MethodSlot[];
  /** JavaScript: the file is an ES module (imports rather than require). */
  esm: boolean;
  /** JavaScript: names the file declares (see jsDeclared). */
  declared: Set<string>;
}

const PY_IMPORTS = new Set([
  "import_statement",
  "import_from_statement",
  "future_import_statement",
]);
const PY_DEFS = new Set(["function_definition", "class_definition", "decorated_definition"]);
const JS_DEFS = new Set([
  "function_declaration",
  "class_declaration",
  "generator_function_declaration",
]);

function isJsImport(n: Node): boolean {
  const k = kindOf(n);
  if (k === "import_statement") return true;
  return (
    (k === "lexical_declaration" || k === "variable_declaration") && /\brequire\s*\(/.test(n.text())
  );
}

function isPreamble(n: Node, lang: TargetLanguage): boolean {
  const k = kindOf(n);
  if (k === "comment" || k === "hash_bang_line") return true;
  // A module docstring or a "use strict" directive.
  return (
    k === "expression_statement" &&
    /^(["'`]|[rRuU]?""")/.test(n.text()) &&
    (lang === "python" || /^["']use strict["']/.test(n.text()))
  );
}

/** Moves a slot up over the comment lines right above it, so a comment stays with its code. */
function aboveComments(lines: string[], line: number, lang: TargetLanguage): number {
  const comment = lang === "python" ? /^\s*#/ : /^\s*(\/\/|\/\*|\*)/;
  let l = line;
  while (l > 0 && comment.test(lines[l - 1]!)) l--;
  return l;
}

export interface MethodSlot {
  line: number;
  indent: string;
}

/** Before each method of each top-level class, and after its last member. */
function classSlots(kids: Node[], lines: string[]): MethodSlot[] {
  const out: MethodSlot[] = [];
  for (const k of kids) {
    const cls = kindOf(k) === "decorated_definition" ? k.field("definition") : k;
    if (!cls || kindOf(cls) !== "class_definition") continue;
    const body = cls.field("body");
    const members = body?.children().filter((c) => kindOf(c) !== "comment") ?? [];
    const first = members[0];
    if (!body || !first || first.range().start.line === cls.range().start.line) continue;
    const indent = /^[ \t]*/.exec(lines[first.range().start.line] ?? "")![0];
    if (!indent) continue;
    for (const m of members)
      if (PY_DEFS.has(kindOf(m)) && m.range().start.column === indent.length)
        out.push({ line: aboveComments(lines, m.range().start.line, "python"), indent });
    out.push({ line: body.range().end.line + 1, indent });
  }
  return out;
}

/** Reads a base file's layout; undefined when it does not parse cleanly. */
export function analyze(text: string, lang: TargetLanguage): Layout | undefined {
  const root = parseTree(lang, text);
  if (hasErrors(root)) return undefined;
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const lines = text.split(/\r?\n/);
  const trailingNewline = lines.length > 1 && lines[lines.length - 1] === "";
  if (trailingNewline) lines.pop();
  const kids = root.children();
  const isImport = (n: Node) => (lang === "python" ? PY_IMPORTS.has(kindOf(n)) : isJsImport(n));
  const isDef = (n: Node) => (lang === "python" ? PY_DEFS.has(kindOf(n)) : JS_DEFS.has(kindOf(n)));
  const firstDef = kids.findIndex(isDef);
  const head = firstDef < 0 ? kids : kids.slice(0, firstDef);
  const lastImport = [...head].reverse().find(isImport);
  let importAt = 0;
  if (lastImport) importAt = lastImport.range().end.line + 1;
  else {
    for (const k of kids) {
      if (!isPreamble(k, lang)) break;
      importAt = k.range().end.line + 1;
    }
  }
  const slots = new Set<number>();
  for (const k of kids) {
    const start = k.range().start;
    if (start.column !== 0 || start.line < importAt || isImport(k) || kindOf(k) === "comment")
      continue;
    if (lang === "python" ? !isDef(k) : isPreamble(k, lang)) continue;
    slots.add(Math.max(importAt, aboveComments(lines, start.line, lang)));
  }
  // The end of the file, or just before a closing `if __name__ == "__main__":` block.
  const last = kids[kids.length - 1];
  if (
    lang === "python" &&
    last &&
    kindOf(last) === "if_statement" &&
    /^if\s+__name__\s*==/.test(last.text())
  )
    slots.add(Math.max(importAt, aboveComments(lines, last.range().start.line, lang)));
  else slots.add(lines.length);
  const ok = [...slots].filter((s) => lang === "python" || !/^\s*[([`]/.test(lines[s] ?? ""));
  return {
    lines,
    eol,
    trailingNewline,
    importAt,
    slots: ok.sort((a, b) => a - b),
    methodSlots: lang === "python" ? classSlots(kids, lines) : [],
    esm:
      lang === "javascript" &&
      kids.some((k) => ["import_statement", "export_statement"].includes(kindOf(k))),
    declared: lang === "javascript" ? jsDeclared(text) : new Set(),
  };
}

/** `const x = require("m");` as an ES import, for module files. */
export function toEsmImport(line: string): string {
  const m =
    /^(?:const|let|var)\s+(\{[^}]*\}|[\w$]+)\s*=\s*require\(\s*(["'][^"']+["'])\s*\)\s*;?\s*$/.exec(
      line,
    );
  if (!m) return line;
  const what = m[1]!.startsWith("{") ? m[1]!.replace(/\s*:\s*/g, " as ") : m[1]!;
  return `import ${what} from ${m[2]};`;
}

export interface Insertion {
  text: string;
  /** 1-based inclusive line range of the inserted block. */
  block: [number, number];
  /** Other inserted ranges (imports). */
  extra: [number, number][];
}

const blank = (l: string | undefined) => l !== undefined && l.trim() === "";

/**
 * Inserts `block` before line `slot` and the imports the file lacks at `importAt`, with the blank
 * lines the language expects around a top-level definition (two in Python, one in JavaScript).
 */
export function insertBlock(
  layout: Layout,
  lang: TargetLanguage,
  slot: number,
  block: string[],
  imports: string[],
  pad = lang === "python" ? 2 : 1,
): Insertion {
  const { lines } = layout;
  const present = new Set(lines.map((l) => l.trim()));
  const wanted = imports.map((i) => (layout.esm ? toEsmImport(i) : i));
  // A JavaScript import of a name the file already declares would be a redeclaration.
  const redeclares = (l: string) =>
    lang === "javascript" && [...jsDeclared(l)].some((n) => layout.declared.has(n));
  const add = wanted.filter(
    (l, i) => !present.has(l.trim()) && wanted.indexOf(l) === i && !redeclares(l),
  );
  const out: string[] = lines.slice(0, layout.importAt);
  const extra: [number, number][] = [];
  if (add.length) {
    const prev = out[out.length - 1];
    const importish = (l: string | undefined) =>
      l !== undefined && /^(import|from|const|let|var)\b/.test(l);
    if (prev !== undefined && !blank(prev) && !importish(prev)) out.push("");
    extra.push([out.length + 1, out.length + add.length]);
    out.push(...add);
    const next = lines[layout.importAt];
    if (next !== undefined && !blank(next) && !importish(next)) out.push("");
  }
  out.push(...lines.slice(layout.importAt, slot));
  if (out.length) {
    let trailing = 0;
    for (let i = out.length - 1; i >= 0 && blank(out[i]); i--) trailing++;
    for (let i = trailing; i < pad; i++) out.push("");
  }
  const start = out.length + 1;
  out.push(...block);
  const rest = lines.slice(slot);
  if (rest.length) {
    let leading = 0;
    while (leading < rest.length && blank(rest[leading])) leading++;
    for (let i = leading; i < pad; i++) out.push("");
  }
  out.push(...rest);
  const trailingNewline = layout.trailingNewline || rest.length === 0;
  return {
    text: out.join(layout.eol) + (trailingNewline ? layout.eol : ""),
    block: [start, start + block.length - 1],
    extra,
  };
}
