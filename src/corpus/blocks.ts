import { extname } from "node:path";
import type { LangId } from "../scan/lang/index.js";
import { guessLanguage, langFromTag } from "./guess.js";

/** A code block found in documentation or in a fine-tuning row. */
export interface CodeBlock {
  code: string;
  lang: LangId;
  /** 0-based line of the block's first code line in the text it came from. */
  line: number;
}

export type Markup = "markdown" | "rst";

const MARKUP_EXT: Record<string, Markup> = {
  ".md": "markdown",
  ".mdx": "markdown",
  ".markdown": "markdown",
  ".rst": "rst",
};

/** Documentation files whose examples are audited as code. */
export function markupFromPath(path: string): Markup | undefined {
  return MARKUP_EXT[extname(path).toLowerCase()];
}

function blockLang(tag: string, code: string): LangId | undefined {
  const l = langFromTag(tag);
  if (l === null) return undefined;
  return l ?? guessLanguage(code);
}

const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})(.*)$/;

/**
 * Fenced code blocks of a Markdown text (CommonMark fences of backticks or tildes, any
 * indentation up to three spaces, closed by a fence of the same character at least as long, or
 * by the end of the text). The language comes from the info string, else it is guessed.
 */
export function markdownBlocks(text: string): CodeBlock[] {
  const lines = text.split(/\r?\n/);
  const out: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = FENCE_OPEN.exec(lines[i]!);
    if (!m) continue;
    const indent = m[1]!.length;
    const fence = m[2]!;
    const info = m[3]!;
    // A backtick fence's info string may not hold a backtick (that is inline code).
    if (fence[0] === "`" && info.includes("`")) continue;
    const body: string[] = [];
    let j = i + 1;
    const close = new RegExp(`^ {0,3}${fence[0] === "`" ? "`" : "~"}{${fence.length},}\\s*$`);
    for (; j < lines.length && !close.test(lines[j]!); j++) {
      const l = lines[j]!;
      const lead = /^ */.exec(l)![0].length;
      body.push(l.slice(Math.min(indent, lead)));
    }
    const code = body.join("\n");
    const lang = code.trim() ? blockLang(info, code) : undefined;
    if (lang) out.push({ code, lang, line: i + 1 });
    i = j;
  }
  return out;
}

const RST_DIRECTIVE = /^(\s*)\.\.\s+(code-block|code|sourcecode|highlight)::\s*(\S*)\s*$/;

/**
 * Code of a reStructuredText file: `.. code-block:: lang` (and `code`, `sourcecode`) directives
 * and `::` literal blocks (their language guessed), each the indented block that follows.
 */
export function rstBlocks(text: string): CodeBlock[] {
  const lines = text.split(/\r?\n/);
  const out: CodeBlock[] = [];
  const indentOf = (l: string) => /^\s*/.exec(l)![0].length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const d = RST_DIRECTIVE.exec(line);
    const literal = !d && /::\s*$/.test(line) && !/^\s*\.\./.test(line);
    if (!d && !literal) continue;
    if (d && d[2] === "highlight") continue;
    const base = d ? d[1]!.length : indentOf(line);
    let j = i + 1;
    // Directive options (`:linenos:`) and blank lines before the body.
    while (j < lines.length && (/^\s*$/.test(lines[j]!) || (d && /^\s+:\w[\w-]*:/.test(lines[j]!))))
      j++;
    const start = j;
    const body: string[] = [];
    for (; j < lines.length; j++) {
      const l = lines[j]!;
      if (l.trim() && indentOf(l) <= base) break;
      body.push(l);
    }
    while (body.length && !body[body.length - 1]!.trim()) body.pop();
    if (body.length === 0) continue;
    const cut = Math.min(...body.filter((l) => l.trim()).map(indentOf));
    const code = body.map((l) => l.slice(cut)).join("\n");
    const lang = blockLang(d ? d[3]! : "", code);
    if (lang) out.push({ code, lang, line: start });
    i = j - 1;
  }
  return out;
}

export function markupBlocks(text: string, markup: Markup): CodeBlock[] {
  return markup === "rst" ? rstBlocks(text) : markdownBlocks(text);
}

/** Fields of fine-tuning rows that hold text, in the order their blocks are numbered. */
export const INSTRUCTION_FIELDS = [
  "messages",
  "conversations",
  "instruction",
  "input",
  "prompt",
  "output",
  "response",
  "completion",
  "chosen",
  "rejected",
] as const;

/** Fields whose whole text may be code with no fence around it (CodeAlpaca's `output`). */
const ANSWER_FIELDS = new Set(["output", "response", "completion", "chosen", "rejected"]);

/** The texts of chat turns: OpenAI-style `{role, content}` or ShareGPT `{from, value}`. */
function turnTexts(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  const out: string[] = [];
  for (const t of v) {
    if (!t || typeof t !== "object") continue;
    const o = t as Record<string, unknown>;
    const c = o.content ?? o.value ?? o.text;
    if (typeof c === "string") out.push(c);
    else if (Array.isArray(c))
      for (const p of c) {
        const text = p && typeof p === "object" ? (p as Record<string, unknown>).text : undefined;
        if (typeof text === "string") out.push(text);
      }
  }
  return out;
}

/** Whether a row looks like fine-tuning data (chat turns or instruction/response fields). */
export function isInstructionRow(o: Record<string, unknown>): boolean {
  if (Array.isArray(o.messages) || Array.isArray(o.conversations)) return true;
  return INSTRUCTION_FIELDS.some((f) => typeof o[f] === "string");
}

/**
 * Code blocks of a fine-tuning row: Markdown fences in every text field and chat turn; an
 * answer field with no fence that reads as code counts as one block.
 */
export function instructionBlocks(o: Record<string, unknown>): CodeBlock[] {
  const out: CodeBlock[] = [];
  for (const f of INSTRUCTION_FIELDS) {
    const v = o[f];
    const texts = typeof v === "string" ? [v] : turnTexts(v);
    for (const t of texts) {
      const blocks = markdownBlocks(t);
      if (blocks.length) out.push(...blocks);
      else if (ANSWER_FIELDS.has(f)) {
        const lang = guessLanguage(t);
        if (lang) out.push({ code: t, lang, line: 0 });
      }
    }
  }
  return out;
}
