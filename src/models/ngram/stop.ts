/**
 * Where a completion ends: at the end of the line, or at the end of the block the prompt
 * opened — a line dedented back to the prompt's level, the closing brace that matches one the
 * prompt left open (after the rest of its line: `});`), or a blank line. Decided on the text
 * lexed as code, so line breaks inside strings and comments (a docstring's blank line) do not
 * count.
 */
import { Kind, lex } from "./tokenize.js";

export type StopMode = "line" | "block" | readonly string[] | undefined;

const OPENERS = "([{";
const CLOSERS = ")]}";

function indentWidth(line: string): number {
  let i = 0;
  while (i < line.length && (line[i] === " " || line[i] === "\t")) i++;
  return i;
}

/** The indentation rule of a block completion for this prompt. */
export interface BlockRule {
  /** Lines at this indentation or less end the block (less only, when `strict`). */
  indent: number;
  strict: boolean;
}

export function blockRule(prompt: string): BlockRule {
  const lines = prompt.split("\n").map((l) => l.replace(/\r$/, ""));
  const cur = lines[lines.length - 1]!;
  if (cur.trim()) return { indent: indentWidth(cur), strict: false };
  let header: string | undefined;
  for (let i = lines.length - 2; i >= 0; i--) {
    if (lines[i]!.trim()) {
      header = lines[i]!;
      break;
    }
  }
  // After `def f():` / `function f() {` the body is everything deeper than the header.
  if (header !== undefined && /[:{([]\s*$/.test(header))
    return { indent: indentWidth(header), strict: false };
  if (cur.length > 0) return { indent: indentWidth(cur), strict: true };
  return { indent: header === undefined ? 0 : indentWidth(header), strict: true };
}

/**
 * Length of `text` (the completion of `prompt` so far) to keep, or -1 while undecided. With
 * `final`, the generation is over: an undecided end keeps everything.
 */
export function stopIndex(prompt: string, text: string, mode: StopMode, final: boolean): number {
  if (mode === undefined) return final ? text.length : -1;
  if (typeof mode !== "string") {
    let cut = -1;
    for (const s of mode) {
      const i = s ? text.indexOf(s) : -1;
      if (i >= 0 && (cut < 0 || i < cut)) cut = i;
    }
    return cut >= 0 ? cut : final ? text.length : -1;
  }
  if (mode === "line") return lineStop(prompt, text, final);
  return blockStop(prompt, text, final);
}

function lineStop(prompt: string, text: string, final: boolean): number {
  const cur = prompt.slice(prompt.lastIndexOf("\n") + 1);
  let content = cur.trim() !== "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\n") {
      if (content) return i > 0 && text[i - 1] === "\r" ? i - 1 : i;
    } else if (c !== " " && c !== "\t" && c !== "\r") content = true;
  }
  return final ? text.length : -1;
}

function blockStop(prompt: string, text: string, final: boolean): number {
  const rule = blockRule(prompt);
  const full = prompt + text;
  const base = prompt.length;
  const kinds: Kind[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  // Brackets the prompt leaves open: only those may be closed by a dedented line.
  let promptOpen = 0;
  lex(full, (k, a, b) => {
    if (b > base) {
      kinds.push(k);
      starts.push(a);
      ends.push(b);
    } else if (k === Kind.Punct)
      for (const ch of full.slice(a, b)) {
        if (OPENERS.includes(ch)) promptOpen++;
        else if (CLOSERS.includes(ch)) promptOpen = Math.max(0, promptOpen - 1);
      }
  });
  let depth = 0;
  let closed = false;
  let content = false;
  for (let t = 0; t < kinds.length; t++) {
    const kind = kinds[t]!;
    const a = starts[t]!;
    if (kind === Kind.Newline && a >= base) {
      if (closed) return a - base;
      if (!content) continue;
      if (t + 1 >= kinds.length) return final ? a - base : -1;
      const next = kinds[t + 1]!;
      if (next === Kind.Newline) return a - base; // a blank line
      const indent = indentWidth(full.slice(a, ends[t]!).replace(/^\r?\n/, ""));
      // Even inside brackets the completion opened: generated code is not always balanced, and
      // real continuation lines are indented past the block's level anyway.
      const dedent = rule.strict ? indent < rule.indent : indent <= rule.indent;
      const nextText = full.slice(starts[t + 1]!, ends[t + 1]!).trimStart();
      // A dedented closer of a bracket the prompt opened belongs to the block (`}` of the
      // function): the brace rule ends it after that line. Any other dedent ends the block.
      const closesPrompt =
        next === Kind.Punct && CLOSERS.includes(nextText[0] ?? "") && promptOpen + depth > 0;
      if (dedent && !closesPrompt) return a - base;
      continue;
    }
    if (kind === Kind.Space || kind === Kind.Newline) continue;
    const piece = full.slice(Math.max(a, base), ends[t]!);
    if (piece.trim()) content = true;
    if (kind !== Kind.Punct) continue;
    for (const ch of piece) {
      if (OPENERS.includes(ch)) depth++;
      // A brace the prompt left open ends the block; a parenthesis (`def f(self` + `):`) does not.
      else if (CLOSERS.includes(ch) && --depth < 0 && ch === "}") closed = true;
    }
  }
  return final ? text.length : -1;
}
