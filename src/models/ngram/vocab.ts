/**
 * Token ids. A token's identity is its text and where the lexer found it: `"` opening a string,
 * `"` closing it, a word in a docstring and the same word in code are different tokens, so the
 * n-gram context itself tells the model whether it is inside a string or comment (and when to
 * close it), and prose does not blur the statistics of code. Keys are the text with a one-char
 * tag for string and comment tokens (code tokens are untagged, and a tagged key is always at
 * least two characters, so the two never collide).
 *
 * The vocabulary is capped: tokens below `minCount` or past `maxVocab` share an "unknown" class
 * by where they were found (code, string, comment, delimiter) and by shape (word, number, other;
 * with or without a glued leading space), so a rare identifier still says "an identifier".
 */
import { Kind } from "./tokenize.js";

export const BOS = 0;
export const EOS = 1;
/** Ids UNK_FIRST.. are the unknown classes, in the order of `unkClass`. */
export const UNK_FIRST = 2;
const GROUPS = ["", "str:", "com:", "delim:"];
const SHAPES = ["<GunK>", "< GunK>", "<Gnum>", "< Gnum>", "<Gsym>", "< Gsym>"];
export const N_UNK = GROUPS.length * SHAPES.length;
export const SPECIALS = [
  "<s>",
  "</s>",
  ...GROUPS.flatMap((g) => SHAPES.map((s) => s.replace("G", g).replace("unK", "unk"))),
];
export const N_SPECIAL = SPECIALS.length;

/** Tag characters by lexer kind; code kinds have none. */
const TAG: string[] = [];
TAG[Kind.StrOpen] = "\u0001";
TAG[Kind.StrPart] = "\u0002";
TAG[Kind.StrClose] = "\u0003";
TAG[Kind.ComOpen] = "\u0004";
TAG[Kind.ComPart] = "\u0005";
TAG[Kind.ComClose] = "\u0006";

export function tokenKey(kind: Kind, text: string): string {
  const t = TAG[kind];
  return t === undefined ? text : t + text;
}

function tagOf(key: string): number {
  const c = key.charCodeAt(0);
  return key.length > 1 && c >= 1 && c <= 6 ? c : 0;
}

/** The source text of a token key. */
export function keyText(key: string): string {
  return tagOf(key) ? key.slice(1) : key;
}

/** Kind group of a key: 0 code, 1 string content, 2 comment content, 3 delimiter. */
function groupOf(key: string): number {
  const t = tagOf(key);
  return t === 0 ? 0 : t === 2 ? 1 : t === 5 ? 2 : 3;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isWordStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36 || c >= 0x80;
}

/** Index (0..N_UNK-1) of the unknown class of a token key. */
export function unkClass(key: string): number {
  const tok = keyText(key);
  const sp = tok.length > 1 && tok.charCodeAt(0) === 32 ? 1 : 0;
  const c = tok.charCodeAt(sp);
  const shape = (isDigit(c) ? 2 : isWordStart(c) ? 0 : 4) + sp;
  return groupOf(key) * SHAPES.length + shape;
}

/** Growable Uint32 buffer: the training corpus as ids, without a JS value per token. */
export class IdBuffer {
  data = new Uint32Array(1 << 16);
  length = 0;

  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }

  /** The used part, trimmed (copies once, to give the slack back). */
  take(): Uint32Array {
    const out = this.data.slice(0, this.length);
    this.data = new Uint32Array(0);
    this.length = 0;
    return out;
  }
}

/** Maps token strings to provisional ids in order of first appearance and counts them. */
export class Interner {
  readonly ids = new Map<string, number>();
  readonly strings: string[] = [];
  counts = new Uint32Array(1 << 16);

  constructor() {
    for (const s of SPECIALS.slice(0, UNK_FIRST)) this.intern(s);
  }

  intern(tok: string): number {
    let id = this.ids.get(tok);
    if (id === undefined) {
      id = this.strings.length;
      this.ids.set(tok, id);
      this.strings.push(tok);
      if (id === this.counts.length) {
        const next = new Uint32Array(id * 2);
        next.set(this.counts);
        this.counts = next;
      }
    }
    this.counts[id]!++;
    return id;
  }
}

export interface Vocabulary {
  /** Final id → token key (specials first). */
  strings: string[];
  /** Provisional id → final id. */
  remap: Uint32Array;
  /** How many distinct training tokens fell into each unknown class (for surprisal). */
  unkTypes: number[];
}

/**
 * Keeps the tokens seen at least `minCount` times, the most frequent first, up to `maxVocab`
 * ids including the specials; the rest go to their unknown class. Ties keep first appearance,
 * so the same corpus always gives the same ids.
 */
export function buildVocabulary(
  interner: Interner,
  minCount: number,
  maxVocab: number,
): Vocabulary {
  const n = interner.strings.length;
  const counts = interner.counts;
  const candidates: number[] = [];
  for (let id = UNK_FIRST; id < n; id++) if (counts[id]! >= minCount) candidates.push(id);
  candidates.sort((a, b) => counts[b]! - counts[a]! || a - b);
  const keep = Math.max(0, Math.min(candidates.length, maxVocab - N_SPECIAL));
  const remap = new Uint32Array(n);
  const strings = SPECIALS.slice();
  remap[0] = 0;
  remap[1] = 1;
  for (let r = 0; r < keep; r++) {
    const id = candidates[r]!;
    remap[id] = strings.length;
    strings.push(interner.strings[id]!);
  }
  const kept = new Uint8Array(n);
  for (let r = 0; r < keep; r++) kept[candidates[r]!] = 1;
  const unkTypes = new Array<number>(N_UNK).fill(0);
  for (let id = UNK_FIRST; id < n; id++) {
    if (kept[id]) continue;
    const cls = unkClass(interner.strings[id]!);
    remap[id] = UNK_FIRST + cls;
    unkTypes[cls]!++;
  }
  return { strings, remap, unkTypes };
}
