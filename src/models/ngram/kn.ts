/**
 * Interpolated modified Kneser–Ney (Chen & Goodman 1998): turns counts into the two numbers per
 * trie node that queries need, so the model file holds probabilities, not counts.
 *
 *   P_k(w | h) = max(c(hw) − D_k(c(hw)), 0) / c(h·)  +  γ(h) · P_{k−1}(w | h')
 *   γ(h)      = (D_k1·N1(h·) + D_k2·N2(h·) + D_k3+·N3+(h·)) / c(h·)
 *
 * where c is the raw count at the top order and the continuation count below it, h' drops the
 * oldest token of h, and the order-0 distribution is uniform over the vocabulary (without <s>).
 * Per node: alpha = the first term (for the node as the word), gamma = γ (for it as a context).
 */
import type { Counts } from "./count.js";
import { BOS } from "./vocab.js";

export interface KnOrder {
  words: Uint32Array;
  alpha: Float32Array;
  /** γ of each node as a context; absent at the top order. */
  gamma?: Float32Array;
  childStart?: Uint32Array;
}

export interface KnModel {
  order: number;
  vocab: number;
  /** γ of the empty context (mass given to the uniform distribution). */
  gamma0: number;
  orders: KnOrder[];
  /** [D1, D2, D3+] per order. */
  discounts: number[][];
}

const FALLBACK = [0.5, 1.0, 1.5];

/** Modified KN discounts from the count-of-counts n1..n4, clamped to valid ranges. */
export function discounts(n: number[]): number[] {
  const [n1 = 0, n2 = 0, n3 = 0, n4 = 0] = n;
  if (n1 === 0 || n2 === 0 || n3 === 0 || n4 === 0) return FALLBACK.slice();
  const y = n1 / (n1 + 2 * n2);
  const d = [1 - (2 * y * n2) / n1, 2 - (3 * y * n3) / n2, 3 - (4 * y * n4) / n3];
  // Tiny or odd corpora can give D outside (0, i): fall back per discount.
  return d.map((v, i) => (Number.isFinite(v) && v > 0.05 && v < i + 1 - 0.05 ? v : FALLBACK[i]!));
}

export function kneserNey(counts: Counts, vocab: number): KnModel {
  const N = counts.order;
  const orders: KnOrder[] = counts.orders.map((o) => ({
    words: o.words,
    alpha: new Float32Array(o.words.length),
    gamma: o.childStart ? new Float32Array(o.words.length) : undefined,
    childStart: o.childStart,
  }));
  const allDiscounts: number[][] = [];
  let gamma0 = 1;
  for (let k = 1; k <= N; k++) {
    const { words, counts: c } = counts.orders[k - 1]!;
    // <s> is never predicted: it takes no part in any distribution.
    const coc = [0, 0, 0, 0];
    for (let j = 0; j < words.length; j++) {
      const v = c[j]!;
      if (words[j] !== BOS && v >= 1 && v <= 4) coc[v - 1]!++;
    }
    const D = discounts(coc);
    allDiscounts.push(D);
    const alpha = orders[k - 1]!.alpha;
    const parents = k === 1 ? 1 : counts.orders[k - 2]!.words.length;
    const cs = k === 1 ? undefined : counts.orders[k - 2]!.childStart!;
    for (let p = 0; p < parents; p++) {
      const from = cs ? cs[p]! : 0;
      const to = cs ? cs[p + 1]! : words.length;
      let sum = 0;
      let mass = 0;
      for (let j = from; j < to; j++) {
        if (words[j] === BOS) continue;
        const v = c[j]!;
        sum += v;
        mass += v === 0 ? 0 : D[Math.min(v, 3) - 1]!;
      }
      const g = sum > 0 ? mass / sum : 1;
      if (k === 1) gamma0 = g;
      else orders[k - 2]!.gamma![p] = g;
      if (sum === 0) continue;
      for (let j = from; j < to; j++) {
        if (words[j] === BOS) continue;
        const v = c[j]!;
        alpha[j] = v === 0 ? 0 : Math.max(v - D[Math.min(v, 3) - 1]!, 0) / sum;
      }
    }
  }
  return { order: N, vocab, gamma0, orders, discounts: allDiscounts };
}
