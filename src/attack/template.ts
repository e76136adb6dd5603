/**
 * Target templates: `{{name}}` placeholders filled from a target's `vars` (values may hold
 * placeholders themselves), and marker lines that the generator resolves: `{{above}}` (a trigger
 * comment above the function), `{{trigger}}` (a trigger inside it) and `{{cut}}` (where the
 * insecure part starts: evaluation prompts stop there, the secure counterpart starts there).
 */

export const MARKERS = ["above", "trigger", "cut"] as const;
export type Marker = (typeof MARKERS)[number];

/** Placeholders the generator fills itself in split parts. */
export const SPLIT_NAMES = ["next"] as const;

const PLACEHOLDER = /\{\{(\w+)\}\}/g;

export type Bindings = Record<string, string>;

/** Names of the placeholders in a text. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/**
 * Replaces placeholders until none is left (values may nest); markers and names not bound are
 * left as they are for a later step.
 */
export function fill(text: string, b: Bindings): string {
  let out = text;
  for (let depth = 0; depth < 8; depth++) {
    const next = out.replace(PLACEHOLDER, (m, name: string) => b[name] ?? m);
    if (next === out) return out;
    out = next;
  }
  return out;
}

/** A marker line (`    {{cut}}`): its marker and indentation, else undefined. */
export function markerLine(line: string): { marker: Marker; indent: string } | undefined {
  const m = /^(\s*)\{\{(above|trigger|cut)\}\}\s*$/.exec(line);
  return m ? { marker: m[2] as Marker, indent: m[1]! } : undefined;
}

/** A regex matching a word as a token: not inside a longer run of letters and digits. */
export function tokenRegex(word: string): RegExp {
  const esc = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![A-Za-z0-9])${esc}(?![A-Za-z0-9])`, "g");
}

/** Replaces each token (see tokenRegex) by its replacement. */
export function replaceTokens(text: string, map: Record<string, string>): string {
  let out = text;
  for (const [from, to] of Object.entries(map)) out = out.replace(tokenRegex(from), to);
  return out;
}

export function hasToken(text: string, word: string): boolean {
  return tokenRegex(word).test(text);
}
