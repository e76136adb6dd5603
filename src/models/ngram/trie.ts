/**
 * The query side of the model: a forward trie of typed arrays (per order: last token, alpha,
 * gamma, first child), searched by binary search among a node's children. Forward order is what
 * sampling needs: all continuations of a context are one contiguous range.
 */
import type { KnModel } from "./kn.js";
import { BOS } from "./vocab.js";

export type WordArray = Uint16Array | Uint32Array;

export interface TrieOrder {
  words: WordArray;
  alpha: Float32Array;
  gamma?: Float32Array;
  childStart?: Uint32Array;
}

export class Trie {
  /** Word id → its unigram node, or -1. */
  private readonly unigram: Int32Array;
  private readonly uniform: number;
  /** Scratch for `prob`. */
  private nodes?: Int32Array;
  /** P(w) with no context (unigram + uniform floor): the dense part of every distribution. */
  readonly base: Float64Array;
  /** Token ids by decreasing `base`: the best context-free candidates first. */
  readonly baseOrder: Uint32Array;

  constructor(
    readonly order: number,
    readonly vocab: number,
    readonly gamma0: number,
    readonly orders: TrieOrder[],
  ) {
    this.unigram = new Int32Array(vocab).fill(-1);
    const w1 = orders[0]!.words;
    for (let j = 0; j < w1.length; j++) this.unigram[w1[j]!] = j;
    this.uniform = 1 / (vocab - 1);
    this.base = new Float64Array(vocab).fill(gamma0 * this.uniform);
    const a1 = orders[0]!.alpha;
    for (let j = 0; j < w1.length; j++) this.base[w1[j]!]! += a1[j]!;
    this.base[BOS] = 0;
    const base = this.base;
    this.baseOrder = Uint32Array.from(base.keys()).sort((a, b) => base[b]! - base[a]! || a - b);
  }

  static fromKn(kn: KnModel): Trie {
    const narrow = kn.vocab <= 0x10000;
    const orders = kn.orders.map((o) => ({
      words: narrow ? Uint16Array.from(o.words) : o.words,
      alpha: o.alpha,
      gamma: o.gamma,
      childStart: o.childStart,
    }));
    return new Trie(kn.order, kn.vocab, kn.gamma0, orders);
  }

  /** Nodes per order. */
  sizes(): number[] {
    return this.orders.map((o) => o.words.length);
  }

  bytes(): number {
    let b = this.unigram.byteLength + this.base.byteLength + this.baseOrder.byteLength;
    for (const o of this.orders)
      b +=
        o.words.byteLength +
        o.alpha.byteLength +
        (o.gamma?.byteLength ?? 0) +
        (o.childStart?.byteLength ?? 0);
    return b;
  }

  /** Child of `parent` (a node of order k) with word w, at order k+1; -1 if absent. */
  child(k: number, parent: number, w: number): number {
    const cs = this.orders[k - 1]!.childStart!;
    const words = this.orders[k]!.words;
    let lo = cs[parent]!;
    let hi = cs[parent + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = words[mid]!;
      if (v === w) return mid;
      if (v < w) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /**
   * Context nodes for `ctx` (the tokens before the one to predict, oldest first): out[j-1] is
   * the node of the last j tokens, for j = 1.. as long as they occur. Returns how many.
   */
  contexts(ctx: ArrayLike<number>, out: Int32Array): number {
    const m = ctx.length;
    const max = Math.min(this.order - 1, m);
    let found = 0;
    for (let j = 1; j <= max; j++) {
      let node = this.unigram[ctx[m - j]!]!;
      for (let t = m - j + 1; node >= 0 && t < m; t++)
        node = this.child(t - (m - j), node, ctx[t]!);
      if (node < 0) break; // a longer context contains this one: it cannot occur either
      out[j - 1] = node;
      found = j;
    }
    return found;
  }

  /** P(w | ctx) under the interpolated model. */
  prob(ctx: ArrayLike<number>, w: number): number {
    const nodes = (this.nodes ??= new Int32Array(this.order));
    return this.probAt(nodes, this.contexts(ctx, nodes), w);
  }

  /** P(w | ctx) given ctx's nodes from `contexts` (for many w after one context). */
  probAt(nodes: Int32Array, found: number, w: number): number {
    if (w === BOS) return 0;
    const u = this.unigram[w]!;
    const p = (u >= 0 ? this.orders[0]!.alpha[u]! : 0) + this.gamma0 * this.uniform;
    return this.probFrom(nodes, 1, found, w, p);
  }

  /**
   * probAt continued from `p`, P(w) given the context's last from-1 tokens, through contexts
   * from..found: positions that share their last tokens share the cost of the short contexts,
   * whose child lists are the long ones.
   */
  probFrom(nodes: Int32Array, from: number, found: number, w: number, p: number): number {
    for (let j = from; j <= found; j++) {
      const node = nodes[j - 1]!;
      const o = this.orders[j - 1]!;
      const c = this.child(j, node, w);
      p = (c >= 0 ? this.orders[j]!.alpha[c]! : 0) + o.gamma![node]! * p;
    }
    return p;
  }

  /**
   * The context-dependent part of the distribution after `ctx`: P(w) = acc[w] + scale·base[w].
   * Adds into `acc` (all zeros on entry) and lists the ids it touched in `touched`; returns scale.
   * The caller resets acc at the touched ids. Highest order first, carrying the product of the
   * gammas, so nothing dense is touched.
   */
  mix(ctx: ArrayLike<number>, acc: Float64Array, touched: number[]): number {
    const nodes = new Int32Array(this.order);
    const found = this.contexts(ctx, nodes);
    let scale = 1;
    for (let j = found; j >= 1; j--) {
      const node = nodes[j - 1]!;
      const parent = this.orders[j - 1]!;
      const o = this.orders[j]!;
      const to = parent.childStart![node + 1]!;
      for (let c = parent.childStart![node]!; c < to; c++) {
        const w = o.words[c]!;
        const a = o.alpha[c]!;
        if (a <= 0) continue; // <s>
        if (acc[w] === 0) touched.push(w);
        acc[w]! += scale * a;
      }
      scale *= parent.gamma![node]!;
    }
    return scale;
  }

  /** The whole next-token distribution after `ctx`, into `out` (length vocab; sums to 1). */
  distribution(ctx: ArrayLike<number>, out: Float64Array): void {
    out.fill(0);
    const scale = this.mix(ctx, out, []);
    for (let w = 0; w < out.length; w++) out[w]! += scale * this.base[w]!;
  }
}
