/**
 * Counts every n-gram of a corpus of token ids, up to order N, into a forward trie of typed
 * arrays, with the counts interpolated Kneser–Ney needs.
 *
 * One sort does it: the corpus positions sorted by the N tokens that follow them (an LSD radix
 * sort, one pass per token) put every k-gram's occurrences next to each other for all k at
 * once, in trie order. The longest common prefix of neighbours then tells where each k-gram
 * starts (a new trie node), its parent and its raw count. Kneser–Ney's continuation count of a
 * lower-order k-gram g — how many distinct tokens precede it — is the number of distinct
 * (k+1)-grams whose suffix is g, found through the inverse permutation. Memory is about 20 bytes
 * per corpus token while counting, and nothing is allocated per n-gram.
 */
import { BOS, EOS } from "./vocab.js";

export interface CountedOrder {
  /** Last token of each node, in trie order (children of a parent are contiguous, by id). */
  words: Uint32Array;
  /** Kneser–Ney count: raw at the top order and for grams that begin with <s>; else continuation. */
  counts: Uint32Array;
  /** Nodes [childStart[p], childStart[p+1]) of the next order are p's children (not at the top). */
  childStart?: Uint32Array;
}

export interface Counts {
  order: number;
  /** Index k-1 holds order k. */
  orders: CountedOrder[];
}

/**
 * Counts the n-grams of `seq`: documents laid out as N-1 <s>, tokens, </s>, back to back; no
 * n-gram crosses a </s>. Token ids must be below `vocab`.
 */
export function countNgrams(
  seq: Uint32Array,
  vocab: number,
  order: number,
  skip?: Uint8Array,
): Counts {
  const T = seq.length;
  const N = order;
  // lenAt[p]: tokens from p to the end of its document, capped at N. A position in `skip` ends
  // every gram before it: no gram holds it, as if it were cut out of the corpus.
  const lenAt = new Uint8Array(T);
  for (let p = T - 1; p >= 0; p--) {
    lenAt[p] = skip?.[p] ? 0 : seq[p] === EOS || p === T - 1 ? 1 : Math.min(N, lenAt[p + 1]! + 1);
  }
  let sa = new Uint32Array(T);
  let tmp = new Uint32Array(T);
  for (let i = 0; i < T; i++) sa[i] = i;
  // LSD radix sort by token d of the gram, d = N-1 .. 0; key 0 = past the document's end.
  const buckets = new Uint32Array(vocab + 2);
  for (let d = N - 1; d >= 0; d--) {
    buckets.fill(0);
    for (let p = 0; p < T; p++) buckets[(d < lenAt[p]! ? seq[p + d]! + 1 : 0) + 1]!++;
    for (let b = 1; b < buckets.length; b++) buckets[b]! += buckets[b - 1]!;
    for (let i = 0; i < T; i++) {
      const p = sa[i]!;
      tmp[buckets[d < lenAt[p]! ? seq[p + d]! + 1 : 0]!++] = p;
    }
    const t = sa;
    sa = tmp;
    tmp = t;
  }
  // lcp[i]: tokens that sorted neighbours i-1 and i share (within both documents).
  const lcp = new Uint8Array(T);
  for (let i = 1; i < T; i++) {
    const a = sa[i - 1]!;
    const b = sa[i]!;
    const m = Math.min(lenAt[a]!, lenAt[b]!);
    let l = 0;
    while (l < m && seq[a + l] === seq[b + l]) l++;
    lcp[i] = l;
  }

  // Pass 1: nodes per order. Position i opens a k-node for lcp[i] < k <= lenAt.
  const nodes = new Array<number>(N + 1).fill(0);
  for (let i = 0; i < T; i++) {
    const len = lenAt[sa[i]!]!;
    for (let k = lcp[i]! + 1; k <= len; k++) nodes[k]!++;
  }
  const orders: CountedOrder[] = [];
  for (let k = 1; k <= N; k++) {
    orders.push({
      words: new Uint32Array(nodes[k]!),
      counts: new Uint32Array(nodes[k]!),
      childStart: k < N ? new Uint32Array(nodes[k]! + 1) : undefined,
    });
  }
  // Pass 2: words, raw counts and the number of children of each node.
  const raw = orders.map((o) => new Uint32Array(o.words.length));
  const next = new Array<number>(N + 1).fill(0);
  const cur = new Array<number>(N + 1).fill(-1);
  const bosNodes = new Array<number>(N + 1).fill(0);
  for (let i = 0; i < T; i++) {
    const p = sa[i]!;
    const len = lenAt[p]!;
    for (let k = lcp[i]! + 1; k <= len; k++) {
      const id = next[k]!++;
      cur[k] = id;
      orders[k - 1]!.words[id] = seq[p + k - 1]!;
      if (seq[p] === BOS) bosNodes[k] = id + 1;
      if (k > 1) orders[k - 2]!.childStart![cur[k - 1]!]!++;
    }
    for (let k = 1; k <= len; k++) raw[k - 1]![cur[k]!]!++;
  }
  for (let k = 1; k < N; k++) {
    // Child counts → start offsets (exclusive prefix sums).
    const cs = orders[k - 1]!.childStart!;
    let acc = 0;
    for (let j = 0; j < cs.length; j++) {
      const c = cs[j]!;
      cs[j] = acc;
      acc += c;
    }
  }
  orders[N - 1]!.counts = raw[N - 1]!;

  // Continuation counts for orders 1..N-1, one order at a time (one T-sized array each).
  const rank = tmp;
  for (let i = 0; i < T; i++) rank[sa[i]!] = i;
  const nodeAt = new Uint32Array(T);
  for (let k = 1; k < N; k++) {
    let id = -1;
    for (let i = 0; i < T; i++) {
      if (lenAt[sa[i]!]! < k) continue;
      if (lcp[i]! < k) id++;
      nodeAt[i] = id;
    }
    const adj = orders[k - 1]!.counts;
    for (let i = 0; i < T; i++) {
      const p = sa[i]!;
      if (lenAt[p]! > k && lcp[i]! <= k) adj[nodeAt[rank[p + 1]!]!]!++;
    }
    // Grams that begin with <s> have no left context to count: they keep raw counts. They sort
    // first (<s> is id 0), so they are a prefix of the order.
    adj.set(raw[k - 1]!.subarray(0, bosNodes[k]!));
  }
  return { order: N, orders };
}
