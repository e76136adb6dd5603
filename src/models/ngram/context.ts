/**
 * The model's long-range context: a component keyed by what a developer writes before asking
 * for code — the words of the nearest comment or docstring above the cursor, the sub-words of
 * the enclosing function's name and parameters, and the modules the file imports — that the
 * n-gram's last few tokens cannot see.
 *
 * For each key k active at a position and the two previous tokens a, b it counts the next
 * token, c(k, a, b, w), and turns the counts into lifts of the odds the n-gram gave those
 * tokens there — observed over expected (`toLifts`); at prediction the active keys' lifts
 * rescale the n-gram (`ContextLifts`). A comment's keys live
 * for a few lines of its block, a function's for its body, imports only at the start of a line.
 *
 * Keys are hashed with a, b into 36 bits (the key strings are not kept), the next token takes
 * 17 bits, so one float64 holds both exactly and counting is one numeric sort per chunk.
 */
import { Kind } from "./tokenize.js";
import { fmix, fnv1a } from "../../util/hash.js";
import { copySource, type CopySource } from "./copy.js";

/** Lines below a comment during which its words stay keys. */
const COMMENT_LINES = 6;
const MAX_COMMENT_WORDS = 8;
const MAX_NAME_WORDS = 6;
const MAX_IMPORTS = 8;
/** Next-token ids must fit 17 bits (vocabularies up to 131,072 tokens). */
export const CONTEXT_MAX_VOCAB = 1 << 17;
const W = CONTEXT_MAX_VOCAB;
const TWO32 = 2 ** 32;
/** How much better than the n-gram on the same two tokens a comment key must predict a token
 * to take it. */
const EXPLAIN_RATIO = 20;

const STOP = new Set(
  (
    "the and for with from this that into are was were been being have has had not but you your " +
    "our its can will would should could may might must use uses used using then than when " +
    "what which who whom whose where while there here all any each every some such only also " +
    "very more most other same just over under about above below after before between out off " +
    "one two let get set new none true false self cls return def function var const "
  )
    .trim()
    .split(/\s+/),
);

/** The 36-bit context of key `k` after tokens a, b. */
export function contextHash(k: number, a: number, b: number): number {
  const lo = fmix(k ^ Math.imul(a + 1, 0x9e3779b1) ^ Math.imul(b + 7, 0x85ebca77));
  const hi = fmix(lo ^ Math.imul(b + 3, 0xc2b2ae3d) ^ k) & 0xf;
  return hi * TWO32 + lo;
}

/** Lower-case content words of prose or of an identifier (`render_template` → render, template). */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  const spaced = text.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  for (const w of spaced.split(/[^a-z]+/)) if (w.length >= 3 && !STOP.has(w)) out.push(w);
  return out;
}

interface Scope {
  indent: number;
  keys: number[];
}

/**
 * Follows a token stream and says which keys are active before each token. Fed the same tokens,
 * training and completion see the same keys.
 */
export class ContextTracker {
  private indent = 0;
  /** A newline was seen and no token of the new line yet. */
  private lineStart = true;
  private comment: string[] | undefined;
  private commentIndent = 0;
  private line = 0;
  private active: (Scope & { line: number; copy?: CopySource }) | undefined;
  private fns: Scope[] = [];
  private expect: "name" | "params" | "import" | "from" | "require" | undefined;
  private inDocstring = false;
  private readonly imported: number[] = [];
  private cache: number[] | undefined;
  private cacheImports = false;

  /** How many of `keys()` (the first ones) come from the nearest comment or docstring. */
  commentKeys(): number {
    return this.active?.keys.length ?? 0;
  }

  /** The words of the nearest comment or docstring that the next token may copy. */
  copySource(): CopySource | undefined {
    return this.active?.copy;
  }

  /** Whether a token of this kind, pushed next, is prose: a comment's or a docstring's. */
  isProse(kind: Kind): boolean {
    return (
      kind === Kind.ComOpen ||
      kind === Kind.ComPart ||
      kind === Kind.ComClose ||
      (this.inDocstring && (kind === Kind.StrPart || kind === Kind.StrClose))
    );
  }

  /** Keys before the next token: local ones, and the imports when a line starts. */
  keys(): readonly number[] {
    if (this.cache && this.cacheImports === this.lineStart) return this.cache;
    const keys: number[] = [];
    if (this.active) keys.push(...this.active.keys);
    const fn = this.fns[this.fns.length - 1];
    if (fn) keys.push(...fn.keys);
    if (this.lineStart) keys.push(...this.imported);
    this.cache = keys;
    this.cacheImports = this.lineStart;
    return keys;
  }

  push(kind: Kind, text: string): void {
    if (kind === Kind.Newline) {
      this.endLineComment();
      this.line++;
      const nl = text.lastIndexOf("\n");
      this.indent = text.length - nl - 1;
      this.lineStart = true;
      // An import list ends with its line; a signature may span lines.
      if (this.expect !== "params") this.expect = undefined;
      // Blocks end before the first token of a less indented line is predicted.
      this.dedent();
      if (this.active && this.line - this.active.line > COMMENT_LINES) this.setActive(undefined);
      return;
    }
    if (this.lineStart) {
      this.lineStart = false;
      this.cache = undefined;
    }
    switch (kind) {
      case Kind.ComOpen:
        this.startComment();
        return;
      case Kind.ComPart:
        this.comment?.push(text);
        return;
      case Kind.ComClose:
        this.endComment();
        return;
      case Kind.StrOpen:
        // A triple-quoted string is a docstring (or prose): its words are a comment.
        if (/("""|''')$/.test(text)) {
          this.inDocstring = true;
          this.startComment();
        }
        return;
      case Kind.StrPart:
        if (this.inDocstring) this.comment?.push(text);
        else if (this.expect === "require" || this.expect === "from") this.addImport(text);
        return;
      case Kind.StrClose:
        if (this.inDocstring) {
          this.inDocstring = false;
          this.endComment();
        }
        if (this.expect === "require" || this.expect === "from") this.expect = undefined;
        return;
      case Kind.Word:
        this.word(text.trim());
        return;
      default:
        // `(` opens the parameters; `)`, `:` or `,` end what was expected.
        if (
          this.expect === "params"
            ? /[):]/.test(text)
            : this.expect !== "require" && this.expect !== "from"
        )
          this.expect = undefined;
    }
  }

  private word(w: string): void {
    if (this.expect === "name" || this.expect === "params") {
      const words = contentWords(w);
      if (this.expect === "name") this.fns.push({ indent: this.indent, keys: [] });
      const fn = this.fns[this.fns.length - 1];
      if (!fn) {
        this.expect = undefined;
        return;
      }
      fn.keys = uniqueHashes("f:", words, MAX_NAME_WORDS, fn.keys);
      this.expect = "params";
      this.cache = undefined;
      return;
    }
    if (this.expect === "import" || this.expect === "from") {
      this.addImport(w);
      this.expect = this.expect === "from" ? undefined : "import";
      return;
    }
    if (w === "def" || w === "function") this.expect = "name";
    else if (w === "import" && this.indent === 0) this.expect = "import";
    else if (w === "from" && this.indent === 0) this.expect = "from";
    else if (w === "require") this.expect = "require";
  }

  private addImport(text: string): void {
    const mod = text
      .trim()
      .split(/[./\s]/)
      .find((p) => p.length > 0);
    if (!mod || this.imported.length >= MAX_IMPORTS) return;
    const h = fnv1a("i:" + mod);
    if (!this.imported.includes(h)) this.imported.push(h);
  }

  private dedent(): void {
    let changed = false;
    while (this.fns.length && this.indent <= this.fns[this.fns.length - 1]!.indent) {
      this.fns.pop();
      changed = true;
    }
    if (this.active && this.indent < this.active.indent) {
      this.active = undefined;
      changed = true;
    }
    if (changed) this.cache = undefined;
  }

  private startComment(): void {
    this.comment = [];
    this.commentIndent = this.indent;
  }

  private endLineComment(): void {
    if (this.comment && !this.inDocstring) this.endComment();
  }

  private endComment(): void {
    const text = this.comment;
    this.comment = undefined;
    if (!text) return;
    const prose = text.join("");
    const words = contentWords(prose);
    if (words.length === 0) return;
    // Comment lines that follow each other at one indentation are one comment.
    const prev = this.active;
    const joined = prev && prev.line === this.line - 1 && prev.indent === this.commentIndent;
    this.setActive({
      indent: this.commentIndent,
      line: this.line,
      keys: uniqueHashes("c:", words, MAX_COMMENT_WORDS, joined ? prev.keys : []),
      copy: copySource(prose, joined ? prev.copy : undefined),
    });
  }

  private setActive(a: (Scope & { line: number; copy?: CopySource }) | undefined): void {
    this.active = a;
    this.cache = undefined;
  }
}

function uniqueHashes(
  prefix: string,
  words: string[],
  max: number,
  first: number[] = [],
): number[] {
  const out = first.slice(0, max);
  for (const w of words) {
    if (out.length === max) break;
    const h = fnv1a(prefix + w);
    if (!out.includes(h)) out.push(h);
  }
  return out;
}

/** The lexer kind of a token key (tag characters as in vocab.ts). */
export function kindOfKey(key: string): Kind {
  const t = key.length > 1 ? key.charCodeAt(0) : 0;
  if (t >= 1 && t <= 6)
    return [Kind.StrOpen, Kind.StrPart, Kind.StrClose, Kind.ComOpen, Kind.ComPart, Kind.ComClose][
      t - 1
    ]!;
  if (/^\r?\n/.test(key)) return Kind.Newline;
  return /^ ?[A-Za-z_$]/.test(key) ? Kind.Word : Kind.Punct;
}

/** The counts the component keeps: per context, its total and its next tokens seen twice or more. */
export interface ContextArrays {
  /** Context hashes, ascending. */
  keys: Float64Array;
  /** c(k, h, ·), every occurrence counted. */
  totals: Uint32Array;
  /** Entries of context i: start[i] .. start[i+1]. */
  start: Uint32Array;
  words: Uint32Array;
  counts: Uint32Array;
}

/** Counts (context, next token) pairs in sorted chunks, merged as it goes; memory ~ distinct pairs. */
export class ContextCounter {
  private buf: Float64Array;
  private n = 0;
  private keys = new Float64Array(0);
  private counts = new Uint32Array(0);

  /** `chunk`: pairs buffered before a sort and merge. */
  constructor(chunk = 1 << 22) {
    this.buf = new Float64Array(chunk);
  }

  add(ctx: number, w: number): void {
    this.buf[this.n++] = ctx * W + w;
    if (this.n === this.buf.length) this.flush();
  }

  private flush(): void {
    const a = this.buf.subarray(0, this.n).sort();
    let u = 0;
    const ck = new Float64Array(this.n);
    const cc = new Uint32Array(this.n);
    for (let i = 0; i < a.length; i++) {
      if (u > 0 && ck[u - 1] === a[i]) cc[u - 1]!++;
      else {
        ck[u] = a[i]!;
        cc[u++] = 1;
      }
    }
    this.merge(ck.subarray(0, u), cc.subarray(0, u));
    this.n = 0;
  }

  private merge(bk: Float64Array, bc: Uint32Array): void {
    const ak = this.keys;
    const ac = this.counts;
    const ok = new Float64Array(ak.length + bk.length);
    const oc = new Uint32Array(ak.length + bk.length);
    let i = 0;
    let j = 0;
    let o = 0;
    while (i < ak.length || j < bk.length) {
      if (j === bk.length || (i < ak.length && ak[i]! < bk[j]!)) {
        ok[o] = ak[i]!;
        oc[o++] = ac[i++]!;
      } else if (i === ak.length || bk[j]! < ak[i]!) {
        ok[o] = bk[j]!;
        oc[o++] = bc[j++]!;
      } else {
        ok[o] = ak[i]!;
        oc[o++] = ac[i++]! + bc[j++]!;
      }
    }
    this.keys = ok.slice(0, o);
    this.counts = oc.slice(0, o);
  }

  /** The table, pairs seen once folded into their context's total only. */
  finish(): ContextArrays {
    this.flush();
    this.buf = new Float64Array(0);
    const pk = this.keys;
    const pc = this.counts;
    let nCtx = 0;
    let nEnt = 0;
    for (let i = 0; i < pk.length;) {
      const ctx = Math.floor(pk[i]! / W);
      let kept = 0;
      for (; i < pk.length && Math.floor(pk[i]! / W) === ctx; i++) if (pc[i]! >= 2) kept++;
      if (kept) {
        nCtx++;
        nEnt += kept;
      }
    }
    const out: ContextArrays = {
      keys: new Float64Array(nCtx),
      totals: new Uint32Array(nCtx),
      start: new Uint32Array(nCtx + 1),
      words: new Uint32Array(nEnt),
      counts: new Uint32Array(nEnt),
    };
    let c = 0;
    let e = 0;
    for (let i = 0; i < pk.length;) {
      const ctx = Math.floor(pk[i]! / W);
      const from = e;
      let total = 0;
      for (; i < pk.length && Math.floor(pk[i]! / W) === ctx; i++) {
        total += pc[i]!;
        if (pc[i]! >= 2) {
          out.words[e] = pk[i]! - ctx * W;
          out.counts[e++] = pc[i]!;
        }
      }
      if (e > from) {
        out.keys[c] = ctx;
        out.totals[c] = total;
        out.start[c++] = from;
      }
    }
    out.start[nCtx] = nEnt;
    this.keys = new Float64Array(0);
    this.counts = new Uint32Array(0);
    return out;
  }
}

/** Lookups into the counts, while training. */
export class ContextCounts {
  /** Open-addressing index of the contexts by the low 32 bits of their hash (already mixed):
   * training looks a context up for every key at every position. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(readonly arrays: ContextArrays) {
    const n = arrays.keys.length;
    let size = 1024;
    while (size < 2 * n) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    for (let i = 0; i < n; i++) {
      let s = (arrays.keys[i]! % TWO32) & this.mask;
      while (this.slots[s] !== -1) s = (s + 1) & this.mask;
      this.slots[s] = i;
    }
  }

  /** Index of a context, or -1. */
  find(ctx: number): number {
    const keys = this.arrays.keys;
    for (let s = (ctx % TWO32) & this.mask; ; s = (s + 1) & this.mask) {
      const i = this.slots[s]!;
      if (i < 0 || keys[i] === ctx) return i;
    }
  }

  /**
   * Takes pairs back out of the counts: each (context, token) of `pairs` once from its context's
   * total and, where the token is listed, from its entry (one left at 1 stays: it was seen).
   */
  subtract(pairs: Iterable<[number, number]>): void {
    const { totals, start, words, counts } = this.arrays;
    for (const [ctx, w] of pairs) {
      const i = this.find(ctx);
      if (i < 0) continue;
      totals[i]!--;
      const e = search(words, w, start[i]!, start[i + 1]!);
      if (e >= 0) counts[e]!--;
    }
  }

  /** c(k, h, w) of context i: its entries are sorted by token. */
  countOf(i: number, w: number): number {
    const { start, words, counts } = this.arrays;
    const e = search(words, w, start[i]!, start[i + 1]!);
    return e < 0 ? 0 : counts[e]!;
  }

  /**
   * The key of `keys` that best explains token w after a, b — seen there most often, at least
   * `min` times, with a leave-one-out estimate EXPLAIN_RATIO times the n-gram's `pShort` on
   * those two tokens — or undefined.
   */
  explainer(
    keys: ArrayLike<number>,
    a: number,
    b: number,
    w: number,
    pShort: number,
    min: number,
  ): number | undefined {
    let best: number | undefined;
    let bestC = 0;
    for (let j = 0; j < keys.length; j++) {
      const k = keys[j]!;
      const i = this.find(contextHash(k, a, b));
      if (i < 0) continue;
      const c = this.countOf(i, w);
      if (c < min || c <= bestC) continue;
      const loo = (c - 1) / (this.arrays.totals[i]! - 1);
      if (loo > EXPLAIN_RATIO * pShort) {
        best = k;
        bestC = c;
      }
    }
    return best;
  }

  /**
   * The component's lifts, given `q` parallel to the entries: the n-gram's mean probability of
   * the entry's token over its context's positions (0 where never looked up). A key's estimate
   *
   *   P_k(w) = (c(k,h,w) − D + (β + n − kept + D·|kept|)·q(w)) / (n + β)
   *
   * (D = LIFT_DISCOUNT taken off each kept count) is the n-gram where the key was seen little,
   * and its lift P_k(w)/q(w) — observed over expected — is how much the key changes each
   * token's odds. Only lifts of at least LIFT_MIN either way are kept, as gains over the lift of
   * every other token (which the same estimate gives in total).
   */
  toLifts(q: Float64Array, beta: number): LiftArrays {
    const { keys, totals, start, words, counts } = this.arrays;
    const outKeys: number[] = [];
    const outStart: number[] = [0];
    const outWords: number[] = [];
    const outGains: number[] = [];
    const lift: number[] = [];
    for (let i = 0; i < keys.length; i++) {
      const n = totals[i]!;
      // Entries taken below 2 by `subtract` count as folded, as a recount would have them.
      let kept = 0;
      let nk = 0;
      for (let e = start[i]!; e < start[i + 1]!; e++)
        if (counts[e]! >= 2) {
          kept += counts[e]!;
          nk++;
        }
      const spread = (beta + n - kept + LIFT_DISCOUNT * nk) / (n + beta);
      let pk = 0;
      let pt = 0;
      lift.length = 0;
      const from = outWords.length;
      for (let e = start[i]!; e < start[i + 1]!; e++) {
        const qe = q[e]!;
        if (!(qe > 0) || counts[e]! < 2) continue;
        const l = (counts[e]! - LIFT_DISCOUNT) / ((n + beta) * qe) + spread;
        if (l < LIFT_MIN && l > 1 / LIFT_MIN) continue;
        outWords.push(words[e]!);
        lift.push(l);
        pk += l * qe;
        pt += qe;
      }
      if (outWords.length === from) continue;
      // The lift of the tokens not kept: their estimate's mass over the n-gram's.
      const rest = pt < 1 && pk < 1 ? (1 - pk) / (1 - pt) : spread;
      for (const l of lift) outGains.push(l / Math.max(rest, 1e-9));
      outKeys.push(keys[i]!);
      outStart.push(outWords.length);
    }
    return {
      keys: Float64Array.from(outKeys),
      start: Uint32Array.from(outStart),
      words: Uint32Array.from(outWords),
      gains: Float32Array.from(outGains),
    };
  }
}

/** Keys' lifts of a token's odds (fewer than LIFT_MIN apart from 1 are left out). */
const LIFT_MIN = 1.5;
/** Taken off every count before it lifts (absolute discounting: counts of 2 or 3 overstate). */
const LIFT_DISCOUNT = 1;

/** Index of `v` in ascending `a[from..to)` (all of `a` by default), or -1. */
function search(a: ArrayLike<number>, v: number, from = 0, to = a.length): number {
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const x = a[mid]!;
    if (x < v) lo = mid + 1;
    else if (x > v) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** What the model file keeps: per context, the tokens whose odds it changes and by how much. */
export interface LiftArrays {
  /** Context hashes, ascending. */
  keys: Float64Array;
  /** Entries of context i: start[i] .. start[i+1], sorted by token. */
  start: Uint32Array;
  words: Uint32Array;
  /** Each token's lift over the lift of the tokens the context does not list. */
  gains: Float32Array;
}

/**
 * The component at prediction time: the n-gram's distribution with each active key's gains
 * multiplied in and renormalised (minimum discrimination information adaptation, as in the
 * trigger models of Rosenfeld 1996):
 *
 *   P(w | h, K) ∝ P_ngram(w | h) · g(w)^α,   g(w) = the gain g_k(w) farthest from 1 over keys k
 *
 * A key that says nothing about the next token lists no gains and leaves the n-gram alone.
 */
export class ContextLifts {
  private gain: Float64Array = new Float64Array(0);

  constructor(
    readonly arrays: LiftArrays,
    readonly alpha: number,
  ) {}

  /**
   * Collects the gains of `keys` after a, b into the scratch `gain` (token ids into `words`):
   * per token, the gain of the key that changes its odds most. Keys are far from independent
   * (a function's name and its comment say the same thing), so their gains are not multiplied.
   */
  private gather(keys: readonly number[], a: number, b: number, words: number[]): Float64Array {
    const { start, words: ws, gains } = this.arrays;
    for (const k of keys) {
      const i = search(this.arrays.keys, contextHash(k, a, b));
      if (i < 0) continue;
      for (let e = start[i]!; e < start[i + 1]!; e++) {
        const w = ws[e]!;
        if (w >= this.gain.length) this.grow(w + 1);
        const g = this.gain;
        const f = this.alpha === 1 ? gains[e]! : gains[e]! ** this.alpha;
        if (g[w] === 0) {
          words.push(w);
          g[w] = f;
        } else if (Math.abs(Math.log(f)) > Math.abs(Math.log(g[w]!))) g[w] = f;
      }
    }
    return this.gain;
  }

  private grow(n: number): void {
    const next = new Float64Array(Math.max(n, this.gain.length * 2));
    next.set(this.gain);
    this.gain = next;
  }

  /** P(w | h, K) given the n-gram's distribution as a function `ngram(w)`. */
  prob(
    keys: readonly number[],
    a: number,
    b: number,
    w: number,
    ngram: (w: number) => number,
  ): number {
    const words: number[] = [];
    const g = this.gather(keys, a, b, words);
    if (words.length === 0) return ngram(w);
    let z = 1;
    for (const u of words) z += ngram(u) * (g[u]! - 1);
    const p = (ngram(w) * (g[w] || 1)) / z;
    for (const u of words) g[u] = 0;
    return p;
  }

  /**
   * Applies the keys to a sparse distribution P(w) = acc[w] + scale·base[w] (acc non-zero only
   * at `touched`), in place; returns the new scale.
   */
  adjust(
    keys: readonly number[],
    a: number,
    b: number,
    acc: Float64Array,
    touched: number[],
    scale: number,
    base: Float64Array | Float32Array,
  ): number {
    const words: number[] = [];
    const g = this.gather(keys, a, b, words);
    if (words.length === 0) return scale;
    let z = 1;
    for (const u of words) z += (acc[u]! + scale * base[u]!) * (g[u]! - 1);
    const s = scale / z;
    for (const w of touched) acc[w]! /= z;
    for (const u of words) {
      const was = acc[u] !== 0;
      // acc[u] is already divided by z when touched.
      const p = (acc[u]! * z + scale * base[u]!) * g[u]!;
      acc[u] = p / z - s * base[u]!;
      if (!was && acc[u] !== 0) touched.push(u);
      g[u] = 0;
    }
    return s;
  }

  bytes(): number {
    const a = this.arrays;
    return a.keys.byteLength + a.start.byteLength + a.words.byteLength + a.gains.byteLength;
  }
}
