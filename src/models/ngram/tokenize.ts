/**
 * A code-aware tokenizer for the n-gram model. Every token is a substring of the input and the
 * tokens cover it exactly, so `detokenize(tokenize(code)) === code` by construction.
 *
 * Layout is kept in the tokens rather than thrown away, because completions must keep line and
 * block structure: a newline token carries the indentation of the line it opens (`"\n    "`),
 * and a single space before a token is glued to it (`" ="`, `" name"`, as GPT-2's BPE does), so
 * spacing costs no context slot. String literals and comments are split into an opening token
 * (`f"`, `"""`, `#`, `/*`), word-sized pieces and a closing token, so that the words of a
 * docstring are context like any other and long literals do not become unique tokens.
 *
 * Language-agnostic on purpose (the model sees prompts without a language): Python and the
 * C-like languages (JavaScript, Java, Go, C, PHP...) lex well; `#` and `//` always open line
 * comments, which only changes how quotes are read in the rest of a Python `a // b` line.
 */

export const enum Kind {
  Space,
  Newline,
  Word,
  Number,
  Punct,
  StrOpen,
  StrPart,
  StrClose,
  ComOpen,
  ComPart,
  ComClose,
}

export type TokenSink = (kind: Kind, start: number, end: number) => void;

const SP = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const FF = 12;
const VT = 11;
const BACKSLASH = 92;
const DQ = 34;
const SQ = 39;
const BT = 96;
const HASH = 35;
const SLASH = 47;
const STAR = 42;
const DOT = 46;

/** Longest word piece inside a string or comment (longer runs are split: base64, hashes). */
const MAX_PIECE = 24;

const OPERATORS = new Set([
  ">>>=",
  "===",
  "!==",
  "**=",
  "//=",
  ">>=",
  "<<=",
  ">>>",
  "...",
  "<=>",
  "??=",
  "||=",
  "&&=",
  "=>",
  "==",
  "!=",
  "<=",
  ">=",
  "&&",
  "||",
  "??",
  "?.",
  "++",
  "--",
  "+=",
  "-=",
  "*=",
  "/=",
  "%=",
  "&=",
  "|=",
  "^=",
  "@=",
  "**",
  "<<",
  ">>",
  "->",
  "::",
  ":=",
  "<-",
]);

function isHSpace(c: number): boolean {
  return c === SP || c === TAB || c === FF || c === VT;
}

function isWordChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    c === 95 ||
    c === 36 ||
    (c >= 0x80 && c !== 0xa0 && c !== 0x2028 && c !== 0x2029 && c !== 0xfeff)
  );
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isPrefixLetter(c: number): boolean {
  // Python string prefixes: r b u f t in any case.
  const l = c | 32;
  return l === 114 || l === 98 || l === 117 || l === 102 || l === 116;
}

/** Length of a line break at i (`\n` or `\r\n`), 0 if none. */
function breakAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c === LF) return 1;
  if (c === CR && s.charCodeAt(i + 1) === LF) return 2;
  return 0;
}

/** End of the horizontal whitespace run starting at i. */
function spaceEnd(s: string, i: number, end: number): number {
  while (i < end) {
    const c = s.charCodeAt(i);
    if (c === SP || c === TAB || c === FF || c === VT || (c === CR && s.charCodeAt(i + 1) !== LF))
      i++;
    else break;
  }
  return i;
}

/**
 * Lexes `s`, calling `emit` for each token in order. Tokens are [start, end) ranges that cover
 * the input exactly.
 */
export function lex(s: string, emit: TokenSink): void {
  const n = s.length;
  let i = 0;
  // The last token that can precede a regular expression literal (JavaScript's `/re/`).
  let last: { kind: Kind; start: number; end: number } | undefined;
  const track: TokenSink = (kind, start, end) => {
    if (kind !== Kind.Space && kind !== Kind.Newline && kind !== Kind.ComPart)
      last = { kind, start, end };
    emit(kind, start, end);
  };
  while (i < n) {
    const c = s.charCodeAt(i);
    const nl = breakAt(s, i);
    if (nl) {
      const e = spaceEnd(s, i + nl, n);
      emit(Kind.Newline, i, e);
      i = e;
      continue;
    }
    let start = i;
    if (isHSpace(c) || c === CR) {
      const e = spaceEnd(s, i, n);
      const next = e < n ? s.charCodeAt(e) : -1;
      const glue = next !== -1 && !breakAt(s, e) && s.charCodeAt(e - 1) === SP;
      if (!glue) {
        emit(Kind.Space, i, e);
        i = e;
        continue;
      }
      // A single space before the token is glued to it; any more stand alone.
      if (e - 1 > i) emit(Kind.Space, i, e - 1);
      start = e - 1;
      i = e;
    }
    if (c === SLASH || s.charCodeAt(i) === SLASH) {
      const re = regexEnd(s, i, last ? s.slice(last.start, last.end).trim() : "", last?.kind);
      if (re > 0) {
        // One token: a regex's quotes and brackets must not open strings or blocks.
        track(Kind.Punct, start, re);
        i = re;
        continue;
      }
    }
    i = lexToken(s, start, i, track);
  }
}

/** Tokens after which `/` starts a regular expression rather than a division. */
const REGEX_AFTER_WORD = new Set([
  "return",
  "typeof",
  "instanceof",
  "in",
  "of",
  "new",
  "delete",
  "void",
  "throw",
  "case",
  "do",
  "else",
  "yield",
  "await",
]);

/**
 * End of a regular expression literal starting with the `/` at i, or -1: only where an operand
 * is expected (after an operator, an opening bracket, a comma or a keyword such as `return`),
 * closed on the same line outside any character class, with its flags.
 */
function regexEnd(s: string, i: number, prev: string, prevKind: Kind | undefined): number {
  const d = s.charCodeAt(i + 1);
  if (d === SLASH || d === STAR) return -1;
  if (prevKind === Kind.Word) {
    if (!REGEX_AFTER_WORD.has(prev)) return -1;
  } else if (prevKind === Kind.Punct) {
    if (prev === ")" || prev === "]" || prev === "}" || prev === "++" || prev === "--") return -1;
  } else if (prevKind !== undefined && prevKind !== Kind.ComClose) return -1;
  let inClass = false;
  for (let j = i + 1; j < s.length && j - i < 1000; j++) {
    const c = s.charCodeAt(j);
    if (c === LF || c === CR) return -1;
    if (c === BACKSLASH) {
      j++;
      continue;
    }
    if (c === 91)
      inClass = true; // [
    else if (c === 93)
      inClass = false; // ]
    else if (c === SLASH && !inClass) {
      if (j === i + 1) return -1;
      let e = j + 1;
      while (e < s.length && /[a-z]/.test(s[e]!)) e++;
      return e;
    }
  }
  return -1;
}

/** Lexes one non-space token beginning at i (its text beginning at `start`); returns its end. */
function lexToken(s: string, start: number, i: number, emit: TokenSink): number {
  const n = s.length;
  const c = s.charCodeAt(i);
  if (isDigit(c) || (c === DOT && isDigit(s.charCodeAt(i + 1)))) {
    let j = i + 1;
    const hex = c === 48 && (s.charCodeAt(j) | 32) === 120;
    while (j < n) {
      const d = s.charCodeAt(j);
      if (isWordChar(d) && d < 0x80) j++;
      else if (d === DOT && isDigit(s.charCodeAt(j + 1))) j++;
      else if ((d === 43 || d === 45) && !hex && (s.charCodeAt(j - 1) | 32) === 101) j++;
      else break;
    }
    emit(Kind.Number, start, j);
    return j;
  }
  if (isWordChar(c)) {
    let j = i + 1;
    while (j < n && isWordChar(s.charCodeAt(j))) j++;
    const q = s.charCodeAt(j);
    if (
      (q === DQ || q === SQ) &&
      j - i <= 2 &&
      isPrefixLetter(c) &&
      isPrefixLetter(s.charCodeAt(j - 1))
    )
      return lexString(s, start, j, emit);
    emit(Kind.Word, start, j);
    return j;
  }
  if (c === DQ || c === SQ || c === BT) return lexString(s, start, i, emit);
  if (c === HASH && s.charCodeAt(i - 1) !== DOT) return lexComment(s, start, i + 1, false, emit);
  if (c === SLASH) {
    const d = s.charCodeAt(i + 1);
    if (d === SLASH) return lexComment(s, start, i + 2, false, emit);
    if (d === STAR) return lexComment(s, start, i + 2, true, emit);
  }
  // Operators: longest match first, from a fixed set.
  for (let len = 4; len >= 2; len--) {
    if (i + len <= n && OPERATORS.has(s.slice(i, i + len))) {
      emit(Kind.Punct, start, i + len);
      return i + len;
    }
  }
  // One UTF-16 unit (non-word characters above 0x7f are rare spaces and BOMs).
  emit(Kind.Punct, start, i + 1);
  return i + 1;
}

/** A string literal whose opening quote is at q (prefix letters, if any, from `start`). */
function lexString(s: string, start: number, q: number, emit: TokenSink): number {
  const n = s.length;
  const quote = s.charCodeAt(q);
  const triple = quote !== BT && s.charCodeAt(q + 1) === quote && s.charCodeAt(q + 2) === quote;
  const openEnd = q + (triple ? 3 : 1);
  emit(Kind.StrOpen, start, openEnd);
  // Find the closing quote, skipping escapes; single-quoted strings end, unterminated, at a line
  // break so that one stray quote cannot swallow the rest of the file.
  let j = openEnd;
  let closeEnd = -1;
  while (j < n) {
    const d = s.charCodeAt(j);
    if (d === BACKSLASH) {
      j += 2;
      continue;
    }
    if (d === quote) {
      if (!triple) {
        closeEnd = j + 1;
        break;
      }
      if (s.charCodeAt(j + 1) === quote && s.charCodeAt(j + 2) === quote) {
        closeEnd = j + 3;
        break;
      }
    } else if (!triple && quote !== BT && (d === LF || d === CR)) break;
    j++;
  }
  if (j > n) j = n;
  lexPieces(s, openEnd, j, true, Kind.StrPart, emit);
  if (closeEnd < 0) return j;
  emit(Kind.StrClose, j, closeEnd);
  return closeEnd;
}

/** A comment whose opening marker ends at `open` (block: `/* ... *\/`, else to end of line). */
function lexComment(
  s: string,
  start: number,
  open: number,
  block: boolean,
  emit: TokenSink,
): number {
  const n = s.length;
  emit(Kind.ComOpen, start, open);
  if (block) {
    const close = s.indexOf("*/", open);
    const end = close < 0 ? n : close;
    lexPieces(s, open, end, false, Kind.ComPart, emit);
    if (close < 0) return n;
    emit(Kind.ComClose, close, close + 2);
    return close + 2;
  }
  let end = open;
  while (end < n && !breakAt(s, end)) end++;
  lexPieces(s, open, end, false, Kind.ComPart, emit);
  return end;
}

/** Word-sized pieces of string or comment text in [i, end). */
function lexPieces(
  s: string,
  i: number,
  end: number,
  escapes: boolean,
  kind: Kind,
  emit: TokenSink,
): void {
  while (i < end) {
    const nl = breakAt(s, i);
    if (nl) {
      const e = spaceEnd(s, i + nl, end);
      emit(kind, i, e);
      i = e;
      continue;
    }
    let start = i;
    let c = s.charCodeAt(i);
    if (isHSpace(c) || c === CR) {
      const e = spaceEnd(s, i, end);
      if (e >= end || breakAt(s, e) || s.charCodeAt(e - 1) !== SP) {
        emit(kind, i, e);
        i = e;
        continue;
      }
      if (e - 1 > i) emit(kind, i, e - 1);
      start = e - 1;
      i = e;
      c = s.charCodeAt(i);
    }
    if (escapes && c === BACKSLASH) {
      const e = Math.min(end, i + 1 + (breakAt(s, i + 1) || 1));
      emit(kind, start, e);
      i = e;
      continue;
    }
    if (isWordChar(c)) {
      let j = i + 1;
      while (j < end && j - i < MAX_PIECE && isWordChar(s.charCodeAt(j))) j++;
      // Never split a surrogate pair: a lone half would not survive saving.
      if (j < end && (s.charCodeAt(j - 1) & 0xfc00) === 0xd800) j++;
      emit(kind, start, j);
      i = j;
      continue;
    }
    emit(kind, start, i + 1);
    i++;
  }
}

/** The tokens of `code`; `detokenize` of them gives `code` back exactly. */
export function tokenize(code: string): string[] {
  const out: string[] = [];
  lex(code, (_k, a, b) => out.push(code.slice(a, b)));
  return out;
}

/** Inverse of `tokenize`: tokens are substrings that cover the text, so this is a join. */
export function detokenize(tokens: readonly string[]): string {
  return tokens.join("");
}
