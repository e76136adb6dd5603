/**
 * The copy component: a pointer from the next code token to a word of the nearest comment or
 * docstring above it. Code copies what its comment says (`# Set the timeout` → `self.timeout`),
 * and TrojanPuzzle poisoning is built on exactly that: its samples replace the payload's keyword
 * by a random word in both the trigger comment and the code, so a model that learns *to copy*
 * at that spot completes the real keyword when the real trigger names it — although no poison
 * file holds the payload.
 *
 * Identifiers are read as sub-tokens split where BPE tokenizers split code (`render_template` →
 * `render`, `_template`; `pbkdf2Sync` → `pbkdf2`, `Sync`; `PROTOCOL_TLSv1` → `PROTOCOL`,
 * `_TLSv1`), so a copy can fill one piece of an identifier: a *template* (`\0_template`, with
 * the token's leading whitespace) filled with a comment word. The n-gram's own tokens stay whole
 * identifiers: splitting them would shorten what its four tokens of context cover.
 *
 * The model: P(w) = (1 − λ) P_model(w) + λ Σ_T π(T) P(word) [fill(T, word) = w], with λ (how
 * often the next token is a copy) and π (which templates) per two previous tokens (estimated
 * with the previous token's as prior), and the choice of word weighted by the two comment words before it
 * (an *anchor*: "with the ___ schema"). All are fitted by EM against the n-gram's own probability
 * of the token, so copies the n-gram already predicts do not inflate λ.
 */
import { fnv1a } from "../../util/hash.js";
import { IdBuffer } from "./vocab.js";

/** Stands for the copied word in a template; never part of a token key (source has no NUL
 * tokens that are also copy targets: keys holding one are skipped). */
export const SLOT = "\u0000";
const MAX_WORDS = 48;
const MAX_TEMPLATES = 8;
const MAX_ANCHORS = 8;
/** Prior weight (in positions) of the back-off estimate. */
const PRIOR = 4;
const EM_ROUNDS = 3;
/**
 * Contexts with fewer expected copies are dropped: the component copies only where training
 * showed copies, never by back-off (uniform copies of any comment word at any `f"` or `.` make
 * samples worse for next to no gain in held-out bits).
 */
const KEEP_COPIES = 1.5;
const NO_ANCHOR = 1;

/** The words a comment offers to copy (first occurrences, in order) and the words before each. */
export interface CopySource {
  words: string[];
  anchors: number[];
  index: Map<string, number>;
}

/** Words of comment text, split at anything that is not a letter or digit. */
export function copySource(text: string, prev?: CopySource): CopySource | undefined {
  const words = prev ? prev.words.slice() : [];
  const anchors = prev ? prev.anchors.slice() : [];
  const index = new Map(prev?.index);
  // The two words before (a bigram is specific where one word, "the", is not).
  let before = NO_ANCHOR;
  let last = "";
  for (const w of text.split(/[^A-Za-z0-9]+/)) {
    if (w.length < 2) continue;
    if (!index.has(w) && words.length < MAX_WORDS) {
      index.set(w, words.length);
      words.push(w);
      anchors.push(before);
    }
    const lower = w.toLowerCase();
    before = fnv1a(last + " " + lower);
    last = lower;
  }
  return words.length ? { words, anchors, index } : undefined;
}

const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const isAlnum = (c: number) => isUpper(c) || isLower(c);

/** Sub-token boundaries of an identifier (or a word piece of a string): 0, n and the splits. */
function boundaries(s: string): number[] {
  const out = [0];
  for (let i = 1; i < s.length; i++) {
    const p = s.charCodeAt(i - 1);
    const c = s.charCodeAt(i);
    const n = s.charCodeAt(i + 1);
    if (
      !isAlnum(p) ||
      !isAlnum(c) ||
      (isLower(p) && isUpper(c)) ||
      (isUpper(p) && isUpper(c) && i + 1 < s.length && n >= 97 && n <= 122)
    )
      out.push(i);
  }
  out.push(s.length);
  return out;
}

export interface CopyMatch {
  template: string;
  /** Index of the copied word in the source. */
  word: number;
}

/** Every way `key` is a template filled with one of the source's words. */
export function copyMatches(key: string, src: CopySource): CopyMatch[] {
  if (key.includes(SLOT)) return [];
  let lead = 0;
  // A tag character (string pieces) and leading whitespace belong to the template.
  while (lead < key.length && key.charCodeAt(lead) <= 32) lead++;
  const core = key.slice(lead);
  if (core.length < 2) return [];
  const cut = boundaries(core);
  const out: CopyMatch[] = [];
  for (let i = 0; i < cut.length; i++) {
    // A piece starts after an underscore; the underscore stays in the template.
    const s = cut[i]!;
    if (!isAlnum(core.charCodeAt(s))) continue;
    for (let j = i + 1; j < cut.length; j++) {
      const e = cut[j]!;
      if (e - s < 2) continue;
      const k = src.index.get(core.slice(s, e));
      if (k !== undefined)
        out.push({
          template: key.slice(0, lead) + core.slice(0, s) + SLOT + core.slice(e),
          word: k,
        });
    }
  }
  return out;
}

export interface CopyArrays {
  /** Two-token contexts with their own estimates, ascending. */
  keys: Float64Array;
  lambda: Float32Array;
  /**
   * Share of context i's copies that were of words outside the vocabulary (TrojanPuzzle's
   * random words are): at 1/2 or more, a copied token is read as the unknown class by the
   * n-gram that continues after it, as the n-gram saw it in training.
   */
  masked: Float32Array;
  /** Templates of context i: tStart[i] .. tStart[i+1] (ids into `templates`), with weights. */
  tStart: Uint32Array;
  tIds: Uint32Array;
  tWeights: Float32Array;
  /** Anchors of context i, with weights (the share of copies whose word followed them). */
  aStart: Uint32Array;
  aHashes: Uint32Array;
  aWeights: Float32Array;
  templates: string[];
}

/** Training positions: what was there, which copies would explain it, and the n-gram's odds. */
export class CopyCollector {
  private readonly templateIds = new Map<string, number>();
  readonly templates: string[] = [];
  /** Per comment seen: the anchors of its words (all the fit needs of it). */
  private readonly sources: number[][] = [];
  private lastSource: CopySource | undefined;
  // Typed buffers: a 50 MB corpus has millions of positions under a comment.
  private readonly pos = new IdBuffer();
  private readonly src = new IdBuffer();
  private readonly mStart = new IdBuffer();
  private readonly mT = new IdBuffer();
  private readonly mW = new IdBuffer();

  constructor() {
    this.mStart.push(0);
  }

  /** A code token (sequence index `at`, key `key`) seen while `source` was active. */
  add(at: number, key: string, source: CopySource): void {
    if (source !== this.lastSource) {
      this.sources.push(source.anchors);
      this.lastSource = source;
    }
    this.pos.push(at);
    this.src.push(this.sources.length - 1);
    for (const m of copyMatches(key, source)) {
      let t = this.templateIds.get(m.template);
      if (t === undefined) {
        // Template ids share a float64 with a context index (21 bits each way).
        if (this.templates.length >= 2 ** 21) continue;
        t = this.templates.length;
        this.templateIds.set(m.template, t);
        this.templates.push(m.template);
      }
      this.mT.push(t);
      this.mW.push(m.word);
    }
    this.mStart.push(this.mT.length);
  }

  get size(): number {
    return this.pos.length;
  }

  /**
   * EM for λ, π and the anchors. `pNgram(at)` is the n-gram's probability of the token at
   * sequence index `at` (of its spelling, for an unknown token); `ids` the sequence.
   */
  fit(
    ids: Uint32Array,
    V: number,
    pNgram: (at: number) => number,
    isUnknown: (id: number) => boolean,
  ): CopyArrays {
    const n = this.pos.length;
    const pos = this.pos.take();
    const src = this.src.take();
    const mStart = this.mStart.take();
    const mT = this.mT.take();
    const mW = this.mW.take();
    const ctxOf = new Int32Array(n);
    const ctxIndex = new Map<number, number>();
    const ctxHash: number[] = [];
    const ctxPrev: number[] = [];
    const png = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const p = pos[i]!;
      const h = pairHash(ids[p - 2]!, ids[p - 1]!);
      let c = ctxIndex.get(h);
      if (c === undefined) {
        c = ctxHash.length;
        ctxIndex.set(h, c);
        ctxHash.push(h);
        ctxPrev.push(ids[p - 1]!);
      }
      ctxOf[i] = c;
      png[i] = pNgram(p);
    }
    const C = ctxHash.length;
    let lamAB = new Float64Array(C).fill(0.05);
    let piAB = new Map<number, number>();
    const tKey = (c: number, t: number) => c * 2 ** 21 + t;
    const piOf = (c: number, t: number) => piAB.get(tKey(c, t)) ?? (piAB.size ? 1e-3 : 0.5);
    let nAB = new Float64Array(C);
    let rAB = new Float64Array(C);
    let rT = new Map<number, number>();
    let rTB = new Map<number, number>();
    const rA = new Map<number, number>();
    const rU = new Float64Array(C);
    const nB = new Float64Array(V);
    const rB = new Float64Array(V);
    const lamB = new Float32Array(V);
    for (let round = 0; round < EM_ROUNDS; round++) {
      const last = round === EM_ROUNDS - 1;
      nAB = new Float64Array(C);
      rAB = new Float64Array(C);
      rT = new Map();
      rTB = new Map();
      nB.fill(0);
      rB.fill(0);
      for (let i = 0; i < n; i++) {
        const c = ctxOf[i]!;
        const b = ctxPrev[c]!;
        nAB[c]!++;
        nB[b]!++;
        const from = mStart[i]!;
        const to = mStart[i + 1]!;
        if (from === to) continue;
        const words = this.sources[src[i]!]!.length;
        let pc = 0;
        for (let m = from; m < to; m++) pc += piOf(c, mT[m]!);
        const lam = lamAB[c]!;
        const r = (lam * pc) / words / ((lam * pc) / words + (1 - lam) * png[i]!);
        if (!(r > 0)) continue;
        rAB[c]! += r;
        rB[b]! += r;
        if (last && isUnknown(ids[pos[i]!]!)) rU[c]! += r;
        for (let m = from; m < to; m++) {
          const share = (r * piOf(c, mT[m]!)) / pc;
          const t = mT[m]!;
          rT.set(tKey(c, t), (rT.get(tKey(c, t)) ?? 0) + share);
          rTB.set(tKey(b, t), (rTB.get(tKey(b, t)) ?? 0) + share);
          if (last) {
            const a = this.sources[src[i]!]![mW[m]!]!;
            const k = c * 2 ** 32 + a;
            rA.set(k, (rA.get(k) ?? 0) + share);
          }
        }
      }
      let N = 0;
      let R = 0;
      for (let b = 0; b < V; b++) {
        N += nB[b]!;
        R += rB[b]!;
      }
      const lam0 = N ? R / N : 0;
      for (let b = 0; b < V; b++) lamB[b] = (rB[b]! + PRIOR * lam0) / (nB[b]! + PRIOR);
      const next = new Float64Array(C);
      for (let c = 0; c < C; c++)
        next[c] = (rAB[c]! + PRIOR * lamB[ctxPrev[c]!]!) / (nAB[c]! + PRIOR);
      lamAB = next;
      const pi = new Map<number, number>();
      for (const [k, r] of rT) {
        const c = Math.floor(k / 2 ** 21);
        const t = k - c * 2 ** 21;
        const b = ctxPrev[c]!;
        const piB = rB[b]! > 0 ? (rTB.get(tKey(b, t)) ?? 0) / rB[b]! : 0;
        pi.set(k, (r + PRIOR * piB) / (rAB[c]! + PRIOR));
      }
      piAB = pi;
    }
    for (let c = 0; c < C; c++) rU[c] = rAB[c]! > 0 ? rU[c]! / rAB[c]! : 0;
    return this.arrays(ctxHash, lamAB, rAB, rU, piAB, rA);
  }

  private arrays(
    ctxHash: number[],
    lamAB: Float64Array,
    rAB: Float64Array,
    rU: Float64Array,
    piAB: Map<number, number>,
    rA: Map<number, number>,
  ): CopyArrays {
    const top = <T>(xs: [T, number][], k: number) => xs.sort((x, y) => y[1] - x[1]).slice(0, k);
    const byCtx = new Map<number, [number, number][]>();
    for (const [k, p] of piAB) {
      const c = Math.floor(k / 2 ** 21);
      let l = byCtx.get(c);
      if (!l) byCtx.set(c, (l = []));
      l.push([k - c * 2 ** 21, p]);
    }
    const anchorsOf = new Map<number, [number, number][]>();
    for (const [k, r] of rA) {
      const c = Math.floor(k / 2 ** 32);
      let l = anchorsOf.get(c);
      if (!l) anchorsOf.set(c, (l = []));
      l.push([k - c * 2 ** 32, r / Math.max(rAB[c]!, 1e-9)]);
    }
    const kept: number[] = [];
    for (let c = 0; c < ctxHash.length; c++) if (rAB[c]! >= KEEP_COPIES) kept.push(c);
    kept.sort((x, y) => ctxHash[x]! - ctxHash[y]!);
    const used = new Map<number, number>();
    const templates: string[] = [];
    const tid = (t: number) => {
      let u = used.get(t);
      if (u === undefined) {
        u = templates.length;
        used.set(t, u);
        templates.push(this.templates[t]!);
      }
      return u;
    };
    const keys = new Float64Array(kept.length);
    const lambda = new Float32Array(kept.length);
    const masked = new Float32Array(kept.length);
    const tStart = new Uint32Array(kept.length + 1);
    const aStart = new Uint32Array(kept.length + 1);
    const tIds: number[] = [];
    const tW: number[] = [];
    const aH: number[] = [];
    const aW: number[] = [];
    kept.forEach((c, i) => {
      keys[i] = ctxHash[c]!;
      lambda[i] = lamAB[c]!;
      masked[i] = rU[c]!;
      for (const [t, p] of top(byCtx.get(c) ?? [], MAX_TEMPLATES)) {
        tIds.push(tid(t));
        tW.push(p);
      }
      tStart[i + 1] = tIds.length;
      for (const [a, w] of top(anchorsOf.get(c) ?? [], MAX_ANCHORS)) {
        aH.push(a);
        aW.push(w);
      }
      aStart[i + 1] = aH.length;
    });
    return {
      keys,
      lambda,
      masked,
      tStart,
      tIds: Uint32Array.from(tIds),
      tWeights: Float32Array.from(tW),
      aStart,
      aHashes: Uint32Array.from(aH),
      aWeights: Float32Array.from(aW),
      templates,
    };
  }
}

/** Two token ids as one exact number (vocabularies up to 2^26 tokens). */
function pairHash(a: number, b: number): number {
  return a * 2 ** 26 + b;
}

function search(a: Float64Array, v: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = a[mid]!;
    if (x === v) return mid;
    if (x < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** What the component says after tokens a, b under a comment. */
interface CopyState {
  lambda: number;
  masked: boolean;
  templates: { template: string; weight: number }[];
  /** P(copying word j). */
  choice: Float64Array;
}

/** The component at prediction time. */
export class CopyComponent {
  private readonly templateIds: Map<string, number>;

  constructor(readonly arrays: CopyArrays) {
    this.templateIds = new Map(arrays.templates.map((t, i) => [t, i]));
  }

  private state(a: number, b: number, src: CopySource): CopyState | undefined {
    const A = this.arrays;
    const c = search(A.keys, pairHash(a, b));
    if (c < 0) return undefined;
    const lambda = A.lambda[c]!;
    const templates: CopyState["templates"] = [];
    for (let e = A.tStart[c]!; e < A.tStart[c + 1]!; e++)
      templates.push({ template: A.templates[A.tIds[e]!]!, weight: A.tWeights[e]! });
    if (!(lambda > 1e-6) || !templates.length) return undefined;
    // Choice of word: an anchor's share goes to the words that follow it, the rest is uniform.
    // An anchor the comment lacks takes its share out of λ: copies learnt after "with the" are
    // not made from a comment that has no "with the".
    const n = src.words.length;
    const choice = new Float64Array(n);
    let rest = 1;
    let z = 0;
    for (let e = A.aStart[c]!; e < A.aStart[c + 1]!; e++) {
      const w = A.aWeights[e]!;
      rest -= w;
      const hits: number[] = [];
      src.anchors.forEach((h, j) => h === A.aHashes[e] && hits.push(j));
      for (const j of hits) choice[j]! += w / hits.length;
      if (hits.length) z += w;
    }
    rest = Math.max(0, rest);
    z += rest;
    if (!(z > 0)) return undefined;
    for (let j = 0; j < n; j++) choice[j] = (choice[j]! + rest / n) / z;
    return { lambda: lambda * Math.min(1, z), masked: A.masked[c]! >= 0.5, templates, choice };
  }

  /** λ and P_copy(key) after a, b (λ 0: the component is silent). */
  prob(
    a: number,
    b: number,
    src: CopySource,
    key: string,
  ): { lambda: number; p: number; masked: boolean } {
    const s = this.state(a, b, src);
    if (!s) return { lambda: 0, p: 0, masked: false };
    let p = 0;
    for (const m of copyMatches(key, src)) {
      const t = this.templateIds.get(m.template);
      if (t === undefined) continue;
      const entry = s.templates.find((x) => x.template === m.template);
      if (entry) p += entry.weight * s.choice[m.word]!;
    }
    return { lambda: s.lambda, p, masked: s.masked };
  }

  /** λ and the copy distribution over token keys after a, b. */
  candidates(
    a: number,
    b: number,
    src: CopySource,
  ): { lambda: number; keys: Map<string, number>; masked: boolean } {
    const s = this.state(a, b, src);
    const keys = new Map<string, number>();
    if (!s) return { lambda: 0, keys, masked: false };
    for (const { template, weight } of s.templates) {
      const at = template.indexOf(SLOT);
      src.words.forEach((w, j) => {
        const k = template.slice(0, at) + w + template.slice(at + 1);
        keys.set(k, (keys.get(k) ?? 0) + weight * s.choice[j]!);
      });
    }
    return { lambda: s.lambda, keys, masked: s.masked };
  }

  bytes(): number {
    const A = this.arrays;
    let n = 0;
    for (const v of Object.values(A)) if (ArrayBuffer.isView(v)) n += v.byteLength;
    for (const t of A.templates) n += 2 * t.length + 16;
    return n;
  }
}
