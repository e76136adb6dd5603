/**
 * Rust's regex crate builds Unicode tables for `\w`, `\s`, `\d` and `\b`; ast-grep compiles every
 * rule's regexes on every call, so those tables cost 0.2–0.5 ms per rule per file (measured:
 * 240 µs vs 66 µs for the URL-credential regex). Code is ASCII where these classes matter, so
 * rewrite them to ASCII classes before handing regexes to ast-grep.
 */
const OUTSIDE: Record<string, string> = {
  w: "[0-9A-Za-z_]",
  W: "[^0-9A-Za-z_]",
  d: "[0-9]",
  D: "[^0-9]",
  s: "[\\t\\n\\v\\f\\r ]",
  S: "[^\\t\\n\\v\\f\\r ]",
  b: "(?-u:\\b)",
  B: "(?-u:\\B)",
};
const INSIDE: Record<string, string> = { w: "0-9A-Za-z_", d: "0-9", s: "\\t\\n\\v\\f\\r " };

interface Token {
  /** An escape (`\\w`), the `[` or `[^` opening a class, its closing `]`, or one plain character. */
  kind: "escape" | "open" | "close" | "char";
  text: string;
  inClass: boolean;
}

/** Splits a regex into the pieces the rewrites below care about. */
function* tokens(src: string): Generator<Token> {
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === "\\" && i + 1 < src.length) {
      yield { kind: "escape", text: ch + src[++i], inClass };
    } else if (!inClass && ch === "[") {
      let open = ch;
      if (src[i + 1] === "^") open += src[++i];
      inClass = true;
      yield { kind: "open", text: open, inClass: false };
      // A `]` right after `[` or `[^` is a literal.
      if (src[i + 1] === "]") yield { kind: "char", text: src[++i]!, inClass };
    } else if (inClass && ch === "]") {
      inClass = false;
      yield { kind: "close", text: ch, inClass: true };
    } else yield { kind: "char", text: ch, inClass };
  }
}

/** Letters of a case-insensitive regex spelled out as `[aA]`: Unicode case folding is slow to build. */
function caseless(src: string): string | undefined {
  if (/\(\?[-A-Za-z<]/.test(src)) return undefined; // other flags or named groups: leave alone
  const toks = [...tokens(src)];
  let out = "";
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.kind !== "char" || !/[a-zA-Z]/.test(t.text)) {
      out += t.text;
      continue;
    }
    const lo = t.text.toLowerCase();
    const up = t.text.toUpperCase();
    const dash = toks[i + 1];
    const end = toks[i + 2];
    if (t.inClass && dash?.text === "-" && end?.kind === "char" && /[a-zA-Z]/.test(end.text)) {
      out += `${lo}-${end.text.toLowerCase()}${up}-${end.text.toUpperCase()}`; // a-z also gets A-Z
      i += 2;
    } else out += t.inClass ? lo + up : `[${lo}${up}]`;
  }
  return out;
}

export function asciiRegex(src: string): string {
  if (src.startsWith("(?i)")) src = caseless(src.slice(4)) ?? src;
  let out = "";
  for (const t of tokens(src)) {
    const rep = t.kind === "escape" ? (t.inClass ? INSIDE : OUTSIDE)[t.text[1]!] : undefined;
    out += rep ?? t.text;
  }
  return out;
}

/** Rewrites every `regex` value inside an ast-grep rule object. */
export function asciiRegexes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asciiRegexes);
  if (!value || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>))
    out[k] = k === "regex" && typeof v === "string" ? asciiRegex(v) : asciiRegexes(v);
  return out;
}

/** A string as a regex that matches it literally. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
