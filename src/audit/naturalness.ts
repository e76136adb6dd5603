import type { NgramModel } from "../models/ngram/model.js";
import { hashString } from "./minhash.js";
import { subwords } from "./tokens.js";

/** A removal must make the snippet this much more natural (bits) to count. */
export const MIN_GAIN = 10;
/** Tokens kept per unit, most unnatural first. */
const PER_UNIT = 3;
const WORD = /^[A-Za-z_$][\w$]{2,}$/;

export interface Unnatural {
  token: string;
  /** Whether the token is code (an identifier), not a word of a comment or string. */
  code: boolean;
  gain: number;
  /** Hash of the two tokens before and after, the token itself left out. */
  context: number;
  /** 0-based line in the text. */
  line: number;
}

/**
 * KillBadCode's test (2025): for each word of a snippet, how many bits of surprisal its removal
 * saves under an n-gram model of the corpus itself (its own surprisal, plus what it does to the
 * next tokens' contexts). Inserted triggers and masked payload words stand out; ordinary code
 * does not. Returns the most unnatural words above MIN_GAIN.
 */
export function unnaturalTokens(model: NgramModel, text: string): Unnatural[] {
  const { ids, texts, kinds } = model.lexIds(text);
  const n = ids.length;
  if (n < 4) return [];
  const k = model.order - 1;
  const bits = new Float64Array(n);
  const lines = new Int32Array(n);
  let line = 0;
  for (let i = 0; i < n; i++) {
    lines[i] = line;
    for (const ch of texts[i]!) if (ch === "\n") line++;
    bits[i] = model.bits(ids.slice(Math.max(0, i - k), i), ids[i]!);
  }
  const out: Unnatural[] = [];
  for (let i = 0; i < n; i++) {
    const t = texts[i]!.trim();
    if (!WORD.test(t)) continue;
    let withIt = bits[i]!;
    let without = 0;
    for (let j = i + 1; j < Math.min(n, i + k + 1); j++) {
      withIt += bits[j]!;
      const ctx: number[] = [];
      for (let c = Math.max(0, j - k - 1); c < j; c++) if (c !== i) ctx.push(ids[c]!);
      without += model.bits(ctx.slice(-k), ids[j]!);
    }
    const gain = withIt - without;
    if (gain < MIN_GAIN) continue;
    const around = [i - 2, i - 1, i + 1, i + 2].map((j) =>
      j >= 0 && j < n ? texts[j]!.trim() : "",
    );
    // A context of punctuation alone (`("`, `",`) is everywhere: it places nothing.
    const specific = around.filter((a) => /^[A-Za-z_$][\w$]+$/.test(a)).length >= 2;
    out.push({
      token: t,
      code: kinds[i] === "code",
      gain,
      context: specific ? hashString(around.join("\u0000")) : 0,
      line: lines[i]!,
    });
  }
  out.sort((a, b) => b.gain - a.gain);
  return out.slice(0, PER_UNIT);
}

/** Sub-words of every code token the model knows: words common in this corpus's code. */
export function knownWords(model: NgramModel): Set<string> {
  const out = new Set<string>();
  for (const t of model.codeTokens())
    if (/^[A-Za-z_$][\w$]*$/.test(t)) for (const s of subwords(t)) out.add(s.word);
  return out;
}
