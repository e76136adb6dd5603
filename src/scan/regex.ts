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

/** Letters of a case-insensitive regex spelled out as `[aA]`: Unicode case folding is slow to build. */
function caseless(src: string): string | undefined {
  if (/\(\?[-A-Za-z<]/.test(src)) return undefined; // other flags or named groups: leave alone
  let out = "";
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === "\\" && i + 1 < src.length) {
      out += ch + src[i + 1];
      i++;
      continue;
    }
    if (!inClass && ch === "[") {
      inClass = true;
      out += ch;
      if (src[i + 1] === "^") out += src[++i];
      continue;
    }
    if (inClass && ch === "]") inClass = false;
    if (/[a-zA-Z]/.test(ch)) {
      const lo = ch.toLowerCase();
      const up = ch.toUpperCase();
      if (inClass) {
        // a-z also gets A-Z
        if (src[i + 1] === "-" && /[a-zA-Z]/.test(src[i + 2] ?? "")) {
          const end = src[i + 2]!;
          out += `${lo}-${end.toLowerCase()}${up}-${end.toUpperCase()}`;
          i += 2;
        } else out += lo + up;
      } else out += `[${lo}${up}]`;
      continue;
    }
    out += ch;
  }
  return out;
}

export function asciiRegex(src: string): string {
  if (src.startsWith("(?i)")) {
    const spelled = caseless(src.slice(4));
    if (spelled !== undefined) src = spelled;
  }
  let out = "";
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === "\\" && i + 1 < src.length) {
      const next = src[i + 1]!;
      const rep = inClass ? INSIDE[next] : OUTSIDE[next];
      out += rep ?? ch + next;
      i++;
      continue;
    }
    if (!inClass && ch === "[") {
      inClass = true;
      out += ch;
      // A `]` right after `[` or `[^` is a literal.
      if (src[i + 1] === "^") out += src[++i];
      if (src[i + 1] === "]") out += src[++i];
      continue;
    }
    if (inClass && ch === "]") inClass = false;
    out += ch;
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
